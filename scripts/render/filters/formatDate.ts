import type { SourceDate } from '../../schemas/dates.ts';
import { notRecorded, type NotRecorded } from '../../schemas/notRecorded.ts';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2025-06-20 => 20 June 2025 (GOV.UK style; no leading zero). */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return `${day} ${months[month - 1]} ${year}`;
}

/** A date as precise as its source: {day 2025-06-20} => 20 June 2025; {month 2022-08} => August 2022; "not recorded" => Not recorded. */
export function formatSourceDate(date: SourceDate | NotRecorded): string {
  if (date === notRecorded) return 'Not recorded';
  if (date.precision === 'day') return formatDate(date.iso);
  const [year, month] = date.iso.split('-').map(Number);
  return `${months[(month ?? 1) - 1]} ${year}`;
}

/** Text an author could not give: "not recorded" => Not recorded; anything else as it is. */
export function formatRecorded(text: string): string {
  return text === notRecorded ? 'Not recorded' : text;
}
