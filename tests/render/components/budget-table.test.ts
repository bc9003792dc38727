import type { CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildComponentPlan, rowsOf, text, type ComponentPlan } from '../../helpers/componentPlan.ts';

let plan: ComponentPlan;
let $: CheerioAPI;
beforeAll(async () => {
  plan = await buildComponentPlan();
  $ = await plan.page('resources-and-services');
});
afterAll(() => plan?.cleanup());

describe('budget-table', () => {
  const table = () => $('table.budget-table');

  it('has a caption and column headers with scope="col"', () => {
    expect(table()).toHaveLength(1);
    expect(text($, table().find('caption'))).toBe('Budget and outturn 2024/25');
    expect(table().find('thead th').map((_, th) => $(th).attr('scope')).get()).toEqual(['col', 'col', 'col', 'col']);
    expect(rowsOf($, 'table.budget-table thead tr')).toEqual([['Category', 'Budget', 'Actual', 'Variance (actual minus budget)']]);
    // The region that scrolls the table is named by the caption.
    expect(table().parent().attr('aria-labelledby')).toBe(table().find('caption').attr('id'));
  });

  it('gives each line a row header and states the variance in words: over, under or on budget', () => {
    expect(table().find('tbody th').map((_, th) => $(th).attr('scope')).get()).toEqual(['row', 'row', 'row', 'row']);
    // Staffing: 249,999.95 - 250,000.10 = -0.15, an underspend; running costs: 12,500.45 - 12,000.20 = +500.25.
    expect(rowsOf($, 'table.budget-table tbody tr')).toEqual([
      ['Staffing', '£250,000.10', '£249,999.95', '£0.15 under'],
      ['Running costs', '£12,000.20', '£12,500.45', '£500.25 over'],
      ['Programmes', '£0.00', '£0.00', 'On budget'],
      ['Accommodation', '£3,000.05', '£3,000.05', 'On budget'],
    ]);
  });

  it('totals to the penny in the footer', () => {
    // 250,000.10 + 12,000.20 + 0 + 3,000.05 = 265,000.35; 249,999.95 + 12,500.45 + 0 + 3,000.05 = 265,500.45;
    // variance 265,500.45 - 265,000.35 = 500.10 over (= -0.15 + 500.25).
    expect(rowsOf($, 'table.budget-table tfoot tr')).toEqual([['Total', '£265,000.35', '£265,500.45', '£500.10 over']]);
    expect(table().find('tfoot th').attr('scope')).toBe('row');
  });

  it('never shows a negative amount with a hyphen, which screen readers may not read as minus', () => {
    expect(table().find('td.numeric').text()).not.toContain('-');
  });

  it('says how the figures were worked out, and their source', () => {
    expect(text($, table().parent().nextAll('.table-note').first())).toBe('Variances and totals are calculated from the lines above, to the penny. Source: Finance outturn report.');
  });

  it('says so in words when a budget has no lines yet, rather than showing an empty table', () => {
    expect(text($, '.table-empty')).toBe('Capital budget: no budget lines have been added yet.');
    expect($('table caption').filter((_, c) => $(c).text().includes('Capital budget'))).toHaveLength(0);
  });
});
