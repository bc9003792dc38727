import { z } from 'zod';
import { isRealIsoDate } from './common.ts';
import { notRecorded } from './notRecorded.ts';

/** A date as precise as its source: a day (2025-06-20) or a month (2022-08). */
export type SourceDate = { precision: 'day'; iso: string } | { precision: 'month'; iso: string };

const isoMonth = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function parseSourceDate(text: string): SourceDate | undefined {
  if (isRealIsoDate(text)) return { precision: 'day', iso: text };
  if (isoMonth.test(text)) return { precision: 'month', iso: text };
  return undefined;
}

/** The last day a date can mean: the day itself, or the last day of its month. 2024-02 => 2024-02-29. */
export function lastDayOf(date: SourceDate): string {
  if (date.precision === 'day') return date.iso;
  const [year, month] = date.iso.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date.iso}-${String(last).padStart(2, '0')}`;
}

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * The ISO form of a date as trackers write it, for "did you mean":
 * "Aug-22" => 2022-08, "31.12.22" => 2022-12-31, "31/12/2022" => 2022-12-31,
 * "August 2022" => 2022-08. Day-first, as dates are written in the UK.
 */
export function suggestIsoDate(text: string): string | undefined {
  const trimmed = text.trim();
  const monthWord = /^([A-Za-z]{3,9})[\s\-/.']*(\d{2}|\d{4})$/.exec(trimmed);
  if (monthWord) {
    const month = monthNames.indexOf(monthWord[1]!.slice(0, 3).toLowerCase());
    if (month >= 0 && (monthWord[1]!.length === 3 || fullMonthName(month).startsWith(monthWord[1]!.toLowerCase()))) return `${fullYear(monthWord[2]!)}-${pad(month + 1)}`;
  }
  const dayFirst = /^(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{2}|\d{4})$/.exec(trimmed);
  if (dayFirst) {
    const iso = `${fullYear(dayFirst[3]!)}-${pad(Number(dayFirst[2]))}-${pad(Number(dayFirst[1]))}`;
    return isRealIsoDate(iso) ? iso : undefined;
  }
  const loose = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(trimmed);
  if (loose) {
    const iso = loose[3] ? `${loose[1]}-${pad(Number(loose[2]))}-${pad(Number(loose[3]))}` : `${loose[1]}-${pad(Number(loose[2]))}`;
    return parseSourceDate(iso) ? iso : undefined;
  }
  return undefined;
}

function fullMonthName(month: number): string {
  return ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][month]!;
}

const expectedDate = `a date written as YYYY-MM-DD (2025-06-20), a month written as YYYY-MM (2022-08), or "${notRecorded}"`;

/** A due date from a tracker: a day, a month, or "not recorded". A slip such as "Aug-22" is refused with the ISO form to use. */
export const sourceDateOrNotRecorded = z
  .union([z.string(), z.number()], { error: expectedDate })
  .transform((value, ctx) => {
    const text = String(value);
    if (text === notRecorded) return notRecorded;
    const date = parseSourceDate(text);
    if (date) return date;
    const suggestion = suggestIsoDate(text);
    ctx.addIssue({ code: 'custom', message: expectedDate, input: value, params: { fix: suggestion ? `Did you mean ${suggestion}?` : 'Write the date as YYYY-MM-DD, or the month as YYYY-MM.' } });
    return z.NEVER;
  })
  .meta({ description: 'A date (YYYY-MM-DD), a month (YYYY-MM) when the source gives only the month, or "not recorded".' });
