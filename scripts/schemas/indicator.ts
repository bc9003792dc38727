import { z } from 'zod';
import { nonEmptyText } from './common.ts';
import { chartPresetSchema } from './chart.ts';

export const comparatorKinds = ['yjs', 'family', 'region', 'pcc', 'national'] as const;

/** A measure over periods for the YJS and its comparators, e.g. first time entrants per 100,000. */
export const indicatorSchema = z.strictObject({
  title: nonEmptyText,
  measure: nonEmptyText.meta({ description: 'What the numbers are, e.g. "Rate per 100,000 children aged 10 to 17".' }),
  unit: z.enum(['rate', 'percent', 'number']),
  decimals: z.number().int().min(0).max(3).default(1),
  lower_is_better: z.boolean().default(true),
  periods: z.array(nonEmptyText).min(1, { error: 'at least one period' }),
  series: z
    .array(
      z.strictObject({
        name: nonEmptyText,
        comparator: z.enum(comparatorKinds),
        values: z.array(z.number({ error: 'a number, or null where there is no figure' }).nullable()),
      }),
    )
    .min(1),
  source: z.string().optional(),
  chart: chartPresetSchema.optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;
