import { load } from 'cheerio';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInto, type BuiltPlan } from '../helpers/buildFixture.ts';
import { closeSharedBrowser, sharedBrowser } from '../helpers/browser.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';

let plan: FixturePlan;
let built: BuiltPlan;
beforeAll(async () => {
  plan = await copyFixturePlan('minimal');
  await plan.write('content/images/chair-signature.png', Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));
  await plan.edit('plan.yaml', (t) => t.replace('  signed: null', '  signed: 2025-06-25\n  signature: content/images/chair-signature.png'));
  built = await buildInto(plan.dir, { pdf: true, browser: await sharedBrowser() });
});
afterAll(async () => {
  await closeSharedBrowser();
  await plan.cleanup();
});

describe('the sign-off page of a signed plan', () => {
  it('shows the chair, the date and the signature image, with a text alternative', async () => {
    const $ = load(await built.read('site/sign-off.html'));
    const image = $('.sign-off img');
    expect(image.attr('alt')).toBe('Signature of Alex Example');
    expect(image.attr('src')).toBe('assets/signature.png');
    expect(await readdir(path.join(built.currentDir, 'site/assets'))).toContain('signature.png');
    expect($('.sign-off dd').map((_, d) => $(d).text()).get()).toEqual(['Alex Example', 'Chair, Testshire Youth Justice Partnership Board', '25 June 2025']);
  });

  it('prints the signature in the PDF from the same file', async () => {
    const print = load(await built.read('print/index.html'));
    const src = print('.sign-off img').attr('src')!;
    expect(src).toBe('../site/assets/signature.png');
  });
});
