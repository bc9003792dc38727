import type { CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildComponentPlan, rowsOf, text, type ComponentPlan } from '../../helpers/componentPlan.ts';

// data/actions/improvement.yaml in the minimal fixture, plan date 20 June 2025:
//   1.1 on track, due 31 May 2025 (overdue)   1.2 not started, due 31 December 2025
//   1.3 not started, internal                  1.4 on track, due 31 May 2025, duplicate of 1.1
let plan: ComponentPlan;
let $: CheerioAPI;
beforeAll(async () => {
  plan = await buildComponentPlan();
  $ = await plan.page('service-development');
});
afterAll(() => plan?.cleanup());

const section = () => $('section[aria-labelledby="actions-improvement-summary"]');
const table = () => section().find('table.action-table');

describe('action-table: the status summary', () => {
  it('comes before the table, under a heading that names the plan', () => {
    expect(text($, '#actions-improvement-summary')).toBe('Service improvement plan 2025/26: progress summary');
    const order = section().children().map((_, child) => $(child).attr('class')).get();
    expect(order.indexOf('status-summary')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('status-summary')).toBeLessThan(order.indexOf('table-wrap'));
  });

  it('counts each status from the rows, counting the duplicate once and leaving the internal action out', () => {
    // Counted: 1.1 (on track) and 1.2 (not started). 1.4 repeats 1.1; 1.3 is internal.
    const counts = section().find('.status-summary__item').map((_, li) => text($, li)).get();
    expect(counts).toEqual(['Completed 0', 'Progressing and on track 1', 'May exceed original target date 0', 'Planned but not started 1']);
    const total = section().find('.status-summary__count').map((_, c) => Number($(c).text())).get().reduce((a: number, b: number) => a + b, 0);
    expect(total).toBe(2);
  });

  it('states the total, the overdue count and the duplicate rule in words', () => {
    expect(text($, section().children('.table-note').first())).toBe(
      'Progress as at 20 June 2025. 2 actions in total, of which 1 is overdue. An action that repeats another (marked "duplicate of") is listed but not counted again: it is counted once, under the action it repeats. This table has 1 such row.',
    );
  });
});

describe('action-table: the table', () => {
  it('has a caption and column headers with scope="col"', () => {
    expect(text($, table().find('caption'))).toBe('Service improvement plan 2025/26');
    expect(rowsOf($, '#actions-improvement-caption ~ thead tr')).toEqual([['Ref', 'Action', 'Lead', 'Due', 'Progress', 'Status']]);
    expect(table().find('thead th[scope="col"]')).toHaveLength(6);
  });

  it('heads each row with its ref (scope="row") and gives the row an id to link to', () => {
    expect(table().find('tbody tr').map((_, tr) => [[$(tr).attr('id'), $(tr).children('th').attr('scope'), $(tr).children('th').text()]]).get()).toEqual([
      ['action-improvement-1.1', 'row', '1.1'],
      ['action-improvement-1.2', 'row', '1.2'],
      ['action-improvement-1.4', 'row', '1.4'],
    ]);
  });

  it('writes each status out in words, not only as a colour', () => {
    expect(table().find('tbody tr').map((_, tr) => text($, $(tr).find('.status-tag'))).get()).toEqual([
      'Progressing and on track',
      'Planned but not started',
      'Progressing and on track',
    ]);
  });

  it('flags actions due before the plan date and not completed as Overdue, in words', () => {
    expect(rowsOf($, '#actions-improvement-caption ~ tbody tr').map((row) => row[3])).toEqual([
      '31 May 2025 Overdue',
      '31 December 2025',
      '31 May 2025 Overdue',
    ]);
    expect(table().find('.overdue-flag').first().is('strong')).toBe(true);
  });

  it('marks the duplicate in words, linking to the row it repeats on the same page', () => {
    const note = $('#action-improvement-1\\.4 .action-table__note');
    expect(text($, note)).toBe('(Duplicate of 1.1: not counted again)');
    const href = note.find('a').attr('href')!;
    expect(href).toBe('#action-improvement-1.1');
    expect($(`[id="${href.slice(1)}"]`)).toHaveLength(1);
  });

  it('leaves the internal action out of the public table', () => {
    expect($('[id="action-improvement-1.3"]')).toHaveLength(0);
    expect(table().text()).not.toContain('Move the team to the new office');
  });

  it('says so in words when a plan has no actions yet, with an all-zero summary', () => {
    const empty = $('section[aria-labelledby="actions-next-year-summary"]');
    expect(empty.find('table')).toHaveLength(0);
    expect(text($, empty.find('.table-empty'))).toBe('Improvement plan 2026/27: no actions have been added yet.');
    expect(empty.find('.status-summary__count').map((_, c) => $(c).text()).get()).toEqual(['0', '0', '0', '0']);
    expect(text($, empty.children('.table-note'))).toBe('0 actions in total.');
  });
});

describe('action refs', () => {
  it('may contain a space: the row id and the links to it stay valid', async () => {
    const { buildInto } = await import('../../helpers/buildFixture.ts');
    const { copyFixturePlan } = await import('../../helpers/fixturePlan.ts');
    const { load } = await import('cheerio');
    const plan = await copyFixturePlan('minimal');
    try {
      await plan.edit('data/actions/improvement.yaml', (t) => t.replace('ref: "1.1"', 'ref: "A 1"').replace('duplicate_of: "1.1"', 'duplicate_of: "A 1"'));
      const built = await buildInto(plan.dir);
      const $ = load(await built.read('site/service-development.html'));
      expect($('tr[id="action-improvement-A-1"]')).toHaveLength(1);
      expect($('a[href="#action-improvement-A-1"]').text()).toBe('A 1');
    } finally {
      await plan.cleanup();
    }
  });
});
