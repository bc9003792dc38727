import { createServer, type Server } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixturePlan, fixturesDir, type FixturePlan } from '../helpers/fixturePlan.ts';
import { runCli, type CliResult } from '../helpers/runCli.ts';

let work: string;
let plan: FixturePlan;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'yjplan-usage-'));
  plan = await copyFixturePlan('minimal');
});
afterAll(async () => {
  await plan.cleanup();
  await rm(work, { recursive: true, force: true });
});

/** A usage mistake: exit 1, the message alone on stderr, never "yjplan failed" nor a stack. */
function expectUsageError(result: CliResult, message: string): void {
  expect(result.code).toBe(1);
  expect(result.stderr).toBe(`${message}\n`);
  expect(result.stdout).toBe('');
}

describe('usage mistakes are usage errors', () => {
  it('a shard that does not exist', async () => {
    expectUsageError(await runCli(['build', '--plans', fixturesDir, '--shard', '5/4', '--out', path.join(work, 'shard')]), '--shard takes i/n with 1 ≤ i ≤ n, for example 1/4; got "5/4".');
  });

  it('--shard without --plans', async () => {
    expectUsageError(await runCli(['build', '--shard', '1/2', '--out', path.join(work, 'shard')]), '--shard only works with --plans: it chooses which of many plans this machine builds.');
  });

  it('a period that is not two consecutive years', async () => {
    expectUsageError(await runCli(['new', '--authority', 'Testshire County Council', '--period', '2026-28', '--dir', path.join(work, 'bad-period')]), '--period takes two consecutive years, such as 2026-27 or 2026/27; got "2026-28".');
  });

  it('accepts the period as the plan prints it, 2026/27, and writes it as 2026-27', async () => {
    const dir = path.join(work, 'slash-period');
    const result = await runCli(['new', '--authority', 'Testshire County Council', '--period', '2026/27', '--dir', dir]);
    expect(result.code).toBe(0);
    expect(await readFile(path.join(dir, 'plan.yaml'), 'utf8')).toMatch(/^period: 2026-27$/m);
  });

  it('a new plan, or next year\'s, over a folder that already holds one', async () => {
    expectUsageError(await runCli(['new', '--authority', 'Testshire County Council', '--period', '2026-27', '--dir', plan.dir]), `${plan.dir}/plan.yaml already exists. Choose an empty folder, so no plan is overwritten.`);
    expectUsageError(await runCli(['new', '--from', plan.dir, '--dir', plan.dir]), `${plan.dir}/plan.yaml already exists. Choose an empty folder, so no plan is overwritten.`);
  });

  it('next year\'s plan inside this year\'s folder', async () => {
    const inside = path.join(plan.dir, 'next-year');
    expectUsageError(await runCli(['new', '--from', plan.dir, '--dir', inside]), `${inside} is inside the plan it would copy (${plan.dir}). Choose a folder outside it, for example beside it.`);
  });

  it('a framework edition that does not exist', async () => {
    const result = await runCli(['new', '--authority', 'Testshire County Council', '--period', '2026-27', '--framework', 'yjb-1999', '--dir', path.join(work, 'new')]);
    expectUsageError(result, 'yjplan cannot use the YJB framework edition "yjb-1999" (frameworks/yjb-1999.yaml: This file does not exist.). The editions are: yjb-2022, yjb-2023. Choose one with --framework.');
  });

  it('a port that is not a number', async () => {
    expectUsageError(await runCli(['dev', '--plan', plan.dir, '--port', 'eighty']), '--port takes a number from 0 to 65535, for example --port 8081; got "eighty".');
  });

  it('a port already in use for the preview says so and suggests --port', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const result = await runCli(['dev', '--plan', plan.dir, '--out', path.join(work, 'preview'), '--port', String(port)]);
      expectUsageError(result, `The preview cannot use port ${port}: it is already in use (by another program, or another preview). Choose another with --port, for example --port 8081.`);
    } finally {
      taken.close();
    }
  });
});
