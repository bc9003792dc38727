import { describe, expect, it } from 'vitest';
import { computeBreakdown } from '../../../scripts/compute/computeBreakdown.ts';
import { describeChart } from '../../../scripts/render/charts/describeChart.ts';

const disclosure = { threshold: 4, symbol: '<5' };

describe('describeChart for a table with hidden rows', () => {
  it('does not call a shown row the largest when a hidden one may be larger', () => {
    // Has SEN 18 of 20 is hidden to protect the 2 without SEN, so Looked after (9) is only the largest shown.
    const figures = computeBreakdown(
      { title: 'Needs', category_label: 'Need', overlapping: true, group_size: 20, rows: [{ label: 'Has SEN', count: 18 }, { label: 'Looked after', count: 9 }] },
      disclosure,
      'f',
    );
    expect(describeChart({ kind: 'breakdowns', figures }, '<5')).toBe(
      'Needs: 2 categories among 20 children; a child can be in more than one. Of the rows shown, the largest is Looked after (9, 45.0%). Small numbers are hidden to protect children’s privacy.',
    );
  });

  it('says "the largest" when every row is shown', () => {
    const figures = computeBreakdown({ title: 'Offences', category_label: 'Offence', rows: [{ label: 'Theft', count: 12 }, { label: 'Violence', count: 30 }] }, disclosure, 'f');
    expect(describeChart({ kind: 'breakdowns', figures }, '<5')).toBe('Offences: 2 categories, 42 in total. The largest is Violence (30, 71.4%).');
  });
});
