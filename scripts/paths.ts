import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The yjplan installation itself (not the plan being built). */
export const engineRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const frameworksDir = path.join(engineRoot, 'frameworks');
export const templatesDir = path.join(engineRoot, 'templates');
