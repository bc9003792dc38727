import { load } from 'cheerio';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../scripts/build.ts';
import { PlanValidationError } from '../../scripts/errors/PlanValidationError.ts';
import { buildInto, type BuiltPlan } from '../helpers/buildFixture.ts';
import { copyFixturePlan, fixturesDir, type FixturePlan } from '../helpers/fixturePlan.ts';

let built: BuiltPlan;
beforeAll(async () => {
  built = await buildInto(path.join(fixturesDir, 'minimal'));
});

describe('the built website', () => {
  it('has a home page, a page per chapter in framework order, and a glossary', async () => {
    const pages = await built.pages();
    expect(pages).toContain('index.html');
    expect(pages).toContain('glossary.html');
    expect(pages).toContain('introduction.html');
    expect(pages).toContain('sign-off.html');
    const $ = load(await built.read('site/index.html'));
    const contents = $('.contents-list li a').map((_, a) => $(a).attr('href')).get();
    expect(contents.slice(0, 3)).toEqual(['introduction.html', 'local-context.html', 'child-first.html']);
    expect(contents.at(-1)).toBe('glossary.html');
  });

  it('gives every page one h1, landmarks, a skip link and a CSP that allows no script', async () => {
    for (const page of await built.pages()) {
      const $ = load(await built.read(`site/${page}`));
      expect($('h1'), page).toHaveLength(1);
      expect($('main#main-content'), page).toHaveLength(1);
      expect($('header'), page).toHaveLength(1);
      expect($('footer'), page).toHaveLength(1);
      expect($('a.skip-link').attr('href'), page).toBe('#main-content');
      expect($('html').attr('lang')).toBe('en-GB');
      expect($('script'), page).toHaveLength(0);
      expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toContain("default-src 'none'");
    }
  });

  it('uses only relative URLs, so the site works under any folder', async () => {
    for (const page of await built.pages()) {
      const $ = load(await built.read(`site/${page}`));
      $('a[href], link[href], img[src]').each((_, element) => {
        const url = $(element).attr('href') ?? $(element).attr('src') ?? '';
        expect(url.startsWith('/') || /^https?:/.test(url), `${page}: ${url}`).toBe(false);
      });
    }
  });

  it('links each chapter to the previous and next', async () => {
    const $ = load(await built.read('site/local-context.html'));
    expect($('a[rel="prev"]').attr('href')).toBe('introduction.html');
    expect($('a[rel="next"]').attr('href')).toBe('child-first.html');
    expect($('h1').text().replace(/\s+/g, ' ').trim()).toBe('2. Local context');
  });

  it('marks the first use of a glossary term on a page with <abbr> and a link', async () => {
    const $ = load(await built.read('site/introduction.html'));
    const marked = $('.prose a.glossary-term');
    expect(marked).toHaveLength(1);
    expect(marked.attr('href')).toBe('glossary.html#term-yjs');
    expect(marked.find('abbr').attr('title')).toBe('Youth Justice Service');
    const glossary = load(await built.read('site/glossary.html'));
    expect(glossary('#term-yjs dt').text()).toContain('YJS');
  });

  it('computes the partner contributions totals to the penny', async () => {
    const $ = load(await built.read('site/resources-and-services.html'));
    const table = $('table.partner-table');
    expect(table.find('caption').text()).toContain('Partner contributions');
    expect(table.find('thead th[scope="col"]').length).toBe(5);
    expect(table.find('tbody th[scope="row"]').first().text()).toBe('Local authority');
    expect(table.find('tfoot td').last().text()).toBe('£170,000.35');
  });

  it('shows staff by ethnicity and sex in full under the default staff policy, saying they count staff', async () => {
    // Staff are not children: plan.yaml protects only staff by known disability unless it says protect_staff: all
    // (tests/compute/tableProtection.test.ts). Small counts of children are hidden in tests/render/components/breakdown-table.test.ts.
    const $ = load(await built.read('site/appendix-structure.html'));
    const cells = $('table.breakdown-table tbody tr').eq(1).find('td').map((_, td) => $(td).text()).get();
    expect(cells).toEqual(['2', '0', '2', '11.1%']);
    expect($('table.breakdown-table').parent().nextAll('.table-note').text()).toContain('Counts of staff, not of children: shown in full.');
  });

  it('shows the sign-off as a draft while it is unsigned', async () => {
    const $ = load(await built.read('site/sign-off.html'));
    expect($('.sign-off__draft').text()).toContain('Draft: not yet signed.');
    expect($('.draft-banner').text()).toContain('Draft.');
  });
});

describe('a failed build', () => {
  let fixture: FixturePlan;
  afterAll(() => fixture?.cleanup());

  it('leaves the previous good output in place and writes nothing half-built', async () => {
    fixture = await copyFixturePlan('minimal');
    const before = await readdir(built.siteDir);
    await fixture.edit('data/board.yaml', (t) => t.replace('role: Superintendent', 'rol: Superintendent'));
    await expect(buildPlan({ planDir: fixture.dir, outputDir: built.outputDir, pdf: false })).rejects.toBeInstanceOf(PlanValidationError);
    expect(await readdir(built.siteDir)).toEqual(before);
    expect((await readdir(built.outputDir)).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
