import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { isLeftoverName, lockFileName, publishedDir, retiredPrefix } from './outputLayout.ts';
import { isRealFolder, readManifest } from './outputManifest.ts';
import { isProcessAlive } from './processAlive.ts';


/**
 * Called while holding OUT's lock, so no running build owns anything in OUT:
 * every staging or retired folder there was left by a build that was killed.
 *
 * A build killed between its two renames leaves no OUT/current, the previous
 * output in a retired folder and the new one staged; the previous output is
 * put back first (a killed build is a failed build, and a failed build
 * leaves the last good output in place). Then every leftover is removed.
 */
export async function removeLeftovers(outputDir: string): Promise<void> {
  const names = await readdir(outputDir);
  const current = publishedDir(outputDir);
  if (!names.includes(path.basename(current))) {
    const retired = names.filter((n) => n.startsWith(retiredPrefix));
    const restorable: { name: string; builtAt: string }[] = [];
    for (const name of retired) {
      const manifest = (await isRealFolder(path.join(outputDir, name))) ? await readManifest(path.join(outputDir, name)) : undefined;
      if (manifest) restorable.push({ name, builtAt: manifest.builtAt });
    }
    const newest = restorable.sort((a, b) => b.builtAt.localeCompare(a.builtAt))[0];
    if (newest) await rename(path.join(outputDir, newest.name), current);
  }
  for (const name of await readdir(outputDir)) {
    if (isLeftoverName(name)) await rm(path.join(outputDir, name), { recursive: true, force: true });
    // A lock being written by a build that was killed before it took the lock.
    const writer = new RegExp(`^${lockFileName.replace('.', '\\.')}\\.(\\d+)-`).exec(name);
    if ((writer && !isProcessAlive(Number(writer[1]))) || name.startsWith(`${lockFileName}.stale-`)) await rm(path.join(outputDir, name), { force: true });
  }
}
