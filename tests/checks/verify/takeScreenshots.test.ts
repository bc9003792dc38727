import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeScreenshots } from '../../../scripts/checks/verify/takeScreenshots.ts';
import { buildInto, type BuiltPlan } from '../../helpers/buildFixture.ts';
import { closeSharedBrowser, sharedBrowser } from '../../helpers/browser.ts';
import { fixturesDir } from '../../helpers/fixturePlan.ts';

let minimal: BuiltPlan;
let shotsDir: string;

/** Width and height from a PNG's header. */
const pngSize = (bytes: Buffer) => ({ signature: bytes.subarray(1, 4).toString('latin1'), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

beforeAll(async () => {
  minimal = await buildInto(path.join(fixturesDir, 'minimal'));
  shotsDir = await mkdtemp(path.join(os.tmpdir(), 'yjplan-shots-'));
});
afterAll(async () => {
  await closeSharedBrowser();
  await rm(shotsDir, { recursive: true, force: true });
});

describe('takeScreenshots', () => {
  it('saves the home page, the performance chapter and the young-person page, full length, at 1280px and 320px', async () => {
    await writeFile(path.join(shotsDir, 'home-640.png'), 'left from an earlier build');
    await writeFile(path.join(shotsDir, 'holiday.png'), 'a picture of the user\'s own');
    const { files, failures } = await takeScreenshots(await sharedBrowser(), minimal.siteDir, shotsDir);
    expect(failures).toEqual([]);
    expect(files.map((f) => path.basename(f))).toEqual(['home-1280.png', 'home-320.png', 'performance-1280.png', 'performance-320.png', 'young-people-1280.png', 'young-people-320.png']);
    for (const file of files) {
      const size = pngSize(await readFile(file));
      expect(size.signature, file).toBe('PNG');
      expect(size.width, file).toBe(file.includes('-320') ? 320 : 1280);
      // Full length: taller than one 900px window on a phone, where the page runs long.
      if (file.includes('home-320')) expect(size.height).toBeGreaterThan(900);
    }
    await expect(readFile(path.join(shotsDir, 'home-640.png'))).rejects.toThrow();
    // yjplan deletes only screenshots it names, never a file of the user's in the same folder.
    expect(await readFile(path.join(shotsDir, 'holiday.png'), 'utf8')).toBe('a picture of the user\'s own');
  });

  it('says when a page to photograph does not exist', async () => {
    const { failures } = await takeScreenshots(await sharedBrowser(), minimal.siteDir, shotsDir, { shots: [{ name: 'missing', page: 'no-such-page.html' }] });
    expect(failures).toEqual([expect.objectContaining({ checker: 'screenshots', message: 'There is no page no-such-page.html to take a screenshot of.' })]);
  });
});
