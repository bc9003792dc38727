import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../errors/Problem.ts';
import type { SourceFile } from '../load/readPlanFile.ts';
import { locateYamlPath } from '../load/locateYamlPath.ts';
import type { Plan } from '../schemas/plan.ts';

const imageTypes = ['.svg', '.png', '.jpg', '.jpeg', '.webp'];
/** Far larger than any logo or picture a web page needs; a bigger file is a mistake, or an attempt to fill the disc. */
export const maxImageBytes = 10 * 1024 * 1024;

/**
 * The logo and the chair's signature are copied into every output, so each
 * must be an image inside the plan folder. Checked here, where a typo can be
 * reported at its line, rather than failing later as a file-copy error.
 */
export async function checkPlanImages(plan: Plan, planDir: string, source: SourceFile): Promise<Problem[]> {
  const problems: Problem[] = [];
  const fields: [string[], string | undefined][] = [
    [['theme', 'logo'], plan.theme.logo],
    [['sign_off', 'signature'], plan.sign_off.signature],
  ];
  const root = await realpath(planDir);
  for (const [field, value] of fields) {
    if (value === undefined) continue;
    const problem = (code: string, message: string, fix: string): Problem => ({
      severity: 'error',
      code,
      file: source.file,
      ...locateYamlPath(source.text, field),
      field: field.join('.'),
      message,
      found: value,
      fix,
    });
    if (!imageTypes.includes(path.extname(value).toLowerCase())) {
      problems.push(problem('not-an-image', `"${value}" is not an image file yjplan can publish.`, `Use an SVG, PNG, JPEG or WebP file (${imageTypes.join(', ')}).`));
      continue;
    }
    let real: string;
    let bytes: number;
    try {
      real = await realpath(path.resolve(planDir, value));
      const stats = await stat(real);
      if (!stats.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
      bytes = stats.size;
    } catch {
      problems.push(problem('missing-image', `There is no file at "${value}" in the plan folder.`, 'Check the spelling and the folder, relative to plan.yaml, e.g. content/images/logo.svg.'));
      continue;
    }
    if (!real.startsWith(root + path.sep)) {
      problems.push(problem('image-outside-plan', `"${value}" is outside the plan folder.`, 'Copy the image into the plan folder, e.g. content/images/, and point to it there.'));
    } else if (bytes > maxImageBytes) {
      problems.push(problem('image-too-large', imageTooLargeMessage(value, bytes), 'Save a smaller copy of the image (a logo or signature needs well under 1 MB).'));
    }
  }
  return problems;
}

export function imageTooLargeMessage(name: string, bytes: number): string {
  return `"${name}" is ${(bytes / 1024 / 1024).toFixed(1)} MB; a picture may be at most ${maxImageBytes / 1024 / 1024} MB.`;
}
