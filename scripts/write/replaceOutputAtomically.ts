import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Builds into a staging folder beside the output, then swaps each finished
 * folder into place. A build that fails part-way leaves the last good
 * output untouched, so a council never publishes a half-built site.
 */
export async function replaceOutputAtomically(outputDir: string, build: (stagingDir: string) => Promise<string[]>): Promise<void> {
  await mkdir(outputDir, { recursive: true });
  const staging = await mkdtemp(path.join(outputDir, '.staging-'));
  try {
    const folders = await build(staging);
    const retired = await mkdtemp(path.join(outputDir, '.retired-'));
    for (const folder of folders) {
      const target = path.join(outputDir, folder);
      if (await exists(target)) await rename(target, path.join(retired, folder));
      await rename(path.join(staging, folder), target);
    }
    await rm(retired, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
