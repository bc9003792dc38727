import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderComponent } from '../../../scripts/render/components/componentEnvironment.ts';
import { buildComponentPlan, rowsOf, text, type ComponentPlan } from '../../helpers/componentPlan.ts';

const note = (params: object) => load(renderComponent('counting-note', params))('p').text().trim();

describe('counting-note', () => {
  it('says nothing for counts of children (the default) or numbers that count nothing', () => {
    expect(renderComponent('counting-note', { counting: { counting: 'children', protected: true, specialCategory: false }, threshold: 4 }).trim()).toBe('');
    expect(renderComponent('counting-note', { counting: { counting: 'none', protected: false, specialCategory: false }, threshold: 4 }).trim()).toBe('');
  });

  it('says what else a table counts, and whether its small numbers are hidden', () => {
    expect(note({ counting: { counting: 'offences', protected: false, specialCategory: false }, threshold: 4 })).toBe('Counts of offences, not of children: shown in full.');
    expect(note({ counting: { counting: 'events', protected: true, specialCategory: false }, threshold: 4 })).toBe(
      'Counts of events, not of children, but small numbers are hidden because they could identify someone.',
    );
    expect(note({ counting: { counting: 'staff', protected: true, specialCategory: true }, threshold: 4 })).toBe(
      'Counts of staff by disability: small numbers are hidden, because disability is health information (special category data).',
    );
    // The internal build hides nothing, so it must not say it does.
    expect(note({ counting: { counting: 'staff', protected: true, specialCategory: true }, threshold: 0 })).toBe('Counts of staff, not of children: shown in full.');
  });
});

describe('a built appendix 2 and a table of offences', () => {
  let plan: ComponentPlan;
  beforeAll(async () => {
    plan = await buildComponentPlan({
      change: async (p) => {
        await p.edit('data/breakdowns/offences.yaml', (t) => t.replace('category_label: Offence type\n', 'category_label: Offence type\ncounting: offences\n'));
        await p.edit('data/staff.yaml', (t) => `${t}disability:\n  "yes": 2\n  "no": 14\n  not_known: 2\n`);
      },
    });
  });
  afterAll(async () => plan?.cleanup());

  it('shows every offence, with a note saying they are offences, not children', async () => {
    const $ = await plan.page('performance');
    expect(rowsOf($, '#breakdown-offences-caption ~ tbody tr')).toEqual([
      ['Violence against the person', '34', '21', '55', '52.4%'],
      ['Theft and handling', '12', '6', '18', '17.1%'],
      ['Criminal damage', '9', '3', '12', '11.4%'],
      ['Drugs', '7', '8', '15', '14.3%'],
      ['Robbery', '0', '5', '5', '4.8%'],
    ]);
    const notes = $('#breakdown-offences-caption').closest('.table-wrap').nextAll('.table-note').map((_, p) => text($, p)).get();
    // The table's own note, then this one; no privacy note, since nothing is hidden.
    expect(notes[1]).toBe('Counts of offences, not of children: shown in full.');
    expect(notes[2]).not.toContain('To protect');
  });

  it('shows staff by ethnicity and sex in full, and hides small numbers of staff by disability', async () => {
    const $ = await plan.page('appendix-structure');
    expect(rowsOf($, '#breakdown-staff-caption ~ tbody tr')).toEqual([
      ['White', '10', '6', '16', '88.9%'],
      ['Black, Black British, Caribbean or African', '2', '0', '2', '11.1%'],
    ]);
    expect(text($, $('#breakdown-staff-caption').closest('.table-wrap').nextAll('.table-note').eq(1))).toBe('Counts of staff, not of children: shown in full.');
    // 2, 14 and 2 of 18: with 14 and 18 shown the two small counts would add to 4, so neither could be 4;
    // 14 is hidden too, and 2 + 14 + 2 = 18 leaves each small count anywhere from 1 to 4.
    expect(rowsOf($, '#breakdown-staff-disability-caption ~ tbody tr')).toEqual([
      ['Say they have a disability', '<5', '[c]'],
      ['Say they do not', '[c]', '[c]'],
      ['Not known', '<5', '[c]'],
    ]);
    const notes = $('#breakdown-staff-disability-caption').closest('.table-wrap').nextAll('.table-note').map((_, p) => text($, p)).get();
    expect(notes.slice(1)).toEqual([
      'Counts of staff by disability: small numbers are hidden, because disability is health information (special category data).',
      "To protect staff members' privacy, <5 means a number from 1 to 4, and [c] means a number or percentage hidden so that a small number cannot be worked out from the totals. [c] is the Government Statistical Service’s mark for confidential.",
    ]);
  });
});

describe('an overlapping table that does not count children', () => {
  it('says what its rows are counted from, not "children"', () => {
    const $ = load(
      renderComponent('breakdown-table', {
        id: 'training',
        title: 'Staff training needs',
        categoryLabel: 'Need',
        columns: ['Number'],
        multiColumn: false,
        rows: [{ label: 'AIM3', cells: [{ value: 12 }], total: { value: 12 }, share: { value: 30 } }],
        overlapping: true,
        hasShares: true,
        columnTotals: [],
        grandTotal: { value: 40 },
        suppressions: [],
        counting: { counting: 'staff', protected: false, specialCategory: false },
        threshold: 4,
        symbol: '<5',
      }),
    );
    expect($('thead th').last().text()).toBe('Share of the 40 staff');
    expect($('.table-note').first().text()).toBe('One of the staff can be counted in more than one row, so the rows are not added up. Shares are of the 40 staff the rows are counted from, rounded to one decimal place.');
    expect($('table').text()).not.toContain('children');
  });
});
