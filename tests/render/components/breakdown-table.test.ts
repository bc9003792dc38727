import type { CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildComponentPlan, rowsOf, text, type ComponentPlan } from '../../helpers/componentPlan.ts';

let publicPlan: ComponentPlan;
let internalPlan: ComponentPlan;
let $: CheerioAPI;
let internal$: CheerioAPI;
beforeAll(async () => {
  [publicPlan, internalPlan] = await Promise.all([buildComponentPlan(), buildComponentPlan({ audience: 'internal' })]);
  $ = await publicPlan.page('performance');
  internal$ = await internalPlan.page('performance');
});
afterAll(async () => {
  await publicPlan?.cleanup();
  await internalPlan?.cleanup();
});

describe('breakdown-table with several columns', () => {
  const rows = (page: CheerioAPI, part: string) => rowsOf(page, `#breakdown-offences-caption ~ ${part} tr`);

  it('has a caption, and column headers with scope="col" including Total and Share of total', () => {
    expect(text($, '#breakdown-offences-caption')).toBe('Offences by type');
    expect(rows($, 'thead')).toEqual([['Offence type', 'Out of court', 'Court', 'Total', 'Share of total']]);
    expect($('#breakdown-offences-caption').closest('table').find('thead th[scope="col"]')).toHaveLength(5);
    expect($('#breakdown-offences-caption').closest('table').find('tbody th[scope="row"]')).toHaveLength(5);
  });

  it('totals rows and columns, with shares to one decimal place (internal: nothing hidden)', () => {
    // Rows 34+21 = 55, 12+6 = 18, 9+3 = 12, 7+8 = 15, 0+5 = 5; columns 62 and 43; grand total 105.
    // Shares: 55/105 = 52.4%, 18/105 = 17.1%, 12/105 = 11.4%, 15/105 = 14.3%, 5/105 = 4.8%.
    expect(rows(internal$, 'tbody')).toEqual([
      ['Violence against the person', '34', '21', '55', '52.4%'],
      ['Theft and handling', '12', '6', '18', '17.1%'],
      ['Criminal damage', '9', '3', '12', '11.4%'],
      ['Drugs', '7', '8', '15', '14.3%'],
      ['Robbery', '0', '5', '5', '4.8%'],
    ]);
    expect(rows(internal$, 'tfoot')).toEqual([['Total', '62', '43', '105', '100%']]);
  });

  it('hides small counts in public, and enough others that none can be worked out from the totals', () => {
    // Worked by hand in tests/compute/computeBreakdown.test.ts: 3 is primary (<5); 9, 7, 8, 5, the
    // Robbery total 5 and the Criminal damage total 12 are hidden to protect it ([c]).
    expect(rows($, 'tbody')).toEqual([
      ['Violence against the person', '34', '21', '55', '52.4%'],
      ['Theft and handling', '12', '6', '18', '17.1%'],
      ['Criminal damage', '[c]', '<5', '[c]', '[c]'],
      ['Drugs', '[c]', '[c]', '15', '14.3%'],
      ['Robbery', '0', '[c]', '[c]', '[c]'],
    ]);
    expect(rows($, 'tfoot')).toEqual([['Total', '62', '43', '105', '100%']]);
    const notes = $('#breakdown-offences-caption').closest('.table-wrap').nextAll('.table-note').map((_, p) => text($, p)).get();
    expect(notes[1]).toBe("To protect children's privacy, <5 means a number from 1 to 4, and [c] means a number or percentage hidden so that a small number cannot be worked out from the totals. [c] is the Government Statistical Service’s mark for confidential.");
  });
});

describe('breakdown-table with one column', () => {
  it('has a Number column and no separate Total column, and totals in the footer', () => {
    expect(rowsOf(internal$, '#breakdown-cohort-caption ~ thead tr')).toEqual([['Need', 'Number', 'Share of total']]);
    // 11 + 23 + 3 + 9 = 46. Shares: 11/46 = 23.9%, 23/46 = 50.0%, 3/46 = 6.5%, 9/46 = 19.6%.
    expect(rowsOf(internal$, '#breakdown-cohort-caption ~ tbody tr')).toEqual([
      ['Looked after', '11', '23.9%'],
      ['SEND', '23', '50.0%'],
      ['Known to CAMHS', '3', '6.5%'],
      ['Exploitation concerns', '9', '19.6%'],
    ]);
    expect(rowsOf(internal$, '#breakdown-cohort-caption ~ tfoot tr')).toEqual([['Total', '46', '100%']]);
  });

  it('hides the small count and the next smallest in public, keeping the total', () => {
    expect(rowsOf($, '#breakdown-cohort-caption ~ tbody tr')).toEqual([
      ['Looked after', '11', '23.9%'],
      ['SEND', '23', '50.0%'],
      ['Known to CAMHS', '<5', '[c]'],
      ['Exploitation concerns', '[c]', '[c]'],
    ]);
    expect(rowsOf($, '#breakdown-cohort-caption ~ tfoot tr')).toEqual([['Total', '46', '100%']]);
    expect(text($, $('#breakdown-cohort-caption').closest('.table-wrap').next('.table-note'))).toContain('Source: Case management system.');
  });
});

describe('breakdown-table where a child can be in several rows', () => {
  it('adds nothing up, and gives each row as a share of the group the children are counted from', () => {
    const table = $('#breakdown-needs-caption').closest('table');
    expect(rowsOf($, '#breakdown-needs-caption ~ thead tr')).toEqual([['Need', 'Number', 'Share of the 60 children']]);
    // 21 of 60 = 35.0%; 18 of 60 = 30.0%; 2 is small, so it and its share are hidden.
    expect(rowsOf($, '#breakdown-needs-caption ~ tbody tr')).toEqual([
      ['Speech and language need', '21', '35.0%'],
      ['Known to CAMHS', '18', '30.0%'],
      ['Care leaver', '<5', '[c]'],
    ]);
    expect(table.find('tfoot')).toHaveLength(0);
    expect(text($, table.parent().nextAll('.table-note').first())).toBe(
      'A child can be counted in more than one row, so the rows are not added up. Shares are of the 60 children the rows are counted from, rounded to one decimal place.',
    );
  });
});
