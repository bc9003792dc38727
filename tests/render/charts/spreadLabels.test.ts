import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../../scripts/render/charts/spreadLabels.ts';

describe('spreadLabels', () => {
  it('leaves labels that do not touch where they are', () => {
    expect(spreadLabels([10, 100, 200], 16, 0, 300)).toEqual([10, 100, 200]);
  });

  it('moves touching labels apart around their mean, keeping their order', () => {
    const placed = spreadLabels([104, 100, 300], 16, 0, 400);
    expect(placed[1]).toBeCloseTo(94);
    expect(placed[0]).toBeCloseTo(110);
    expect(placed[2]).toBe(300);
  });

  it('keeps every label inside the plot and at least the gap apart', () => {
    const placed = spreadLabels([2, 3, 4, 298, 299], 16, 0, 300);
    const sorted = [...placed].sort((a, b) => a - b);
    expect(sorted[0]).toBeGreaterThanOrEqual(0);
    expect(sorted.at(-1)).toBeLessThanOrEqual(300);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(16 - 1e-9);
  });
});
