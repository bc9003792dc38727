import { describe, expect, it } from 'vitest';
import { endSentence } from '../../../scripts/render/filters/endSentence.ts';

describe('endSentence', () => {
  it('adds a full stop only where the sentence has none', () => {
    expect(endSentence('YJB data')).toBe('YJB data.');
    expect(endSentence('Ministry of Justice, 2025.')).toBe('Ministry of Justice, 2025.');
    expect(endSentence('Is this final?')).toBe('Is this final?');
    expect(endSentence('Youth Justice Board (2025).')).toBe('Youth Justice Board (2025).');
    expect(endSentence('  spaced  ')).toBe('spaced.');
  });
});
