import type { CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildComponentPlan, rowsOf, text, type ComponentPlan } from '../../helpers/componentPlan.ts';

let plan: ComponentPlan;
let $: CheerioAPI;
beforeAll(async () => {
  plan = await buildComponentPlan();
  $ = await plan.page('appendix-board');
});
afterAll(() => plan?.cleanup());

describe('board-table', () => {
  const table = () => $('table.board-table');

  it('has a caption and a column for each meeting, dated in words, with scope="col"', () => {
    expect(text($, table().find('caption'))).toBe('Youth Justice Partnership Board membership and attendance');
    expect(rowsOf($, 'table.board-table thead tr')).toEqual([['Name', 'Role and organisation', '15 January 2025', '16 April 2025', 'Attendance']]);
    expect(table().find('thead th').filter((_, th) => $(th).attr('scope') !== 'col')).toHaveLength(0);
  });

  it('names each member in a row header, says Yes or No for each meeting, and gives their attendance', () => {
    expect(table().find('tbody th[scope="row"]')).toHaveLength(2);
    // Alex attended both meetings: 2 of 2 = 100%. Sam attended April only: 1 of 2 = 50%.
    expect(rowsOf($, 'table.board-table tbody tr')).toEqual([
      ['Alex Example (Chair)', "Director of Children's Services, Testshire County Council", 'Yes', 'Yes', '2 of 2 (100%)'],
      ['Sam Sample', 'Superintendent, Testshire Police', 'No', 'Yes', '1 of 2 (50%)'],
    ]);
  });

  it('totals the members present at each meeting, and overall', () => {
    // January: Alex only, 1 of 2. April: both, 2 of 2. Overall 3 attendances of 4 possible = 75%.
    expect(rowsOf($, 'table.board-table tfoot tr')).toEqual([['Members present', '1 of 2', '2 of 2', '75%']]);
    expect(table().find('tfoot th').attr('scope')).toBe('row');
    expect(text($, table().parent().next('.table-note'))).toContain('rounded to whole numbers');
  });
});
