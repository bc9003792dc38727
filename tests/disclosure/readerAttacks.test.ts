import { describe, expect, it } from 'vitest';
import { computeBreakdown } from '../../scripts/compute/computeBreakdown.ts';
import { computeIndicator } from '../../scripts/compute/computeIndicator.ts';
import { computeKpis } from '../../scripts/compute/computeKpis.ts';
import { formatCount } from '../../scripts/render/filters/formatCount.ts';
import { indicatorCounting } from '../../scripts/compute/tableProtection.ts';
import { indicatorSchema } from '../../scripts/schemas/indicator.ts';
import type { Breakdown } from '../../scripts/schemas/breakdown.ts';
import { possibleCells, printedOf, type Printed } from '../helpers/bruteForceReader.ts';

/**
 * A hostile reader with a calculator against the tables yjplan publishes.
 * Each table is computed as the public build computes it, printed as the
 * templates print it (numbers, the plan's symbol, [c]), and then read by
 * tests/helpers/bruteForceReader.ts, which tries every table of whole
 * numbers that fits the print. The working is by hand in each comment.
 */

const twoWay = (title: string, columns: string[], rows: [string, number[]][]): Breakdown => ({
  title,
  category_label: 'Ethnicity',
  columns,
  rows: rows.map(([label, counts]) => ({ label, counts })),
});
const oneWay = (title: string, rows: [string, number][]): Breakdown => ({ title, category_label: 'Offence', rows: rows.map(([label, count]) => ({ label, count })) });

/** The printed table and what a reader can make of each cell. */
function attack(breakdown: Breakdown, threshold: number, symbol: string, bound: number): { printed: Printed; cells: number[][][] } {
  const printed = printedOf(computeBreakdown(breakdown, { threshold, symbol }, 'data/breakdowns/t.yaml'), symbol);
  return { printed, cells: possibleCells(printed, { threshold, symbol }, bound) };
}

/** Every true count is among the values the reader keeps: nothing printed is false. */
function expectTruthful(cells: number[][][], truth: number[][]) {
  truth.forEach((row, i) => row.forEach((value, j) => expect(cells[i]![j], `row ${i + 1}, column ${j + 1} is ${value}`).toContain(value)));
}

describe('a reader with a calculator, against tiny two-way tables (default threshold 4)', () => {
  it('cannot work out four children, one in each cell of a 2 × 2 table', () => {
    // Children remanded, by ethnicity and sex: 1 1 / 1 1. Every count is from 1 to 4, and so are the
    // totals: rows 2, 2; columns 2, 2; total 4. Printed before the fix:
    //     <5 <5 | [c]
    //     <5 <5 | [c]
    //    [c] [c] | <5
    // The total "<5" is at most 4. Each column total is two "<5", so at least 2, and they add up to
    // the total: 2 + 2 ≤ total ≤ 4, so the total is 4, each column 2, and each cell 1: all pinned.
    // With the total shown as [c] (a total of totals of "<5" may be small, so it no longer caps them),
    // each cell is 1 to 3: two "<5" adding to a "<5" cannot be 4, which the symbols alone say (docs).
    const { printed, cells } = attack(twoWay('Children remanded', ['Girls', 'Boys'], [['White', [1, 1]], ['Black', [1, 1]]]), 4, '<5', 8);
    expect(printed.cells).toEqual([['<5', '<5'], ['<5', '<5']]);
    expect(printed.grand).toBe('[c]');
    expect(cells).toEqual([[[1, 2, 3], [1, 2, 3]], [[1, 2, 3], [1, 2, 3]]]);
  });

  it('cannot work out three children in a 2 × 2 table at threshold 3', () => {
    // 1 1 / 1 0: rows 2, 1; columns 2, 1; total 3, all "<4". Printed before the fix, the total "<4"
    // is at most 3 while its rows are at least 2 (two "<4") and 1: total 3, so every cell is 1.
    // With the total as [c], each is 1 or 2: two "<4" adding to a "<4", all the symbols alone allow.
    const { cells } = attack(twoWay('Children in custody', ['Girls', 'Boys'], [['White', [1, 1]], ['Mixed', [1, 0]]]), 3, '<4', 7);
    expect(cells).toEqual([[[1, 2], [1, 2]], [[1, 2], [0]]]);
  });

  it('cannot work out two children in one row of a 3 × 2 table at threshold 2', () => {
    // 0 0 / 1 1 / 0 0: column totals 1, 1; total 2. Printed before the fix:
    //    0 0 | 0;  <3 <3 | [c];  0 0 | 0;  totals [c] [c] | <3.
    // Each column total is its one "<3" cell, at least 1; they add up to the total, at most 2: each is 1.
    const { cells } = attack(twoWay('Children remanded', ['Girls', 'Boys'], [['White', [0, 0]], ['Black', [1, 1]], ['Other', [0, 0]]]), 2, '<3', 6);
    expect(cells).toEqual([[[0], [0]], [[1, 2], [1, 2]], [[0], [0]]]);
  });

  it('prints nothing false in any 2 × 2 table of counts 0 to 5 at thresholds 2 to 4', () => {
    // The reader's reading of each mark (above) must be true of the data: the true table is always among those kept.
    for (const threshold of [2, 3, 4]) {
      const symbol = `<${threshold + 1}`;
      for (let k = 0; k < 6 ** 4; k += 13) {
        const v = [k % 6, Math.floor(k / 6) % 6, Math.floor(k / 36) % 6, Math.floor(k / 216) % 6];
        const truth = [v.slice(0, 2), v.slice(2)];
        const { cells } = attack(twoWay('T', ['a', 'b'], [['x', truth[0]!], ['y', truth[1]!]]), threshold, symbol, 12);
        expectTruthful(cells, truth);
      }
    }
  });
});

