import { randomUUID } from 'node:crypto';
import { lstatSync, renameSync, rmSync } from 'node:fs';
import { mkdir, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import type { Audience } from '../../compute/computePlanFigures.ts';
import { checkOutputPlace, checkReplaceable, legacyNotice } from './checkOutputFolder.ts';
import { publishedDir, retiredPrefix, stagingPrefix } from './outputLayout.ts';
import { acquireOutputLock } from './outputLock.ts';
import { listFiles, newManifest, writeManifest, type OutputManifest } from './outputManifest.ts';
import { removeLeftovers } from './removeLeftovers.ts';
import { undoOnStop } from './stopCleanup.ts';
import { pauseForTest } from './testPause.ts';

export interface Published {
  /** OUT/current, absolute. */
  dir: string;
  manifest: OutputManifest;
  /** Things the user should know that are not errors (old-layout folders left alone). */
  notices: string[];
}

function existsSync(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

export interface OpenOutput {
  /** OUT, absolute. */
  outputDir: string;
  /**
   * Runs `build` on a fresh staging folder inside OUT, marks what it wrote
   * and publishes it as OUT/current. Call at most once.
   */
  publish(build: (stagingDir: string) => Promise<void>): Promise<Published>;
  /** Releases OUT's lock; call once, whether or not anything was published. */
  close(): Promise<void>;
}

/**
 * Opens an output folder for one build, before anything is built, so a
 * folder that must not be written is refused at once:
 *
 *   1. check    OUT is not inside an output, and OUT/current (if any) is
 *               yjplan's, for this audience, with nothing added by hand
 *   2. lock     OUT/.yjplan-lock, so no other build writes here meanwhile
 *   3. tidy     leftovers of killed builds are removed; if one was killed
 *               between its two renames, the previous output is put back
 *
 * Then `publish` builds into a staging folder inside OUT and makes it
 * OUT/current in one rename, so OUT/current always holds the site, PDF and
 * print page of one build, and a failed build leaves the last good output:
 *
 *   4. build    `build(staging)` writes every output into the staging folder
 *   5. mark     the manifest lists every file staged
 *   6. publish  OUT/current is renamed aside and the staging folder renamed
 *               to OUT/current; both renames are synchronous, so no signal
 *               handler runs between them, and only a SIGKILL or power cut
 *               there can leave OUT without a current folder (never a mix),
 *               which the next build's step 3 puts right
 */
export async function openOutput(options: { outputDir: string; audience: Audience }): Promise<OpenOutput> {
  const outputDir = path.resolve(options.outputDir);
  const current = publishedDir(outputDir);
  await checkOutputPlace(outputDir);
  const created = !existsSync(outputDir);
  await mkdir(outputDir, { recursive: true });
  const lock = await acquireOutputLock(outputDir);
  const close = async () => {
    await lock.release();
    // A folder made for a build that then published nothing (the plan had errors) is not left behind empty.
    if (created) await rmdir(outputDir).catch(() => undefined);
  };
  try {
    await removeLeftovers(outputDir);
    await checkReplaceable(current, options.audience);
  } catch (error) {
    await close();
    throw error;
  }
  return { outputDir, publish: (build) => publishInto(outputDir, options.audience, build), close };
}

async function publishInto(outputDir: string, audience: Audience, build: (stagingDir: string) => Promise<void>): Promise<Published> {
  const current = publishedDir(outputDir);
  const notice = await legacyNotice(outputDir);
  const id = `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
  const staging = path.join(outputDir, `${stagingPrefix}${id}`);
  const retired = path.join(outputDir, `${retiredPrefix}${id}`);
  await mkdir(staging);
  const forgetStaging = undoOnStop(() => rmSync(staging, { recursive: true, force: true }), 'build');
  try {
    await build(staging);
    const manifest = newManifest(audience, id, await listFiles(staging));
    await writeManifest(staging, manifest);
    // Checked again: someone may have put a file into OUT/current while this build ran.
    await checkReplaceable(current, audience);
    pauseForTest('before-publish');
    const replacing = existsSync(current);
    if (replacing) renameSync(current, retired);
    pauseForTest('between-renames');
    try {
      renameSync(staging, current);
    } catch (error) {
      if (replacing) renameSync(retired, current);
      throw error;
    }
    await rm(retired, { recursive: true, force: true });
    return { dir: current, manifest, notices: notice ? [notice] : [] };
  } finally {
    forgetStaging();
    await rm(staging, { recursive: true, force: true });
  }
}
