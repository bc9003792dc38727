import { z } from 'zod';
import { isoDate, nonEmptyText } from './common.ts';
import { sourceDateOrNotRecorded } from './dates.ts';
import { notRecorded, textOrNotRecorded } from './notRecorded.ts';

/** The YJB's fixed set of statuses, in the order the summary lists them. */
export const actionStatuses = ['completed', 'on-track', 'may-exceed-target-date', 'not-started'] as const;
/** A status, or "not recorded" where the tracker gives none: counted as its own group, never as not started. */
export const actionStatusesOrNotRecorded = [...actionStatuses, notRecorded] as const;
export type ActionStatus = (typeof actionStatusesOrNotRecorded)[number];

export const actionPlanSchema = z.strictObject({
  title: nonEmptyText,
  description: z.string().optional(),
  stated_counts: z
    .partialRecord(z.enum(actionStatusesOrNotRecorded), z.number().int().min(0))
    .optional()
    .meta({ description: 'The status counts the source tracker prints, if it prints any. yjplan counts the rows itself and warns where they differ.' }),
  as_at: isoDate.optional().meta({ description: 'The date the progress was reported (e.g. the board meeting). Overdue is judged on this date; without it, on plan_date.' }),
  actions: z
    .array(
      z.strictObject({
        ref: z.union([z.string(), z.number()]).transform(String).meta({ description: 'A reference such as 1.2, unique in this file.' }),
        action: nonEmptyText,
        lead: textOrNotRecorded,
        due: sourceDateOrNotRecorded,
        progress: z.string().default(''),
        status: z.enum(actionStatusesOrNotRecorded, {
          error: `one of ${actionStatusesOrNotRecorded.join(', ')}`,
        }),
        duplicate_of: z.union([z.string(), z.number()]).transform(String).optional().meta({
          description: 'The ref of the action this one repeats. Duplicates are counted once in the summary.',
        }),
        priority: z.string().optional().meta({ description: 'The id of a priority in plan.yaml that this action serves; the table names it.' }),
        group: z.string().trim().min(1).optional().meta({ description: 'The heading the tracker lists this action under, e.g. "Peer review: governance". Rows with a group are shown under it, in the order the groups first appear.' }),
        internal: z.boolean().default(false).meta({ description: 'true keeps this action out of public outputs; only the internal build shows it.' }),
        internal_notes: z.string().optional().meta({ description: 'Working notes shown only in the internal build.' }),
      }),
    ),
});
export type ActionPlan = z.infer<typeof actionPlanSchema>;
