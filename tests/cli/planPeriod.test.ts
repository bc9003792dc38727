import { describe, expect, it } from 'vitest';
import { planPeriod } from '../../scripts/cli/scaffold/planPeriod.ts';

describe('planPeriod', () => {
  it.each([['2026-27', '2026-27'], ['2026/27', '2026-27'], ['2026-2027', '2026-27'], ['2026 to 2027', '2026-27'], ['1999/00', '1999-00'], ['2099/2100', '2099-00']])('%s => %s', (written, period) => {
    expect(planPeriod(written)).toBe(period);
  });
  it.each(['2026-28', '2026', '26/27', '2027-26'])('refuses %s', (written) => {
    expect(planPeriod(written)).toBeUndefined();
  });
});
