import { describe, expect, it } from 'vitest';
import { lastDayOf, parseSourceDate, suggestIsoDate } from '../../scripts/schemas/dates.ts';

describe('dates as trackers write them', () => {
  it.each([
    ['Aug-22', '2022-08'],
    ['Dec-22', '2022-12'],
    ['August 2022', '2022-08'],
    ['sept 2023', '2023-09'],
    ['31.12.22', '2022-12-31'],
    ['31/12/2022', '2022-12-31'],
    ['1-4-2026', '2026-04-01'],
    ['2022-8', '2022-08'],
    ['2022-8-5', '2022-08-05'],
  ])('suggests %s => %s', (written, iso) => {
    expect(suggestIsoDate(written)).toBe(iso);
  });

  it.each(['31.02.22', 'Smarch 2022', 'soon', '2022-13', 'TBC'])('guesses nothing for %s', (written) => {
    expect(suggestIsoDate(written)).toBeUndefined();
  });

  it('reads a day or a month, and knows the last day each can mean', () => {
    expect(parseSourceDate('2024-02')).toEqual({ precision: 'month', iso: '2024-02' });
    expect(lastDayOf({ precision: 'month', iso: '2024-02' })).toBe('2024-02-29');
    expect(lastDayOf({ precision: 'month', iso: '2023-02' })).toBe('2023-02-28');
    expect(lastDayOf({ precision: 'month', iso: '2022-12' })).toBe('2022-12-31');
    expect(lastDayOf({ precision: 'day', iso: '2022-12-05' })).toBe('2022-12-05');
    expect(parseSourceDate('2022-00')).toBeUndefined();
  });
});
