import { describe, expect, it } from 'vitest';
import { maxLines, wrapLabel, wrappedLabelExpression } from '../../../scripts/render/charts/wrapLabel.ts';

describe('wrapLabel', () => {
  it('breaks at spaces so no line is longer than the width', () => {
    expect(wrapLabel('Youth rehabilitation order with intensive supervision and surveillance', 30)).toEqual([
      'Youth rehabilitation order',
      'with intensive supervision and',
      'surveillance',
    ]);
    expect(wrapLabel('April 2024 to March 2025', 13)).toEqual(['April 2024 to', 'March 2025']);
  });

  it('leaves a short label alone and keeps an over-long word whole', () => {
    expect(wrapLabel('Drugs', 30)).toEqual(['Drugs']);
    expect(wrapLabel('Antidisestablishmentarianism', 10)).toEqual(['Antidisestablishmentarianism']);
  });

  it('writes a Vega expression only for labels that wrap', () => {
    expect(wrappedLabelExpression(['2021', '2022'], 10)).toBeUndefined();
    expect(wrappedLabelExpression(['Short', 'April 2024 to March 2025'], 13)).toBe('datum.label === "April 2024 to March 2025" ? ["April 2024 to","March 2025"] : datum.label');
    expect(maxLines(['Short', 'April 2024 to March 2025'], 13)).toBe(2);
  });
});
