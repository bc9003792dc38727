import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderComponent } from '../../../scripts/render/components/componentEnvironment.ts';

const note = (params: object) => load(renderComponent('suppression-note', params))('p').text().replace(/\s+/g, ' ').trim();

describe('suppression-note', () => {
  it('says what the small-count symbol and [c] mean, and whose convention [c] is', () => {
    expect(note({ threshold: 4, symbol: '<5' })).toBe(
      "To protect children's privacy, <5 means a number from 1 to 4, and [c] means a number or percentage hidden so that a small number cannot be worked out from the totals. [c] is the Government Statistical Service’s mark for confidential.",
    );
  });

  it('words threshold 1 as "the number 1", never "from 1 to 1"', () => {
    const words = note({ threshold: 1, symbol: '[c]' });
    expect(words).not.toContain('from 1 to 1');
    expect(words).toBe(
      "To protect children's privacy, [c] marks a number or percentage that is not shown: the number 1, or a number hidden so that a small number cannot be worked out from the totals. [c] is the Government Statistical Service’s mark for confidential.",
    );
  });

  it('names whose privacy it protects, and leaves out totals where a table has none (an indicator)', () => {
    expect(note({ threshold: 3, symbol: '<4', people: 'staff', totals: false })).toBe("To protect staff members' privacy, <4 means a number from 1 to 3.");
    expect(note({ threshold: 4, symbol: '<5', people: 'people', totals: false })).toBe("To protect people's privacy, <5 means a number from 1 to 4.");
  });

  it('says nothing when nothing is protected (threshold 0, the internal build)', () => {
    expect(renderComponent('suppression-note', { threshold: 0, symbol: '<5' }).trim()).toBe('');
  });
});
