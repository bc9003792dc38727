import { readFileSync } from 'node:fs';
import { lstat, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Audience } from '../../compute/computePlanFigures.ts';
import { engineRoot } from '../../paths.ts';
import { manifestFileName } from './outputLayout.ts';

/**
 * yjplan's mark on an output folder. A folder without one was not made by
 * yjplan and is never replaced; the audience keeps board-only outputs and
 * public ones apart; the file list lets a build see anything added by hand.
 */
export interface OutputManifest {
  tool: 'yjplan';
  version: string;
  audience: Audience;
  build: string;
  builtAt: string;
  /** Every file of the output, relative to it, with / as separator; the manifest itself is not listed. */
  files: string[];
}

const version = (JSON.parse(readFileSync(path.join(engineRoot, 'package.json'), 'utf8')) as { version: string }).version;

export function newManifest(audience: Audience, build: string, files: string[]): OutputManifest {
  return { tool: 'yjplan', version, audience, build, builtAt: new Date().toISOString(), files };
}

export async function writeManifest(dir: string, manifest: OutputManifest): Promise<void> {
  await writeFile(path.join(dir, manifestFileName), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The manifest in `dir`, or undefined when there is none or it is not one yjplan wrote. */
export async function readManifest(dir: string): Promise<OutputManifest | undefined> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path.join(dir, manifestFileName), 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Partial<OutputManifest>;
  const valid =
    m.tool === 'yjplan' &&
    (m.audience === 'public' || m.audience === 'internal') &&
    typeof m.build === 'string' &&
    typeof m.builtAt === 'string' &&
    Array.isArray(m.files) &&
    m.files.every((f) => typeof f === 'string');
  return valid ? (m as OutputManifest) : undefined;
}

/**
 * Every file and symbolic link under `dir`, relative, sorted. Links are
 * listed, never followed, so nothing outside the folder is looked at.
 */
export async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (relative: string) => {
    for (const entry of await readdir(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else files.push(child);
    }
  };
  await walk('');
  return files.filter((f) => f !== manifestFileName).sort();
}

/** True when `file` exists and is a real folder (not a link to one). */
export async function isRealFolder(file: string): Promise<boolean> {
  try {
    return (await lstat(file)).isDirectory();
  } catch {
    return false;
  }
}
