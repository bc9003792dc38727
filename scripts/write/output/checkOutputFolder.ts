import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Audience } from '../../compute/computePlanFigures.ts';
import { UsageError } from '../../errors/UsageError.ts';
import { legacyOutputFolders, legacyRetired, manifestFileName } from './outputLayout.ts';
import { listFiles, readManifest } from './outputManifest.ts';
import { filesAddedByHand, insideOutput, legacyFolders, linkedFolder, notYjplansFolder, otherAudience, outputIsAFile } from './outputMessages.ts';
import { fileExists as exists } from '../../load/fileExists.ts';


/**
 * Refuses an output folder that is, or lies inside, a folder yjplan has
 * already published (a build there would land inside a website), or that is
 * a file. `outputDir` is absolute.
 */
export async function checkOutputPlace(outputDir: string): Promise<void> {
  for (let dir = outputDir; ; dir = path.dirname(dir)) {
    if (await exists(path.join(dir, manifestFileName))) throw new UsageError(insideOutput(outputDir, dir));
    if (path.dirname(dir) === dir) break;
  }
  try {
    if (!(await stat(outputDir)).isDirectory()) throw new UsageError(outputIsAFile(outputDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Refuses to replace OUT/current unless yjplan made all of it, for the same
 * audience: it must be a real folder holding yjplan's manifest, every file in
 * it must be listed there, and a public build never replaces internal outputs
 * (nor the reverse).
 */
export async function checkReplaceable(current: string, audience: Audience): Promise<void> {
  let stats;
  try {
    stats = await lstat(current);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (stats.isSymbolicLink()) throw new UsageError(linkedFolder(current));
  const manifest = stats.isDirectory() ? await readManifest(current) : undefined;
  if (!manifest) throw new UsageError(notYjplansFolder(current));
  if (manifest.audience !== audience) throw new UsageError(otherAudience(current, manifest.audience, audience));
  const listed = new Set(manifest.files);
  const added = (await listFiles(current)).filter((file) => !listed.has(file));
  if (added.length) throw new UsageError(filesAddedByHand(current, added));
}

/** A note naming folders of the old layout (OUT/site, OUT/pdf, OUT/print), which yjplan now leaves alone. */
export async function legacyNotice(outputDir: string): Promise<string | undefined> {
  const names = await readdir(outputDir);
  const found = names.filter((n) => legacyOutputFolders.includes(n) || legacyRetired.test(n)).sort();
  return found.length ? legacyFolders(outputDir, found) : undefined;
}