describe('small totals shown as "<5"', () => {
  // Not fixed: a design choice the docs state ("two <5 in a row whose total is also <5 ... 1 to 3 is enough
  // ... No amount of further hiding changes this"). But showing that total as [c], which the suppression
  // already does when the parts would be pinned, does change it. The fix: in the audit's "symbols alone"
  // table (systemOf with symbolsOnly), read a small total of a line of "<5" and 0 as a [c] that may be
  // small, so the band due is 1 to 4 again; the suppression then shows such totals as [c].
  it.fails('do not let a reader narrow three "<5" adding up to a "<5" to 1 or 2 each', () => {
    // Children in custody by ethnicity: Black 1, Mixed 1, White 1, total 3: printed <5, <5, <5 | <5.
    // Three numbers of at least 1 adding up to at most 4: none can be more than 4 − 2 = 2.
    const { printed, cells } = attack(oneWay('Children in custody', [['Black', 1], ['Mixed', 1], ['White', 1]]), 4, '<5', 8);
    expect(printed.grand).toBe('<5');
    expect(cells).toEqual([[[1, 2, 3, 4]], [[1, 2, 3, 4]], [[1, 2, 3, 4]]]);
  });
});

describe('a reader with a calculator, at threshold 1 (the small-count mark is [c])', () => {
  it('cannot tell that two hidden offences types hold one child each', () => {
    // Threshold 1: only 1s are hidden, shown as [c], the same mark as a number hidden to protect one.
    // Robbery 1, Arson 0, Sexual offences 1, Drugs 7, Violence 13, Fraud 0: total 22. Printed before the fix:
    //    [c], 0, [c], 7, 13, 0 | 22
    // 22 − 7 − 13 = 2 for the two [c], and a hidden number is at least 1 (0 is shown): both are 1.
    // The audit's band for a small number at threshold 1 is "1 to 1", which that meets, so it hid nothing more.
    const rows: [string, number][] = [['Robbery', 1], ['Arson', 0], ['Sexual offences', 1], ['Drugs', 7], ['Violence', 13], ['Fraud', 0]];
    const { printed, cells } = attack(oneWay('Children by most serious offence', rows), 1, '[c]', 22);
    expect(printed.cells.map((r) => r[0])).toEqual(['[c]', '0', '[c]', expect.stringMatching(/^(7|\[c\])$/), expect.stringMatching(/^(13|\[c\])$/), '0']);
    expect(cells[0]![0]!.length, 'Robbery can be more than one value').toBeGreaterThan(1);
    expect(cells[2]![0]!.length, 'Sexual offences can be more than one value').toBeGreaterThan(1);
    expectTruthful(cells, rows.map(([, c]) => [c]));
  });
});

