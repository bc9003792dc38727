import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../../scripts/build.ts';
import { UsageError } from '../../../scripts/errors/UsageError.ts';
import { fixturesDir } from '../../helpers/fixturePlan.ts';

const minimal = path.join(fixturesDir, 'minimal');
let work: string;
let sleeper: ChildProcess;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'yjplan-lock-'));
  // A live process to own a lock: it waits until the test ends it.
  sleeper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
});
afterAll(async () => {
  sleeper.kill();
  await rm(work, { recursive: true, force: true });
});

let count = 0;
async function outWithLock(owner: object): Promise<string> {
  const out = path.join(work, `out-${++count}`);
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, '.yjplan-lock'), JSON.stringify(owner));
  return out;
}

const build = (outputDir: string) => buildPlan({ planDir: minimal, outputDir, pdf: false });

/** The id of a process that has certainly ended. */
async function endedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('one build at a time in an output folder', () => {
  it('refuses a second build while another is writing, naming the first, and leaves its lock alone', async () => {
    const owner = { pid: sleeper.pid, hostname: os.hostname(), startedAt: '2026-06-01T09:00:00.000Z', command: 'yjplan build --plan plans/westbrook' };
    const out = await outWithLock(owner);
    const error = await build(out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      `yjplan (process ${sleeper.pid} on ${os.hostname()}, started 2026-06-01T09:00:00.000Z: yjplan build --plan plans/westbrook) is already writing to ${out}.\n` +
        `Wait for it to finish, or build into another folder with --out. If no yjplan is running, delete ${out}/.yjplan-lock.`,
    );
    expect(JSON.parse(await readFile(path.join(out, '.yjplan-lock'), 'utf8'))).toEqual(owner);
    expect(existsSync(path.join(out, 'current'))).toBe(false);
  });

  it('of two builds started at once into the same folder, one builds and the other refuses', async () => {
    const out = path.join(work, 'together');
    const results = await Promise.allSettled([build(out), build(out)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(UsageError);
    expect((rejected.reason as Error).message).toContain(`(process ${process.pid} on ${os.hostname()}`);
    expect(readdirSync(out)).toEqual(['current']);
  });

  it('takes over the lock of a build that has ended, or whose process id now names another process', async () => {
    for (const owner of [
      { pid: await endedPid(), hostname: os.hostname(), startedAt: '2026-06-01T09:00:00.000Z', command: 'yjplan build' },
      // This test's own id, but started at another time: the id was reused after the owner died.
      { pid: process.pid, hostname: os.hostname(), processStart: '1', startedAt: '2026-06-01T09:00:00.000Z', command: 'yjplan build' },
    ]) {
      const out = await outWithLock(owner);
      await build(out);
      expect(readdirSync(out)).toEqual(['current']);
    }
  });

  it('never takes over a lock from another machine (a shared drive): it cannot tell whether that build still runs', async () => {
    const out = await outWithLock({ pid: await endedPid(), hostname: 'another-machine', startedAt: '2026-06-01T09:00:00.000Z', command: 'yjplan build' });
    await expect(build(out)).rejects.toThrow(/on another-machine.*is already writing/);
  });
});

describe('a lock that is not a lock', () => {
  it('refuses, naming the lock file, when .yjplan-lock is a folder (it used to be able to loop for ever)', async () => {
    const out = path.join(work, 'lock-folder');
    await mkdir(path.join(out, '.yjplan-lock'), { recursive: true });
    await expect(build(out)).rejects.toThrow(`another yjplan is already writing to ${out}.\nWait for it to finish, or build into another folder with --out. If no yjplan is running, delete ${out}/.yjplan-lock.`);
  });
});

describe('leftovers of killed builds', () => {
  it('are removed by the next build; folders an older yjplan may have filled with the user\'s own files are kept and named', async () => {
    const out = path.join(work, 'leftovers');
    const dead = await endedPid();
    for (const dir of ['.yjplan-staging-abc/site', '.yjplan-retired-def/site', '.staging-AbC123/site', '.retired-XyZ789/site']) await mkdir(path.join(out, dir), { recursive: true });
    await writeFile(path.join(out, `.yjplan-lock.${dead}-0b6c`), 'half a lock');
    await writeFile(path.join(out, `.yjplan-lock.${sleeper.pid}-1f2e`), 'a live build taking the lock');
    const result = await build(out);
    expect(readdirSync(out).sort()).toEqual(['.retired-XyZ789', `.yjplan-lock.${sleeper.pid}-1f2e`, 'current']);
    expect(result.notices).toEqual([`Note: ${out}/.retired-XyZ789 was left alone. yjplan now writes every output into ${out}/current/. If an older yjplan made it, delete it so nobody publishes an old copy.`]);
  });
});
