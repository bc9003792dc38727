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

describe('board-table: how members attended, advisers, and a board with no meetings yet', () => {
  it('says how a member attended, lists the YJB adviser apart, and counts members only', async () => {
    const { copyFixturePlan } = await import('../../helpers/fixturePlan.ts');
    const { buildInto } = await import('../../helpers/buildFixture.ts');
    const { load } = await import('cheerio');
    const fixture = await copyFixturePlan('minimal');
    try {
      await fixture.write(
        'data/board.yaml',
        [
          'meetings: [2025-01-15, 2025-04-16]',
          'members:',
          '  - { name: Alex Example, role: Director of Children\'s Services, organisation: Testshire County Council, chair: true, attended: [2025-01-15, { date: 2025-04-16, how: deputy, deputy: Jo Deputy }] }',
          '  - { name: Sam Sample, role: Superintendent, organisation: Testshire Police, attended: [{ date: 2025-04-16, how: online }] }',
          '  - { name: Pat Adviser, role: Head of Oversight, organisation: Youth Justice Board, adviser: true, attended: [2025-01-15, 2025-04-16] }',
          '',
        ].join('\n'),
      );
      const built = await buildInto(fixture.dir);
      const page = load(await built.read('site/appendix-board.html'));
      // Members: Alex 2 of 2, Sam 1 of 2, so 3 of 4 = 75%. Pat is an adviser: listed, never counted.
      expect(rowsOf(page, 'table.board-table tbody tr')).toEqual([
        ['Alex Example (Chair)', "Director of Children's Services, Testshire County Council", 'Yes', 'Yes (deputy)', '2 of 2 (100%)'],
        ['Sam Sample', 'Superintendent, Testshire Police', 'No', 'Yes (online)', '1 of 2 (50%)'],
        ['Advisers to the board: not members, and not counted in attendance'],
        ['Pat Adviser', 'Head of Oversight, Youth Justice Board', 'Yes', 'Yes', '2 of 2 (100%)'],
      ]);
      expect(rowsOf(page, 'table.board-table tfoot tr')).toEqual([['Members present', '1 of 2', '2 of 2', '75%']]);
      expect(page('th.board-table__group').attr('scope')).toBe('rowgroup');
    } finally {
      await fixture.cleanup();
    }
  });

  it('still lists the chair and every member before the first meeting, saying there is no attendance yet', async () => {
    const { copyFixturePlan } = await import('../../helpers/fixturePlan.ts');
    const { buildInto } = await import('../../helpers/buildFixture.ts');
    const { load } = await import('cheerio');
    const fixture = await copyFixturePlan('minimal');
    try {
      await fixture.edit('data/board.yaml', (t) => t.replace('meetings: [2025-01-15, 2025-04-16]', 'meetings: []').replace(/attended: \[[^\]]*\]/g, 'attended: []'));
      const built = await buildInto(fixture.dir);
      const page = load(await built.read('site/appendix-board.html'));
      expect(rowsOf(page, 'table.board-table tr')).toEqual([
        ['Name', 'Role and organisation'],
        ['Alex Example (Chair)', "Director of Children's Services, Testshire County Council"],
        ['Sam Sample', 'Superintendent, Testshire Police'],
      ]);
      expect(page('.table-note').first().text()).toBe('No meetings have been added yet, so there is no attendance to show.');
    } finally {
      await fixture.cleanup();
    }
  });
});
