import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../../errors/UsageError.ts';
import { lockFileName } from './outputLayout.ts';
import { outputLocked, type LockOwner } from './outputMessages.ts';
import { undoOnStop } from './stopCleanup.ts';
import { isProcessAlive } from './processAlive.ts';

/** The kernel's start time of a process (Linux), so a process id reused after a crash is not mistaken for the owner. */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22; the command name (field 2) may hold spaces, so count from its closing bracket.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}


/** True when the owner is certainly gone: on this machine, and its process has ended (or its id now names another process). */
function ownerIsGone(owner: LockOwner): boolean {
  if (owner.hostname !== os.hostname()) return false;
  if (!isProcessAlive(owner.pid)) return true;
  const start = processStart(owner.pid);
  return owner.processStart !== undefined && start !== undefined && start !== owner.processStart;
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    return typeof value.pid === 'number' && typeof value.hostname === 'string' ? (value as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

export interface OutputLock {
  release(): Promise<void>;
}

/**
 * Takes OUT/.yjplan-lock for this process, so two builds never write into
 * one output folder at once. A second build refuses at once, naming the
 * first (it does not wait: a CI job or an author should learn of the clash,
 * not sit behind it). A lock whose owner has ended is taken over.
 *
 * The lock file is written in full under a private name and then hard-linked
 * into place, so no build ever reads half a lock.
 */
export async function acquireOutputLock(outputDir: string, command = process.argv.slice(2).join(' ')): Promise<OutputLock> {
  const lockFile = path.join(outputDir, lockFileName);
  const owner: LockOwner = { pid: process.pid, hostname: os.hostname(), processStart: processStart(process.pid), startedAt: new Date().toISOString(), command: `yjplan ${command}`.trim() };
  const text = `${JSON.stringify(owner, null, 2)}\n`;
  const privateFile = `${lockFile}.${process.pid}-${randomUUID()}`;
  await writeFile(privateFile, text);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(privateFile, lockFile);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const held = await readFile(lockFile, 'utf8').catch(() => undefined);
      // Unreadable: released just now (try again), or not a lock file at all (a folder, say: refused below).
      if (held === undefined && attempt < 2) continue;
      const holder = held === undefined ? undefined : parseOwner(held);
      if (held === undefined || attempt > 2 || !holder || !ownerIsGone(holder)) throw new UsageError(outputLocked(outputDir, lockFile, holder));
      await takeAwayStaleLock(lockFile, held);
    }
  } finally {
    await unlink(privateFile).catch(() => undefined);
  }
  const releaseSync = () => {
    try {
      if (readFileSync(lockFile, 'utf8') === text) unlinkSync(lockFile);
    } catch {
      // already gone
    }
  };
  const forget = undoOnStop(releaseSync);
  return {
    async release() {
      forget();
      releaseSync();
    },
  };
}

/**
 * Moves a dead build's lock aside. If another build took it over in the
 * meantime (the moved file is not the one read), that lock is put back.
 */
async function takeAwayStaleLock(lockFile: string, staleText: string): Promise<void> {
  const aside = `${lockFile}.stale-${randomUUID()}`;
  try {
    await rename(lockFile, aside);
  } catch {
    return; // someone else moved it first
  }
  const moved = await readFile(aside, 'utf8').catch(() => staleText);
  if (moved !== staleText) await link(aside, lockFile).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}
