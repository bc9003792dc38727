import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../../scripts/build.ts';
import { buildMany } from '../../../scripts/buildMany.ts';
import { UsageError } from '../../../scripts/errors/UsageError.ts';
import { listFiles, readManifest } from '../../../scripts/write/output/outputManifest.ts';
import { copyFixturePlan, fixturesDir, type FixturePlan } from '../../helpers/fixturePlan.ts';

const minimal = path.join(fixturesDir, 'minimal');
let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'yjplan-outputs-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

let count = 0;
/** A fresh --out folder, with `files` (path => text) already in it. */
async function outFolder(files: Record<string, string> = {}): Promise<string> {
  const out = path.join(work, `out-${++count}`);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(out, file)), { recursive: true });
    await writeFile(path.join(out, file), text);
  }
  return out;
}

const build = (outputDir: string, audience: 'public' | 'internal' = 'public', planDir = minimal) => buildPlan({ planDir, outputDir, pdf: false, audience });
const refusal = async (outputDir: string, audience: 'public' | 'internal' = 'public', planDir = minimal) => {
  const error = await build(outputDir, audience, planDir).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UsageError);
  return (error as UsageError).message;
};

describe('the output folder is marked as yjplan\'s', () => {
  it('writes a manifest naming the audience, the build and every file of the output, and nothing else', async () => {
    const out = await outFolder();
    await build(out);
    const current = path.join(out, 'current');
    const manifest = await readManifest(current);
    expect(manifest).toMatchObject({ tool: 'yjplan', version: '0.1.0', audience: 'public' });
    expect(manifest!.files).toEqual(await listFiles(current));
    expect(manifest!.files).toContain('site/index.html');
    expect(readdirSync(out)).toEqual(['current']);
  });

  it('leaves the user\'s own site/, pdf/ and print/ in --out alone and says so (yjplan used to move them aside and delete them)', async () => {
    const out = await outFolder({ 'site/index.html': 'the council\'s own home page', 'pdf/report.pdf': 'a report', 'print/notes.txt': 'notes', 'holiday.jpg': 'a photo' });
    const result = await build(out);
    expect(await readFile(path.join(out, 'site/index.html'), 'utf8')).toBe('the council\'s own home page');
    expect(await readFile(path.join(out, 'pdf/report.pdf'), 'utf8')).toBe('a report');
    expect(await readFile(path.join(out, 'print/notes.txt'), 'utf8')).toBe('notes');
    expect(await readFile(path.join(out, 'holiday.jpg'), 'utf8')).toBe('a photo');
    expect(result.notices).toEqual([expect.stringContaining(`${out}/pdf, ${out}/print, ${out}/site were left alone`)]);
    expect(existsSync(path.join(out, 'current/site/index.html'))).toBe(true);
  });

  it('refuses to replace a current/ folder it did not make, naming it, and deletes nothing', async () => {
    const out = await outFolder({ 'current/plans.docx': 'the user\'s own' });
    expect(await refusal(out)).toBe(`${out}/current was not made by yjplan (it has no yjplan-output.json), so yjplan will not replace it.\nMove it somewhere else, or build into another folder with --out.`);
    expect(await readFile(path.join(out, 'current/plans.docx'), 'utf8')).toBe('the user\'s own');
    expect(readdirSync(out).sort()).toEqual(['current']);
  });

  it('refuses to replace its own output once a file has been added to it by hand, naming the file', async () => {
    const out = await outFolder();
    await build(out);
    await writeFile(path.join(out, 'current/site/.htaccess'), 'Options -Indexes');
    expect(await refusal(out)).toContain(`${out}/current holds a file that yjplan did not write:\n  site/.htaccess\n`);
    expect(await readFile(path.join(out, 'current/site/.htaccess'), 'utf8')).toBe('Options -Indexes');
  });

  it('refuses a current/ that is a link, and never follows it', async () => {
    const elsewhere = await outFolder({ 'precious.txt': 'keep me' });
    const out = await outFolder();
    await mkdir(out, { recursive: true });
    await symlink(elsewhere, path.join(out, 'current'));
    expect(await refusal(out)).toContain(`${out}/current is a link to another folder`);
    expect(await readFile(path.join(elsewhere, 'precious.txt'), 'utf8')).toBe('keep me');
  });

  it('refuses an --out inside an output it built (the new build would land inside a published website)', async () => {
    const out = await outFolder();
    await build(out);
    const inside = path.join(out, 'current', 'site', 'nested');
    expect(await refusal(inside)).toBe(`${inside} is inside ${out}/current, which holds outputs yjplan has already built. Choose an --out folder outside it.`);
    expect(existsSync(inside)).toBe(false);
  });

  it('refuses an --out that is itself an output (OUT/current), saying to build into the folder above', async () => {
    const out = await outFolder();
    await build(out);
    const current = path.join(out, 'current');
    expect(await refusal(current)).toBe(`${current} is itself an output yjplan built (it holds yjplan-output.json). Build into the folder above it, or choose another --out.`);
  });

  it('refuses an --out that is a file', async () => {
    const out = await outFolder({ 'a-file': 'text' });
    expect(await refusal(path.join(out, 'a-file'))).toBe(`${out}/a-file is a file, not a folder. Choose another --out.`);
  });
});

