import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { computeIndicator } from '../../../scripts/compute/computeIndicator.ts';
import { indicatorCounting } from '../../../scripts/compute/tableProtection.ts';
import { renderChart } from '../../../scripts/render/charts/renderChart.ts';
import type { Indicator } from '../../../scripts/schemas/indicator.ts';

const custody: Indicator = {
  title: 'Children sentenced to custody',
  measure: 'Number of children',
  unit: 'number',
  decimals: 0,
  lower_is_better: true,
  periods: ['2021', '2022', '2023', '2024', '2025'],
  series: [
    { name: 'Testshire', comparator: 'yjs', values: [6, 2, 0, 1, 3] },
    { name: 'YJS family', comparator: 'family', values: [9, 8, 7, 7, 6] },
  ],
};

async function draw(type: 'line' | 'bar') {
  const figures = computeIndicator(custody, { threshold: 4, symbol: '<5' }, indicatorCounting(custody, 'disability'));
  const result = await renderChart({ id: `custody-${type}`, file: 'data/indicators/custody.yaml', preset: { type }, theme: { primary: '#1d4f91' }, data: { kind: 'indicators', figures }, symbol: '<5' });
  if (!result.chart) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.chart;
}

describe('a hidden count of children in an indicator chart', () => {
  it('is marked with its symbol in a line chart, never plotted, and described as hidden', async () => {
    const chart = await draw('line');
    const $ = load(chart.svg);
    const marks = $('.role-mark.mark-text text').map((_, t) => $(t).text()).get();
    // Testshire's 2, 1 and 3 (2022, 2024, 2025) are hidden; the other marks are the two lines' names.
    expect(marks.filter((t) => t === '<5')).toHaveLength(3);
    expect(marks.filter((t) => t !== '<5').sort()).toEqual(['Testshire', 'YJS family']);
    // Points: Testshire's 6 and 0, the family's five.
    expect($('.role-mark.mark-symbol path')).toHaveLength(7);
    expect(chart.summary).toBe(
      'Number of children for Testshire was <5 in 2025, compared with 6 in 2021. In the same period: YJS family 6. Lower is better. Small numbers are hidden to protect children’s privacy.',
    );
    expect(chart.table.rows[0]!.cells).toEqual(['6', '<5', '0', '<5', '<5']);
    expect(chart.hasSuppressed).toBe(true);
  });
});

describe('the generated description of an overlapping table', () => {
  it('says what its rows are counted from', async () => {
    const { describeChart } = await import('../../../scripts/render/charts/describeChart.ts');
    const figures = {
      title: 'Staff training needs',
      description: undefined,
      source: undefined,
      categoryLabel: 'Need',
      columns: ['Number'],
      multiColumn: false,
      rows: [{ label: 'AIM3', cells: [{ value: 12 }], total: { value: 12 }, share: { value: 30 } }],
      overlapping: true,
      hasShares: true,
      columnTotals: [],
      grandTotal: { value: 40 },
      suppressions: [],
      warnings: [],
      counting: { counting: 'staff' as const, protected: false, specialCategory: false },
    };
    // 12 of 40 = 30.0%.
    expect(describeChart({ kind: 'breakdowns', figures }, '<5')).toBe('Staff training needs: 1 categories among 40 staff; each can be in more than one. The largest is AIM3 (12, 30.0%).');
  });
});
