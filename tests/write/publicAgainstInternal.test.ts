import { load, type CheerioAPI } from 'cheerio';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInto, type BuiltPlan } from '../helpers/buildFixture.ts';
import { closeSharedBrowser, sharedBrowser } from '../helpers/browser.ts';
import { buildComponentPlan, type ComponentPlan } from '../helpers/componentPlan.ts';
import { copyFixturePlan, fixturesDir, repoRoot, type FixturePlan } from '../helpers/fixturePlan.ts';

const threshold = 4;

/** A hidden value: where it is printed, and what the internal build says it is. */
interface Hidden {
  page: string;
  table: string;
  row: string;
  printed: string;
  value: number;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
const number = (text: string) => Number(text.replace(/,/g, ''));

/** Every printed count of every table of counts and chart data table, in page order, with its row. */
function countsOf($: CheerioAPI) {
  const cells: { table: string; row: string; role: string; text: string }[] = [];
  $('table[data-disclosure], table.chart-table').each((_, table) => {
    const caption = clean($(table).find('caption').first().text());
    const marked = $(table).is('[data-disclosure]');
    $(table)
      .find(marked ? '[data-role]' : 'tbody td')
      .each((_, cell) => {
        const role = marked ? ($(cell).attr('data-role') ?? '') : 'cell';
        if (role === 'cohort') return;
        cells.push({ table: caption, row: clean($(cell).closest('tr').find('th[scope="row"]').first().text()), role, text: clean($(cell).text()) });
      });
  });
  return cells;
}

/**
 * Compares every printed count of every page of a public build with the same cell of the internal
 * build: a shown number is the true one, "<5" stands only for 1 to 4, and a [c] may be anything.
 * Gives back each hidden value, for the test that looks for it elsewhere.
 */
async function compare(publicBuild: BuiltPlan, internalBuild: BuiltPlan, files: string[]): Promise<Hidden[]> {
  const hidden: Hidden[] = [];
  let compared = 0;
  for (const file of files) {
    const shown = countsOf(load(await publicBuild.read(file)));
    const truth = countsOf(load(await internalBuild.read(file)));
    expect(shown.map((c) => [c.table, c.row, c.role]), file).toEqual(truth.map((c) => [c.table, c.row, c.role]));
    shown.forEach((cell, i) => {
      const real = truth[i]!.text;
      const where = `${file}: ${cell.table} / ${cell.row} (${cell.role})`;
      compared++;
      if (cell.role === 'share' || cell.role === 'percent') {
        if (cell.text !== '[c]') expect(cell.text, where).toBe(real);
        return;
      }
      if (cell.text === '<5') expect(number(real) >= 1 && number(real) <= threshold, `${where}: <5 for ${real}`).toBe(true);
      else if (cell.text !== '[c]') expect(cell.text, where).toBe(real);
      if (cell.text === '<5' || cell.text === '[c]') hidden.push({ page: file, table: cell.table, row: cell.row, printed: cell.text, value: number(real) });
    });
  }
  expect(compared).toBeGreaterThan(0);
  return hidden;
}

/** The whole numbers in a text: "2025/26, 1,234 and 3" => 2025, 26, 1234, 3. */
const numbersIn = (text: string) => (text.match(/\d[\d,]*/g) ?? []).map(number);

/** Checks a public page keeps each of its hidden values out of its comments, data attributes and text alternatives. */
function expectNoLeak(html: string, hidden: Hidden[], file: string) {
  const $ = load(html);
  // No comments: a template comment with a figure in it would be published.
  expect(html.match(/<!--[\s\S]*?-->/g) ?? [], file).toEqual([]);
  // data-* attributes: only the audit's marks, and none holds a number but the threshold.
  $('*').each((_, element) => {
    if (!('attribs' in element)) return;
    for (const [name, value] of Object.entries(element.attribs as Record<string, string>)) {
      if (!name.startsWith('data-')) continue;
      expect(['data-disclosure', 'data-threshold', 'data-symbol', 'data-role', 'data-cohort'], `${file}: ${name}`).toContain(name);
      if (name !== 'data-threshold') expect(/\d/.test(value) && name !== 'data-symbol', `${file}: ${name}="${value}"`).toBe(false);
    }
  });
  // Text alternatives, titles and chart descriptions that name a row must not give its hidden value.
  const alternatives = [
    ...$('[alt]').map((_, e) => $(e).attr('alt')).get(),
    ...$('[aria-label]').map((_, e) => $(e).attr('aria-label')).get(),
    ...$('[title]').map((_, e) => $(e).attr('title')).get(),
    ...$('svg title, svg desc, .chart__summary, .chart__title').map((_, e) => $(e).text()).get(),
  ].map(clean);
  for (const h of hidden.filter((x) => x.page === file)) {
    for (const text of alternatives.filter((t) => t.includes(h.row))) {
      expect(numbersIn(text.slice(text.indexOf(h.row) + h.row.length, text.indexOf(h.row) + h.row.length + 12)), `${file}: "${text}" after ${h.row}`).not.toContain(h.value);
    }
  }
}

let example: { public: BuiltPlan; internal: BuiltPlan };
let component: { public: ComponentPlan; internal: ComponentPlan };
let minimalPdf: BuiltPlan;
let staffProtected: FixturePlan;
beforeAll(async () => {
  const [examplePublic, exampleInternal, componentPublic, componentInternal] = await Promise.all([
    buildInto(repoRoot),
    buildInto(repoRoot, { audience: 'internal' }),
    buildComponentPlan(),
    buildComponentPlan({ audience: 'internal' }),
  ]);
  example = { public: examplePublic, internal: exampleInternal };
  component = { public: componentPublic, internal: componentInternal };
  // Staff protected as children are (protect_staff: all), so the PDF has a table with hidden cells to check.
  staffProtected = await copyFixturePlan('minimal');
  await staffProtected.edit('plan.yaml', (t) => `${t}disclosure:\n  protect_staff: all\n`);
  minimalPdf = await buildInto(staffProtected.dir, { pdf: true, browser: await sharedBrowser() });
});
afterAll(async () => {
  await closeSharedBrowser();
  await component?.public.cleanup();
  await component?.internal.cleanup();
  await staffProtected?.cleanup();
});

describe('every public figure against the internal build', () => {
  it('the example plan: shown figures are true, "<5" is always 1 to 4, and no hidden value leaks into the page', async () => {
    const pages = (await example.public.pages()).map((p) => `site/${p}`);
    const hidden = await compare(example.public, example.internal, pages);
    // The example plan's KPIs: 51 of 53 in suitable accommodation is [c], never "<5".
    expect(hidden.filter((h) => h.table.startsWith('Key performance')).map((h) => [h.row.split(' ')[0], h.printed, h.value])).toEqual([
      ['Suitable', '[c]', 51],
      ['Special', '[c]', 16],
      ['Serious', '<5', 3],
    ]);
    for (const page of pages) expectNoLeak(await example.public.read(page), hidden, page);
    // A sentence that quotes a table ({% count %}) prints what the table prints.
    const sentence = (html: string) => clean(load(html)('main').text()).match(/were looked after by a local authority and (\S+) had been permanently excluded/)?.[1];
    expect(sentence(await example.public.read('site/local-context.html'))).toBe('<5');
    expect(sentence(await example.internal.read('site/local-context.html'))).toBe('4');
  });

  it('the component plan (every kind of table of counts)', async () => {
    const files = [...(await component.public.built.pages()).map((p) => `site/${p}`)];
    const hidden = await compare(component.public.built, component.internal.built, files);
    expect(hidden.length).toBeGreaterThan(0);
    for (const file of files) expectNoLeak(await component.public.built.read(file), hidden, file);
  });

  it('the PDF: its staff table prints the symbols, and its metadata holds no hidden value', () => {
    const pdf = path.join(minimalPdf.currentDir, 'pdf', 'testshire-county-council-youth-justice-plan-2025-26-draft.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    // White 10, 6 | 16 and Black 2, 0 | 2: the 10, 16 and both 2s are hidden (see tests/write/suppressionLog.test.ts).
    expect(text).toMatch(/White\s+\[c\]\s+6\s+\[c\]/);
    expect(text).toMatch(/Black, Black British, Caribbean or African\s+<5\s+0\s+<5/);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const fields = info.split('\n').filter((line) => /^(Title|Subject|Keywords|Author|Creator):/.test(line));
    for (const line of fields) expect(numbersIn(line).filter((n) => [10, 16, 2].includes(n)), line).toEqual([]);
  });
});
