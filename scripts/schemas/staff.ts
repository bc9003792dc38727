import { z } from 'zod';
import { count, nonEmptyText } from './common.ts';
import { breakdownSchema } from './breakdown.ts';

export const staffSchema = z.strictObject({
  structure: z
    .array(
      z.strictObject({
        role: nonEmptyText,
        count: z.number().min(0).meta({ description: 'Posts in this role (full-time equivalent allowed).' }),
        reports_to: z.string().optional().meta({ description: 'The role this one reports to, exactly as written in its role:.' }),
        team: z.string().optional(),
      }),
    ),
  // Always counts of staff, protected by disclosure.protect_staff in plan.yaml, so neither is set here.
  diversity: breakdownSchema.omit({ counting: true, identifying: true }).meta({ description: 'Staff by ethnicity (rows) and sex (columns).' }),
  disability: z.strictObject({ yes: count, no: count, not_known: count }).optional(),
});
export type Staff = z.infer<typeof staffSchema>;
