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

/** One hidden value, for the count each build prints and the internal build's suppression log. */
export interface SuppressionRecord {
  file: string;
  table: string;
  /** The row's label, or "Total" (or "Group size"); for a KPI, the indicator. */
  row: string;
  /** The column's heading, or "Total"; for a KPI, the cohort and "met" or "children". */
  column: string;
  reason: SuppressionReason;
  /** The hidden value: only in the internal build's log (Disclosure.logValues), never in public figures. */
  value?: number;
}

export function suppressionRecord(where: { file: string; table: string }, row: string, column: string, reason: SuppressionReason, value: number | undefined): SuppressionRecord {
  return { ...where, row, column, reason, ...(value === undefined ? {} : { value }) };
}

export interface Disclosure {
  /** 0 turns suppression off (the internal audience). */
  threshold: number;
  symbol: string;
  /** Keep each hidden value in its SuppressionRecord: only for the internal build's log. */
  logValues?: boolean;
}

/** The Government Statistical Service's mark for confidential: a number hidden to protect a small one. */
export const confidentialMark = '[c]';

/**
 * True when the plan marks small numbers with "[c]" too (always so at threshold 1), so a reader cannot
 * tell a small number from one hidden to protect it: the audit reads every hidden figure alike.
 */
export function usesOneMark(disclosure: Disclosure): boolean {
  return disclosure.symbol === confidentialMark;
}
