import { z } from 'zod';

/** A calendar date written as YYYY-MM-DD, e.g. 2025-06-20. Rejects 2025-02-30. */
export const isoDate = z
  .string({ error: 'a date written as YYYY-MM-DD, for example 2025-06-20' })
  .refine(isRealIsoDate, { error: 'a real date written as YYYY-MM-DD, for example 2025-06-20' })
  .meta({ description: 'A date written as YYYY-MM-DD, for example 2025-06-20.' });

export function isRealIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Lower-case words joined by hyphens, e.g. first-time-entrants. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'lower-case letters, digits and hyphens, for example first-time-entrants' });

export const hexColour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'a colour written as # and six hex digits, for example #1d4f91' });

/** An amount of money in pounds, at most two decimal places. Held as a number; compute converts to pence. */
export const pounds = z
  .number({ error: 'an amount in pounds written as a number, for example 12500.50 (no £ sign or commas)' })
  .refine((n) => Number.isFinite(n) && Math.abs(Math.round(n * 100) - n * 100) < 1e-6, {
    error: 'an amount in pounds with at most two decimal places',
  });

/** A count of people or events: a whole number, zero or more. */
export const count = z
  .number({ error: 'a whole number, zero or more' })
  .int({ error: 'a whole number, zero or more' })
  .min(0, { error: 'a whole number, zero or more' });

export const nonEmptyText = z.string({ error: 'some text' }).trim().min(1, { error: 'some text (it is empty)' });
