import { describe, expect, it } from 'vitest';
import { countSyllables } from '../../../scripts/checks/readability/countSyllables.ts';

describe('countSyllables', () => {
  it.each([
    ['children', 2],
    ['support', 2],
    ['safe', 1],
    ['little', 2],
    ['helped', 1],
    ['wanted', 2],
    ['together', 3],
    ['families', 3],
    ['people', 2],
    ['partnership', 3],
    ['interventions', 4],
    ['you', 1],
  ])('counts "%s" as %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });
});
