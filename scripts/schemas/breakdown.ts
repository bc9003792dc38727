import { z } from 'zod';
import { count, nonEmptyText } from './common.ts';
import { chartPresetSchema } from './chart.ts';
import { countingField, identifyingField } from './disclosure.ts';

/**
 * Counts by category, with one column (count:) or several (counts: with columns:).
 * Totals and percentages are always computed; a stated_total is only checked.
 */
export const breakdownSchema = z.strictObject({
  title: nonEmptyText,
  description: z.string().optional(),
  counting: countingField.optional(),
  identifying: identifyingField.optional(),
  category_label: z.string().default('Category').meta({ description: 'Heading of the first column, e.g. "Offence type".' }),
  columns: z.array(nonEmptyText).min(1).optional().meta({ description: 'Column headings when each row has several counts.' }),
  rows: z
    .array(
      z.strictObject({
        label: nonEmptyText,
        count: count.optional(),
        counts: z.array(count).optional(),
      }),
    )
    .min(1, { error: 'at least one row' }),
  stated_total: count.optional().meta({ description: 'A total copied from another source. yjplan warns if the rows do not add up to it.' }),
  overlapping: z.boolean().optional().meta({
    description: 'true when one child can be counted in more than one row (e.g. needs). The rows are then not added up.',
  }),
  group_size: count.optional().meta({
    description: 'With overlapping: how many children the rows are counted from, e.g. 91. Each row is shown as a share of it.',
  }),
  source: z.string().optional(),
  chart: chartPresetSchema.optional(),
});
export type Breakdown = z.infer<typeof breakdownSchema>;
