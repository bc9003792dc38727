import { z } from 'zod';
import { isoDate, nonEmptyText } from './common.ts';

/** How a member was at a meeting: a date alone means in person. */
export const attendanceModes = ['in person', 'online', 'deputy'] as const;
export type AttendanceMode = (typeof attendanceModes)[number];

const attendance = z
  .union([
    isoDate,
    z.strictObject({
      date: isoDate,
      how: z.enum(attendanceModes, { error: `one of ${attendanceModes.join(', ')}` }),
      deputy: z.string().optional().meta({ description: 'The name of the deputy who attended.' }),
    }),
  ])
  .transform((a) => (typeof a === 'string' ? { date: a, how: 'in person' as AttendanceMode, deputy: undefined } : a))
  .meta({ description: 'A meeting date (attended in person), or { date: 2025-06-11, how: online } or { date: 2025-06-11, how: deputy, deputy: NAME }.' });

export const boardSchema = z.strictObject({
  title: nonEmptyText.default('Youth Justice Partnership Board membership and attendance'),
  meetings: z.array(isoDate),
  members: z.array(
    z.strictObject({
      name: nonEmptyText,
      role: nonEmptyText,
      organisation: nonEmptyText,
      chair: z.boolean().default(false),
      adviser: z.boolean().default(false).meta({
        description: 'true for a non-voting adviser (such as the YJB\'s adviser to the board): listed, but not counted as a member in attendance.',
      }),
      attended: z.array(attendance).default([]).meta({ description: 'The meetings this member attended, in person, online or through a named deputy.' }),
    }),
  ),
});
export type Board = z.infer<typeof boardSchema>;
