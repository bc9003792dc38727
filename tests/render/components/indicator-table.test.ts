import type { CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildComponentPlan, rowsOf, text, type ComponentPlan } from '../../helpers/componentPlan.ts';

let plan: ComponentPlan;
let $: CheerioAPI;
beforeAll(async () => {
  plan = await buildComponentPlan();
  $ = await plan.page('performance');
});
afterAll(() => plan?.cleanup());

describe('indicator-table', () => {
  const table = (id: string) => $(`#indicator-${id}-caption`).closest('table');

  it('has a caption naming the indicator and its measure, and a column per period with scope="col"', () => {
    expect(text($, table('first-time-entrants').find('caption'))).toBe('First time entrants: Rate per 100,000 children aged 10 to 17');
    expect(rowsOf($, '#indicator-first-time-entrants-caption ~ thead tr')).toEqual([['Area', '2023', '2024', '2025']]);
    expect(table('first-time-entrants').find('thead th').map((_, th) => $(th).attr('scope')).get()).toEqual(['col', 'col', 'col', 'col']);
  });

  it('gives each area a row header, marks the service\'s own row, and writes a gap as [x] with a note saying what it means', () => {
    const rows = table('first-time-entrants').find('tbody tr');
    expect(rows.find('th').map((_, th) => $(th).attr('scope')).get()).toEqual(['row', 'row']);
    expect(rowsOf($, '#indicator-first-time-entrants-caption ~ tbody tr')).toEqual([
      ['Testshire', '174', '161', '149'],
      ['England and Wales', '154', '[x]', '147'],
    ]);
    expect(rows.first().hasClass('indicator-table__own')).toBe(true);
    expect(text($, table('first-time-entrants').parent().nextAll('.table-note').eq(1))).toBe(
      '[x] means not available (the Government Statistical Service’s mark): there is no figure for that period.',
    );
  });

  it('says which way is better and how the latest figure moved, in words', () => {
    // 149 in 2025 against 161 in 2024: lower, and lower is better.
    expect(text($, table('first-time-entrants').parent().next('.table-note'))).toBe('Lower is better. Latest figure for the service: 149 (2025), better than the period before.');
  });

  it('shows a negative figure with a true minus sign, and a figure that rounds to zero without one', () => {
    // -1.5% and -0.04% (0.0% to one decimal place).
    expect(rowsOf($, '#indicator-custody-change-caption ~ tbody tr')).toEqual([['Testshire', '\u22121.5%', '0.0%']]);
    expect(table('custody-change').find('td').text()).not.toContain('-');
  });
});
