import { z } from 'zod';
import { isoDate, nonEmptyText } from './common.ts';

/** The YJB's fixed set of statuses, in the order the summary lists them. */
export const actionStatuses = ['completed', 'on-track', 'may-exceed-target-date', 'not-started'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const actionPlanSchema = z.strictObject({
  title: nonEmptyText,
  description: z.string().optional(),
  actions: z
    .array(
      z.strictObject({
        ref: z.union([z.string(), z.number()]).transform(String).meta({ description: 'A reference such as 1.2, unique in this file.' }),
        action: nonEmptyText,
        lead: nonEmptyText,
        due: isoDate,
        progress: z.string().default(''),
        status: z.enum(actionStatuses, {
          error: `one of ${actionStatuses.join(', ')}`,
        }),
        duplicate_of: z.union([z.string(), z.number()]).transform(String).optional().meta({
          description: 'The ref of the action this one repeats. Duplicates are counted once in the summary.',
        }),
        priority: z.string().optional().meta({ description: 'The id of a priority in plan.yaml.' }),
        internal: z.boolean().default(false).meta({ description: 'true keeps this action out of public outputs; only the internal build shows it.' }),
        internal_notes: z.string().optional().meta({ description: 'Working notes shown only in the internal build.' }),
      }),
    ),
});
export type ActionPlan = z.infer<typeof actionPlanSchema>;