describe('an indicator that counts children, against its note', () => {
  const remands = (values: (number | null)[], comparator: (number | null)[]) =>
    indicatorSchema.parse({
      title: 'Children remanded',
      measure: 'Children remanded to youth detention accommodation',
      unit: 'number',
      decimals: 1,
      periods: ['2022', '2023', '2024', '2025'],
      series: [
        { name: 'Eastmoor', comparator: 'yjs', values },
        { name: 'YJS family (average)', comparator: 'family', values: comparator },
      ],
    });

  it('never marks a family average below 1 as a small count', () => {
    // The family's average, 0.4 children a service, is not a count of anyone; it was shown as "<5", which
    // the note beside the table defines as "a number from 1 to 4": false of 0.4. 1.5 is from 1 to 4, so hidden.
    const indicator = remands([6, 7, 5, 8], [0.4, 0.6, 1.5, 5.2]);
    const figures = computeIndicator(indicator, { threshold: 4, symbol: '<5' }, indicatorCounting(indicator, 'disability'));
    expect(figures.series[1]!.formatted).toEqual(['0.4', '0.6', '<5', '5.2']);
  });

  it('at threshold 1, hides more than the 1s, since a [c] that can only be 1 tells the reader it is 1', () => {
    // An indicator has no totals, so nothing else can be hidden to protect a hidden figure: at threshold 1
    // every [c] was a 1 and the note said so ("[c] marks a number that is not shown: the number 1").
    // The smallest band that is not one value is 1 to 2: 2s are hidden as well, and the note says so.
    const indicator = remands([3, 1, 0, 2], [5, 6, 4, 5]);
    const figures = computeIndicator(indicator, { threshold: 1, symbol: '[c]' }, indicatorCounting(indicator, 'disability'));
    expect(figures.series[0]!.formatted).toEqual(['3.0', '[c]', '0.0', '[c]']);
    expect(figures.hiddenUpTo).toBe(2);
  });
});

describe('two tables of the same children', () => {
  // Not fixed: the audit checks each table on its own (docs/disclosure-control.md, "What the audit does not
  // cover"). The fix needs the plan to say how tables relate: row groups in a breakdown (out-of-court rows,
  // court rows) printed and audited as subtotal lines, and a KPI cohort tied to the group it counts, so that
  // one audit covers both tables; or verify warning when a KPI cohort equals the sum of a breakdown's rows.
  it.fails('does not let the KPI cohort total give away a hidden out-of-court outcome', () => {
    // The example plan's outcomes, with 3 youth cautions instead of 7. Its description says the first four
    // rows are out-of-court outcomes; the KPI table says how many children had out-of-court outcomes: 49
    // (in the example, 53 = 25 + 12 + 7 + 9 in both tables). The outcomes table alone is protected:
    //    25, 12, <5, 9, 20, 10, <5, <5, <5, <5 | 87, five "<5" adding up to 11, each 1 to 4.
    // With the KPI: 49 − 25 − 12 − 9 = 3 youth cautions.
    const outcomes = oneWay('Children by their most serious outcome', [
      ['Outcome 22', 25], ['Community resolution', 12], ['Youth caution', 3], ['Youth conditional caution', 9],
      ['Referral order', 20], ['Youth rehabilitation order', 10], ['Intensive supervision and surveillance', 2],
      ['Detention and training order', 3], ['Long-term detention', 1], ['Fine or conditional discharge', 2],
    ]);
    const disclosure = { threshold: 4, symbol: '<5' };
    const printed = printedOf(computeBreakdown(outcomes, disclosure, 'data/breakdowns/outcomes-by-type.yaml'), '<5').cells.map((c) => c[0]!);
    const kpis = computeKpis(
      { title: 'Key performance indicators', period: '2025/26', indicators: [{ id: 'ete', title: 'ETE', measure: 'in education', out_of_court: { met: 41, total: 49 }, court: { met: 27, total: 38 } }] },
      disclosure,
      'data/kpis.yaml',
    );
    const cohort = formatCount(kpis.rows[0]!.outOfCourt!.total, '<5');
    expect([printed.slice(0, 4), cohort]).toEqual([['25', '12', '<5', '9'], '49']);
    // What the youth cautions can be: 1 to 4 by their symbol, and the first four rows add up to the cohort.
    const shown = printed.slice(0, 4).filter((t) => t !== '<5').map(Number);
    const possible = [1, 2, 3, 4].filter((v) => shown.reduce((a, b) => a + b, v) === Number(cohort));
    expect(possible.length).toBeGreaterThan(1);
  });
});
