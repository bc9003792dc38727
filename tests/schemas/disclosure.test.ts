import { describe, expect, it } from 'vitest';
import { disclosureSchema, smallCountSymbol } from '../../scripts/schemas/disclosure.ts';

const parse = (input: object) => disclosureSchema.safeParse(input);

describe('disclosure settings', () => {
  it('has the symbol follow the threshold unless the author sets one', () => {
    expect(smallCountSymbol({ threshold: 4 })).toBe('<5');
    expect(smallCountSymbol({ threshold: 3 })).toBe('<4');
    expect(smallCountSymbol({ threshold: 2 })).toBe('<3');
    // "<2" would tell the reader the hidden number is 1.
    expect(smallCountSymbol({ threshold: 1 })).toBe('[c]');
    expect(smallCountSymbol({ threshold: 10 })).toBe('<11');
    expect(smallCountSymbol({ threshold: 4, symbol: '[c]' })).toBe('[c]');
  });

  it('defaults to threshold 4, protecting staff disability counts, with no exceptions', () => {
    expect(disclosureSchema.parse({})).toEqual({ threshold: 4, protect_staff: 'disability', not_counts: [] });
  });

  it('refuses a symbol that would be false for a hidden number, or that means something else', () => {
    // threshold 4 with "<3": a hidden 3 or 4 would read "less than 3".
    const tooSmall = parse({ threshold: 4, symbol: '<3' });
    expect(tooSmall.success).toBe(false);
    expect(tooSmall.error?.issues[0]).toMatchObject({ path: ['symbol'] });
    expect(parse({ threshold: 4, symbol: '<4' }).success).toBe(false);
    expect(parse({ threshold: 4, symbol: '<5' }).success).toBe(true);
    expect(parse({ threshold: 4, symbol: '5' }).success).toBe(false);
    expect(parse({ threshold: 4, symbol: '[x]' }).success).toBe(false);
    expect(parse({ threshold: 4, symbol: '[Z]' }).success).toBe(false);
    expect(parse({ threshold: 4, symbol: '*' }).success).toBe(true);
  });
});
