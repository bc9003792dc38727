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

describe('partner-contributions-table', () => {
  const table = () => $('table.partner-table');

  it('has a caption, column headers with scope="col" and a row header for each partner', () => {
    expect(text($, table().find('caption'))).toBe('Partner contributions to the youth justice partnership pooled budget');
    expect(table().find('thead th[scope="col"]')).toHaveLength(5);
    expect(table().find('tbody th').map((_, th) => [[$(th).attr('scope'), $(th).text()]]).get()).toEqual([
      ['row', 'Local authority'],
      ['row', 'Youth Justice Board grant'],
    ]);
  });

  it('totals each partner across and each column down, to the penny', () => {
    // data/partner-contributions.yaml: local authority 100,000.10 staffing + 20,000.20 other = 120,000.30;
    // YJB grant 50,000.05 other. A missing column is £0.00.
    expect(rowsOf($, 'table.partner-table tbody tr')).toEqual([
      ['Local authority', '£100,000.10', '£0.00', '£20,000.20', '£120,000.30'],
      ['Youth Justice Board grant', '£0.00', '£0.00', '£50,000.05', '£50,000.05'],
    ]);
    // Other delegated funds 20,000.20 + 50,000.05 = 70,000.25; grand total 120,000.30 + 50,000.05 = 170,000.35.
    expect(rowsOf($, 'table.partner-table tfoot tr')).toEqual([['Total', '£100,000.10', '£0.00', '£70,000.25', '£170,000.35']]);
  });
});
