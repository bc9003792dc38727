import type { CheerioAPI } from 'cheerio';
import { load } from 'cheerio';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInto, type BuiltPlan } from '../../helpers/buildFixture.ts';
import { fixturesDir } from '../../helpers/fixturePlan.ts';
import { rowsOf, text } from '../../helpers/componentPlan.ts';

// The tracker fixture's data/actions/tracker.yaml, as at 12 March 2025 (the plan is dated 20 June 2025):
//   PR-1 completed, due August 2022        PR-2 on track, due March 2025 (not overdue until 1 April)
//   PR-3 may exceed, due 31 December 2022, no lead recorded (overdue)
//   PR-4 no due date, no status            PR-5 repeats PR-4, nothing recorded
let built: BuiltPlan;
let $: CheerioAPI;
beforeAll(async () => {
  built = await buildInto(path.join(fixturesDir, 'tracker'), { pdf: false });
  $ = load(await built.read('site/service-development.html'));
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
    const rows = rowsOf($, '#actions-tracker-caption ~ tbody tr').map((row) => [row[0], row[2], row[3], row[5]]);
    expect(rows).toEqual([
      ['PR-1', 'Operations Manager', 'August 2022', 'Completed'],
      ['PR-2', 'Quality Assurance Lead', 'March 2025', 'Progressing and on track'],
      ['PR-3', 'Not recorded', '31 December 2022 Overdue', 'May exceed original target date'],
      ['PR-4', 'Head of Service', 'Not recorded', 'Not recorded'],
      ['PR-5', 'Not recorded', 'Not recorded', 'Not recorded'],
    ]);
    expect(section().find('.status-tag--not-recorded').length).toBe(3);
  });
});
