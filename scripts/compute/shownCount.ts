import type { SuppressionReason } from './suppressCounts.ts';

/**
 * A count as it may be published. When suppressed the true value is not
 * kept at all, so no template or chart can print it by mistake.
 */
export type ShownCount = { value: number; suppressed?: undefined } | { value: null; suppressed: SuppressionReason };

export function shownCount(value: number, reason: SuppressionReason | undefined): ShownCount {
  return reason ? { value: null, suppressed: reason } : { value };
}

/** A percentage as it may be published; hidden whenever a count it rests on is hidden. */
export type ShownPercent = { value: number; suppressed?: undefined } | { value: null; suppressed: SuppressionReason };

export interface SuppressionRecord {
  file: string;
  table: string;
  cell: string;
  reason: SuppressionReason;
}

export interface Disclosure {
  /** 0 turns suppression off (the internal audience). */
  threshold: number;
  symbol: string;
}
