import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from '../../../scripts/checks/verify/checkAccessibility.ts';
import type { VerifyFailure } from '../../../scripts/checks/verify/VerifyFailure.ts';
import { buildInto, type BuiltPlan } from '../../helpers/buildFixture.ts';
import { closeSharedBrowser, sharedBrowser } from '../../helpers/browser.ts';
import { copyOutput, type CorruptedOutput } from '../../helpers/corruptOutput.ts';
import { fixturesDir } from '../../helpers/fixturePlan.ts';

let minimal: BuiltPlan;
const copies: CorruptedOutput[] = [];

beforeAll(async () => {
  minimal = await buildInto(path.join(fixturesDir, 'minimal'));
});
afterAll(async () => {
  await closeSharedBrowser();
  for (const copy of copies) await copy.cleanup();
});

/** A fresh copy of the built minimal plan, so each test breaks one thing only. */
const corrupt = async () => {
  const copy = await copyOutput(minimal.currentDir);
  copies.push(copy);
  return copy;
};
const check = async (corrupted: CorruptedOutput, page: string): Promise<VerifyFailure[]> => checkAccessibility(await sharedBrowser(), [corrupted.file(`site/${page}`)]);

describe('checkAccessibility (axe-core, WCAG 2.2 A and AA, at 1280px and 320px)', () => {
  it('passes the home page, a chapter with tables and the young-person page of the minimal plan', async () => {
    const browser = await sharedBrowser();
    const pages = ['index.html', 'resources-and-services.html', 'appendix-structure.html', 'young-people/index.html'].map((p) => path.join(minimal.siteDir, p));
    expect(await checkAccessibility(browser, pages)).toEqual([]);
  });

  it('catches an image with no alt attribute', async () => {
    const corrupted = await corrupt();
    await corrupted.edit('site/governance.html', (t) => t.replace('</main>', '<img src="assets/fonts/none.png" width="40" height="40"></main>'));
    const failures = await check(corrupted, 'governance.html');
    expect(failures.map((f) => f.message)).toEqual([
      expect.stringMatching(/^at 1280px: image-alt \(critical\) Images must have alternative text\. Element does not have an alt attribute; .* Elements: img\./),
      expect.stringMatching(/^at 320px: image-alt \(critical\)/),
    ]);
    expect(failures[0]).toMatchObject({ checker: 'accessibility', file: corrupted.file('site/governance.html') });
  });

  it('catches a theme colour too pale for the white header text and the links, written into a built site', async () => {
    const corrupted = await corrupt();
    await corrupted.edit('site/assets/theme.css', (t) => t.replace(/--theme-primary: #[0-9a-f]{6};/i, '--theme-primary: #9fc5e8;'));
    const failures = await check(corrupted, 'child-first.html');
    expect(failures.length).toBeGreaterThanOrEqual(2);
    expect(failures[0]!.message).toMatch(/^at 1280px: color-contrast \(serious\) Elements must meet minimum color contrast ratio thresholds\. .*contrast of 1\.8 \(foreground color: #ffffff, background color: #9fc5e8.*Elements: \.site-header__title/);
  });

  it('catches a page that scrolls sideways at 320px, naming what is too wide', async () => {
    const corrupted = await corrupt();
    await corrupted.edit('site/voice-of-the-child.html', (t) => t.replace('</main>', '<div style="width: 600px">A box drawn 600 pixels wide</div></main>'));
    const failures = await check(corrupted, 'voice-of-the-child.html');
    expect(failures).toEqual([
      expect.objectContaining({ checker: 'reflow', message: expect.stringMatching(/^at 320px the page scrolls sideways \(its content is 6\d\dpx wide\).*Too wide: div\./) }),
    ]);
  });

  it('catches, and blocks, a page asking for a file from another host', async () => {
    const corrupted = await corrupt();
    await corrupted.edit('site/local-context.html', (t) => t.replace('</head>', '<link rel="stylesheet" href="https://fonts.example/css2?family=Atkinson"></head>'));
    const failures = await check(corrupted, 'local-context.html');
    expect(failures).toEqual([expect.objectContaining({ checker: 'requests', message: expect.stringContaining('The page asked for https://fonts.example/css2?family=Atkinson, from another host') })]);
  });
});
