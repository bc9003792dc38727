import { load, type CheerioAPI } from 'cheerio';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildInto, type BuiltPlan } from '../../helpers/buildFixture.ts';
import { fixturesDir } from '../../helpers/fixturePlan.ts';

let built: BuiltPlan;
let $: CheerioAPI;
beforeAll(async () => {
  built = await buildInto(path.join(fixturesDir, 'figures'));
  $ = load(await built.read('site/performance.html'));
});

const chart = (id: string) => $(`#chart-${id}`);

describe('charts drawn at build time', () => {
  it('are inline SVG, with no chart JavaScript on the page', () => {
    expect($('.chart')).toHaveLength(6);
    // Each preset chart is drawn wide and narrow; the raw Vega-Lite chart only once.
    expect($('.chart .chart__image--wide svg')).toHaveLength(5);
    expect($('.chart .chart__image--narrow svg')).toHaveLength(5);
    expect($('#chart-reoffending-rate svg')).toHaveLength(1);
    expect($('script')).toHaveLength(0);
    expect($.html()).not.toMatch(/vega|<canvas/i);
  });

  it('are SVG images named by their title and described by their summary, with none of Vega\'s own ARIA inside', () => {
    $('.chart').each((_, chart) => {
      const images = $(chart).find('[role="img"]');
      expect(images.length).toBe($(chart).find('svg').length);
      images.each((__, element) => {
        const image = $(element);
        expect(image.is('svg')).toBe(true);
        const name = $(`#${image.attr('aria-labelledby')}`);
        expect(name.text()).toBe($(chart).find('.chart__title').text());
        expect($(chart).attr('aria-labelledby')).toBe(name.attr('id'));
        expect($(`#${image.attr('aria-describedby')}`).text().length).toBeGreaterThan(10);
        expect(image.find('[role], [aria-label], [aria-roledescription], [aria-hidden]')).toHaveLength(0);
      });
    });
  });

  it('describe a chart from its data when the author wrote no summary', () => {
    expect(chart('first-time-entrants').find('.chart__summary').text()).toBe(
      'Rate per 100,000 children aged 10 to 17 for Testshire was 149 in 2025, compared with 212 in 2021. In the same period: YJS family 158; South West 150; England and Wales 147. Lower is better.',
    );
    expect(chart('reoffending-rate').find('.chart__summary').text()).toBe('Fewer children reoffended than the year before.');
  });

  it('label each line directly at its end, so the legend is not needed', () => {
    const texts = chart('first-time-entrants').find('.chart__image--narrow svg text').map((_, t) => $(t).text()).get();
    for (const name of ['Testshire', 'YJS family', 'South West', 'England and Wales']) expect(texts).toContain(name);
    expect(chart('first-time-entrants').find('svg .role-legend')).toHaveLength(0);
  });

  it('fill bars with hatch patterns as well as colour, and every pattern they use is on the page', () => {
    const svg = chart('offences').find('.chart__image--narrow svg');
    const used = [...svg.html()!.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(used.some((id) => id.includes('pattern'))).toBe(true);
    for (const id of used) expect($(`[id="${id}"]`), id).toHaveLength(1);
  });

  it('give every id on the page once only, though several charts share it', () => {
    const ids = $('[id]').map((_, e) => $(e).attr('id')).get();
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('never draw a hidden small number, and show it only as the symbol in the table', () => {
    const cohort = chart('cohort');
    // One bar for each count that is published: Looked after (11) and SEND (23), in each drawing.
    expect(cohort.find('.chart__image--wide svg .mark-rect path')).toHaveLength(2);
    expect(cohort.find('.chart__image--narrow svg .mark-rect path')).toHaveLength(2);
    const texts = cohort.find('svg text').map((_, t) => $(t).text()).get();
    expect(texts).toContain('<5');
    expect(texts).not.toContain('3');
    expect(texts).not.toContain('9');
    const rows = cohort.find('tbody tr').map((_, tr) => $(tr).find('th, td').map((__, c) => $(c).text()).get().join(' | ')).get();
    expect(rows).toEqual(['Looked after | 11', 'SEND | 23', 'Known to CAMHS | <5', 'Exploitation concerns | [c]']);
    expect(cohort.find('.chart__note').text()).toContain('not drawn');
  });

  it('put the same figures in a table with a caption and header cells beside the chart', () => {
    const table = chart('custody-rate').find('details table');
    expect(table.find('caption').text()).toBe('Use of custody: Rate per 1,000 children aged 10 to 17');
    expect(table.find('thead th').map((_, th) => $(th).text()).get()).toEqual(['Area', '2023', '2024', '2025']);
    expect(table.find('thead th[scope="col"]')).toHaveLength(4);
    expect(table.find('tbody th[scope="row"]').map((_, th) => $(th).text()).get()).toEqual(['Figureshire', 'England and Wales']);
    expect(table.find('tbody tr').first().find('td').map((_, td) => $(td).text()).get()).toEqual(['0.21', '[x]', '0.12']);
    expect(chart('custody-rate').find('.chart__note').text()).toBe('[x] in the table means not available: there is no figure for that period.');
  });

  it('hide a small count of children in an indicator (unit: number): no bar, its symbol in its place, and the same in table, summary and {% latest %}', () => {
    // Figureshire 2021-2025: 6, 2, 0, 1, 3. 2, 1 and 3 are hidden; the family's 9, 8, 7, 7, 6 are shown.
    const custody = chart('custody-count');
    // Bars: Figureshire's 6 and 0, and the family's five, in each drawing.
    expect(custody.find('.chart__image--wide svg .mark-rect path')).toHaveLength(7);
    expect(custody.find('.chart__image--narrow svg .mark-rect path')).toHaveLength(7);
    // The only text marks are the three symbols (the value axis's ticks, 0 to 10, are a scale, not figures).
    expect(custody.find('.chart__image--wide svg .mark-text.role-mark text').map((_, t) => $(t).text()).get()).toEqual(['<5', '<5', '<5']);
    expect(custody.find('.chart__image--narrow svg .mark-text.role-mark text').map((_, t) => $(t).text()).get()).toEqual(['<5', '<5', '<5']);
    const rows = custody.find('tbody tr').map((_, tr) => $(tr).find('th, td').map((__, c) => $(c).text()).get().join(' | ')).get();
    expect(rows).toEqual(['Figureshire | 6 | <5 | 0 | <5 | <5', 'YJS family | 9 | 8 | 7 | 7 | 6']);
    expect(custody.find('.chart__summary').text()).toBe(
      'Number of children given a custodial sentence for Figureshire was <5 in 2025, compared with 6 in 2021. In the same period: YJS family 6. Lower is better. Small numbers are hidden to protect children’s privacy.',
    );
    expect(custody.find('.chart__note').text()).toContain('not drawn');
    // {% latest %} gives the 2025 figure as the symbol, not the last shown figure (0 in 2023).
    expect($('p').filter((_, p) => $(p).text().startsWith('In 2025,')).text()).toBe('In 2025, <5 children were sentenced to custody.');
    const table = $('#indicator-custody-count-caption').closest('table');
    expect(table.find('tbody tr').first().find('td').map((_, td) => $(td).text()).get()).toEqual(['6', '<5', '0', '<5', '<5']);
    const notes = table.closest('.table-wrap').nextAll('.table-note').map((_, p) => $(p).text().replace(/\s+/g, ' ').trim()).get();
    expect(notes).toEqual(['Lower is better. Latest figure for the service: <5 (2025).', "To protect children's privacy, <5 means a number from 1 to 4."]);
  });
});
