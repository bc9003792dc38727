import { load } from 'cheerio';
import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparePlan } from '../../scripts/preparePlan.ts';
import { buildInto, type BuiltPlan } from '../helpers/buildFixture.ts';
import { closeSharedBrowser, sharedBrowser } from '../helpers/browser.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';

let plan: FixturePlan;
let built: BuiltPlan;

const sections = {
  'content/young-people/01-about.md': '---\ntitle: What this plan is\norder: 1\nicon: plan\n---\n\nThis plan says how we will help you. We wrote it with young people.\n',
  'content/young-people/02-promises.md': '---\ntitle: Our promises to you\norder: 2\nicon: promise\n---\n\n- We will listen to you.\n- We will treat you fairly.\n- We will help you stay safe.\n',
  'content/young-people/03-contact.md': '---\ntitle: Who to contact\norder: 3\nicon: contact\n---\n\nYou can call us on 01632 960 123. You can also ask your worker.\n',
};

beforeAll(async () => {
  plan = await copyFixturePlan('minimal');
  for (const [file, text] of Object.entries(sections)) await plan.write(file, text);
  built = await buildInto(plan.dir, { pdf: true, browser: await sharedBrowser() });
});
afterAll(async () => {
  await closeSharedBrowser();
  await plan.cleanup();
});

describe('the young-person version', () => {
  it('is a page of its own, linked from the home page and linking back to the full plan', async () => {
    const home = load(await built.read('site/index.html'));
    expect(home('a[href="young-people/index.html"]').length).toBeGreaterThan(0);
    const $ = load(await built.read('site/young-people/index.html'));
    expect($('h1')).toHaveLength(1);
    expect($('nav a[href="../index.html"]').text()).toBe('Read the full plan');
    expect($('html').attr('lang')).toBe('en-GB');
  });

  it('shows its sections in order, with the priorities in their young-person words', async () => {
    const $ = load(await built.read('site/young-people/index.html'));
    expect($('main h2').map((_, h) => $(h).text()).get()).toEqual(['On this page', 'What this plan is', 'What will change this year', 'Our promises to you', 'Who to contact']);
    const contents = $('.yp__contents a').map((_, a) => $(a).attr('href')).get();
    const sectionIds = $('main section[id]').map((_, section) => `#${$(section).attr('id')}`).get();
    expect(contents).toEqual(sectionIds);
    expect($('.yp__changes h3').text()).toBe('Help early');
    expect($('.yp__changes p').text()).toBe('We will help you early, so you can stay out of trouble.');
  });

  it('gives every picture a text alternative or hides it as decoration', async () => {
    const $ = load(await built.read('site/young-people/index.html'));
    $('main svg, main img').each((_, image) => {
      const named = $(image).attr('aria-label') || $(image).attr('alt') !== undefined || $(image).attr('aria-labelledby');
      expect(named || $(image).attr('aria-hidden') === 'true').toBeTruthy();
    });
  });

  it('has its own short, tagged PDF, linked from its page', async () => {
    const files = await readdir(path.join(built.pdfDir));
    const pdf = files.find((f) => f.includes('young-people'));
    expect(pdf).toBe('testshire-county-council-youth-justice-plan-2025-26-young-people-draft.pdf');
    const info = execFileSync('pdfinfo', [path.join(built.pdfDir, pdf!)], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeLessThanOrEqual(4);
    const text = execFileSync('pdftotext', [path.join(built.pdfDir, pdf!), '-'], { encoding: 'utf8' });
    expect(text).toContain('Our promises to you');
    const $ = load(await built.read('site/young-people/index.html'));
    expect($(`a[href="../pdf/${pdf}"]`)).toHaveLength(1);
  });

  it('passes the readability check, and a hard passage added to it is reported with its file and line', async () => {
    expect((await preparePlan(plan.dir)).problems.filter((p) => p.file.startsWith('content/young-people/'))).toEqual([]);
    await plan.write(
      'content/young-people/04-hard.md',
      '---\ntitle: Governance\norder: 4\n---\n\nThe partnership will continue to strengthen multi-agency safeguarding arrangements, ensuring contextual safeguarding principles are embedded consistently across operational practice.\n',
    );
    const problems = (await preparePlan(plan.dir)).problems.filter((p) => p.file === 'content/young-people/04-hard.md');
    expect(problems.map((p) => p.code).sort()).toEqual(['hard-to-read', 'long-sentences']);
    expect(problems.every((p) => p.line === 6 && p.severity === 'warning')).toBe(true);
  });
});
