import { describe, expect, it } from 'vitest';
import { describeField } from '../../scripts/validate/describeField.ts';

describe('describeField: where a problem is, as a service manager counts', () => {
  const data = { partners: [{ partner: 'Council', staffing: 1 }, { partner: 'Police', staffing: 'x' }], meetings: ['2025-01-15'] };

  it('counts items from 1 and names them from the data', () => {
    expect(describeField('partners[1].staffing', data)).toBe('partners, item 2 (Police), staffing');
    expect(describeField('meetings[0]', data)).toBe('meetings, item 1');
  });

  it('leaves a path with no list in it, or one the data does not have, to the field itself', () => {
    expect(describeField('sign_off.signed', data)).toBeUndefined();
    expect(describeField('partners[5].staffing', data)).toBe('partners, item 6, staffing');
    expect(describeField('nothing[0]', data)).toBeUndefined();
  });
});
