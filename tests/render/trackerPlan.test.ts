import type { CheerioAPI } from 'cheerio';
import { load } from 'cheerio';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInto, type BuiltPlan } from '../helpers/buildFixture.ts';
import { fixturesDir } from '../helpers/fixturePlan.ts';
import { rowsOf, text } from '../helpers/componentPlan.ts';

// The tracker fixture's data/actions/tracker.yaml, as at 12 March 2025 (the plan is dated 20 June 2025):
//   PR-1 completed, due August 2022        PR-2 on track, due March 2025 (not overdue until 1 April)
//   PR-3 may exceed, due 31 December 2022, no lead recorded (overdue)
//   PR-4 no due date, no status            PR-5 repeats PR-4, nothing recorded
let built: BuiltPlan;
let $: CheerioAPI;
let resources: CheerioAPI;
beforeAll(async () => {
  built = await buildInto(path.join(fixturesDir, 'tracker'), { pdf: false });
  $ = load(await built.read('site/service-development.html'));
  resources = load(await built.read('site/resources-and-services.html'));
});
afterAll(() => (built ? rm(built.outputDir, { recursive: true, force: true }) : undefined));

const section = () => $('section[aria-labelledby="actions-tracker-summary"]');

describe('an action tracker that says only what its source says', () => {
  it('counts the row with no status as "Not recorded", its own group, after the YJB\'s four', () => {
    expect(section().find('.status-summary__item').map((_, li) => text($, li)).get()).toEqual([
      'Completed 1', 'Progressing and on track 1', 'May exceed original target date 1', 'Planned but not started 0', 'Not recorded 1',
    ]);
  });

  it('reports progress as at the board meeting, and judges overdue on that date', () => {
    expect(text($, section().children('.table-note').first())).toMatch(/^Progress as at 12 March 2025\. 4 actions in total, of which 1 is overdue\./);
  });

  it('shows months as months, and "Not recorded" for a missing lead, date or status, never a made-up value', () => {
    const rows = rowsOf($, '#actions-tracker-caption ~ tbody tr').filter((row) => row.length > 1).map((row) => [row[0], row[3], row[4], row[6]]);
    expect(rows).toEqual([
      ['PR-1', 'Operations Manager', 'August 2022', 'Completed'],
      ['PR-3', 'Not recorded', '31 December 2022 Overdue', 'May exceed original target date'],
      ['PR-2', 'Quality Assurance Lead', 'March 2025', 'Progressing and on track'],
      ['PR-4', 'Head of Service', 'Not recorded', 'Not recorded'],
      ['PR-5', 'Not recorded', 'Not recorded', 'Not recorded'],
    ]);
    expect(section().find('.status-tag--not-recorded').length).toBe(3);
  });
});

describe('a tracker grouped under its own headings', () => {
  it('lists rows under each heading in the order the headings first appear, with the priority each serves', () => {
    // PR-1 and PR-3 are under out-of-court work (met first); PR-2 under court work; PR-4 and PR-5 have no heading,
    // so they are "Other actions" rather than seeming to belong to court work.
    expect(rowsOf($, '#actions-tracker-caption ~ tbody tr').map((row) => row.slice(0, 3))).toEqual([
      ['Peer review area: out-of-court work'],
      ['PR-1', "Refresh the out-of-court disposal panel's terms of reference", 'Prevention and diversion'],
      ['PR-3', 'Agree a joint protocol for children at risk of exploitation', 'Prevention and diversion'],
      ['Peer review area: court work'],
      ['PR-2', 'Audit the quality of assessments for children remanded', ''],
      ['Other actions'],
      ['PR-4', 'Review speech and language screening', ''],
      ['PR-5', 'Review speech and language screening for all children (Duplicate of PR-4: not counted again)', ''],
    ]);
    expect($('#actions-tracker-caption').closest('table').find('th.action-table__group').map((_, th) => $(th).attr('scope')).get()).toEqual(['rowgroup', 'rowgroup', 'rowgroup']);
    expect(rowsOf($, '#actions-tracker-caption ~ thead tr')).toEqual([['Ref', 'Action', 'Priority', 'Lead', 'Due', 'Progress', 'Status']]);
  });
});

describe('money as the council\'s finance officer keeps it', () => {
  const rowsIn = (caption: string) => rowsOf(resources, `caption:contains("${caption}") ~ * tr`);

  it('shows whole pounds, cost codes, and an income line netted off and worded as income', () => {
    // Variances: 618,450 - 612,000 = 6,450 over; 41,220 - 48,000 = 6,780 under;
    // income -298,680 - (-285,347) = -13,333: 13,333 more income. Net: 397,390 - 411,053 = -13,663: 13,663 under.
    expect(rowsIn('Budget and outturn 2024/25')).toEqual([
      ['Cost code', 'Category', 'Budget', 'Actual', 'Variance (actual minus budget)'],
      ['YJ1001', 'Staffing', '£612,000', '£618,450', '£6,450 over'],
      ['YJ2001', 'Premises', '£36,400', '£36,400', 'On budget'],
      ['YJ3001', 'Commissioned interventions', '£48,000', '£41,220', '£6,780 under'],
      ['YJ9001', 'Youth Justice Board grant (income)', '\u2212£285,347', '\u2212£298,680', '£13,333 more income than budgeted'],
      ['', 'Total', '£411,053', '£397,390', '£13,663 under'],
    ]);
  });

  it('shows a contribution nobody has a figure for as "Not recorded", never £0, and marks every total that leaves it out', () => {
    // 412,300 + 36,400 + 98,600 = 547,300; 12,000 recorded for the ICB; 298,680 grant. All: 857,980.
    expect(rowsIn('Partner contributions')).toEqual([
      ['Partner', 'Staffing', 'Payments in kind', 'Other delegated funds', 'Total'],
      ['Local authority', '£412,300', '£36,400', '£98,600', '£547,300'],
      ['Integrated Care Board', 'Not recorded', '£0', '£12,000', '£12,000* (of the amounts recorded)'],
      ['Youth Justice Board grant', '£0', '£0', '£298,680', '£298,680'],
      ['Total', '£412,300* (of the amounts recorded)', '£36,400', '£409,280', '£857,980* (of the amounts recorded)'],
    ]);
    expect(resources('.table-note').first().text()).toContain('1 amount is not recorded: the totals marked * add the amounts recorded and leave it out.');
  });
});