describe('board-only outputs stay apart from public ones', () => {
  it('refuses an internal build over a public output, and a public build over an internal one', async () => {
    const publicOut = await outFolder();
    await build(publicOut, 'public');
    expect(await refusal(publicOut, 'internal')).toBe(
      `${publicOut}/current holds the public outputs, so an internal (board-only) build will not replace them.\nBuild into another folder with --out (the internal outputs go to dist-internal unless you say otherwise).`,
    );
    expect(await readFile(path.join(publicOut, 'current/site/index.html'), 'utf8')).not.toContain('Not for publication');

    const internalOut = await outFolder();
    await build(internalOut, 'internal');
    expect((await readManifest(path.join(internalOut, 'current')))?.audience).toBe('internal');
    expect(await refusal(internalOut, 'public')).toContain(`${internalOut}/current holds the internal (board-only) outputs, so a public build will not replace them.`);
    expect(await readFile(path.join(internalOut, 'current/site/index.html'), 'utf8')).toContain('Not for publication');
  });
});

describe('a hostile plan or --out', () => {
  let plan: FixturePlan;
  afterAll(() => plan?.cleanup());

  it('builds with --out equal to the plan folder, or inside it, and builds again, without touching the plan', async () => {
    plan = await copyFixturePlan('minimal');
    const before = await listFiles(plan.dir);
    for (const out of [plan.dir, path.join(plan.dir, 'content'), path.join(plan.dir, 'data')]) {
      await build(out, 'public', plan.dir);
      await build(out, 'public', plan.dir);
      expect(existsSync(path.join(out, 'current/site/index.html'))).toBe(true);
    }
    expect((await listFiles(plan.dir)).filter((f) => !f.includes('current/'))).toEqual(before);
  });

  it('replaces a folder under a forged manifest only as a whole, never following the paths it lists', async () => {
    const outside = await outFolder({ 'keep.txt': 'outside the output' });
    const out = await outFolder({ 'current/site/index.html': 'forged' });
    await writeFile(
      path.join(out, 'current/yjplan-output.json'),
      JSON.stringify({ tool: 'yjplan', version: '0.1.0', audience: 'public', build: 'forged', builtAt: '2020-01-01T00:00:00Z', files: ['site/index.html', `../../${path.basename(outside)}/keep.txt`, '/etc/passwd'] }),
    );
    await build(out);
    expect(await readFile(path.join(out, 'current/site/index.html'), 'utf8')).toContain('<!DOCTYPE html>');
    expect(await readFile(path.join(outside, 'keep.txt'), 'utf8')).toBe('outside the output');
  });

  it('removes a link inside a replaced output, never what it points to', async () => {
    const outside = await outFolder({ 'precious/keep.txt': 'outside the output' });
    const out = await outFolder({ 'current/site/index.html': 'old' });
    await symlink(path.join(outside, 'precious'), path.join(out, 'current/site/linked'));
    await writeFile(
      path.join(out, 'current/yjplan-output.json'),
      JSON.stringify({ tool: 'yjplan', version: '0.1.0', audience: 'public', build: 'old', builtAt: '2020-01-01T00:00:00Z', files: ['site/index.html', 'site/linked'] }),
    );
    await build(out);
    expect(existsSync(path.join(out, 'current/site/linked'))).toBe(false);
    expect(await readFile(path.join(outside, 'precious/keep.txt'), 'utf8')).toBe('outside the output');
  });

  it('in a national build, refuses a plan named "current" whose output folder is the published one, and builds the rest', async () => {
    const out = await outFolder();
    await build(out);
    const plans = path.join(work, `plans-${++count}`);
    for (const name of ['current', 'westbrook']) await cp(minimal, path.join(plans, name), { recursive: true });
    const result = await buildMany({ plansDir: plans, outputDir: out, pdf: false });
    expect(result.built).toEqual(['westbrook']);
    // Its output folder, OUT/current, is the published output of the single build.
    expect(result.failed).toEqual([{ plan: 'current', usage: true, message: `${out}/current is itself an output yjplan built (it holds yjplan-output.json). Build into the folder above it, or choose another --out.` }]);
    expect(existsSync(path.join(out, 'current/current'))).toBe(false);
  });

  it('treats a manifest that is not yjplan\'s (wrong tool, no audience, not JSON) as no mark at all', async () => {
    for (const forged of ['{"tool":"other","audience":"public","build":"x","builtAt":"x","files":[]}', '{"tool":"yjplan","build":"x","builtAt":"x","files":[]}', 'not json']) {
      const out = await outFolder({ 'current/yjplan-output.json': forged, 'current/mine.txt': 'mine' });
      expect(await refusal(out)).toContain('was not made by yjplan');
      expect(await readFile(path.join(out, 'current/mine.txt'), 'utf8')).toBe('mine');
    }
  });
});
