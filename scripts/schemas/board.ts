import { z } from 'zod';
import { isoDate, nonEmptyText } from './common.ts';

export const boardSchema = z.strictObject({
  title: nonEmptyText.default('Youth Justice Partnership Board membership and attendance'),
  meetings: z.array(isoDate),
  members: z
    .array(
      z.strictObject({
        name: nonEmptyText,
        role: nonEmptyText,
        organisation: nonEmptyText,
        chair: z.boolean().default(false),
        attended: z.array(isoDate).default([]).meta({ description: 'Meeting dates this member (or their named deputy) attended.' }),
      }),
    ),
});
export type Board = z.infer<typeof boardSchema>;
