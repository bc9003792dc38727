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

describe('kpi-table', () => {
  const table = () => $('table.kpi-table');

  it('has a caption with the period, and headers for each cohort over its three columns', () => {
    expect(text($, table().find('caption'))).toBe('Key performance indicators, April 2024 to March 2025');
    const groups = table().find('thead tr').first().find('th');
    expect(groups.map((_, th) => [[$(th).attr('scope'), $(th).attr('colspan'), $(th).text()]]).get()).toEqual([
      ['colgroup', '3', 'Out-of-court disposals'],
      ['colgroup', '3', 'Court disposals'],
    ]);
    // A colgroup header heads a column group, so the table declares them: the indicator column, then 3 and 3.
    expect(table().children('colgroup').map((_, g) => $(g).attr('span') ?? String($(g).children('col').length)).get()).toEqual(['1', '3', '3']);
    expect(rowsOf($, 'table.kpi-table thead tr:nth-child(2)')).toEqual([['Indicator', 'Met', 'Children', '%', 'Met', 'Children', '%']]);
    expect(table().find('thead tr').eq(1).find('th').filter((_, th) => $(th).attr('scope') !== 'col')).toHaveLength(0);
  });

  it('names each KPI and what it measures in a row header, read with a space between them', () => {
    expect(table().find('tbody th').map((_, th) => [[$(th).attr('scope'), text($, th)]]).get()).toEqual([
      ['row', 'Suitable accommodation in suitable accommodation at the end of their order'],
      ['row', 'Education, training and employment in suitable education at the end of their order'],
      ['row', 'Out-of-court disposals completed successfully'],
      ['row', 'Management board attendance attendances by statutory partners'],
    ]);
  });

  it('shows the percentage met from the counts, hiding small numbers of children', () => {
    // Accommodation: out of court 18 of 24 = 75.0%; court 2 of 3 children: all hidden, the 3 is small.
    // Education: out of court 3 of 20 met, 3 is small: met and % hidden; court 23 of 40 = 57.5%.
    expect(rowsOf($, 'table.kpi-table tbody tr').map((row) => row.slice(1))).toEqual([
      ['18', '24', '75.0%', '<5', '<5', '[c]'],
      ['<5', '20', '[c]', '23', '40', '57.5%'],
      // 45 of 50 = 90.0%; the KPI does not apply to court disposals: [z].
      ['45', '50', '90.0%', '[z]'],
      // 27 of 32 = 84.375% = 84.4%, one figure for the whole board.
      ['27 met of 32 (84.4%), not split by cohort'],
    ]);
    expect(table().find('tbody tr').eq(2).find('td').last().attr('colspan')).toBe('3');
    expect(table().find('tbody tr').eq(3).find('td').attr('colspan')).toBe('6');
    const notes = table().parent().nextAll('.table-note').map((_, p) => text($, p)).get();
    expect(notes[0]).toBe(
      'Percentages are calculated from the counts and rounded to one decimal place. [z] means not applicable (the Government Statistical Service’s mark): the KPI does not apply to that cohort.',
    );
    expect(notes[1]).toContain('<5 means a number from 1 to 4');
  });
});
