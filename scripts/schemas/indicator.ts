import { z } from 'zod';
import { nonEmptyText } from './common.ts';
import { chartPresetSchema } from './chart.ts';
import { countedThings, identifyingField } from './disclosure.ts';

export const comparatorKinds = ['yjs', 'family', 'region', 'pcc', 'national'] as const;

/** A measure over periods for the YJS and its comparators, e.g. first time entrants per 100,000. */
export const indicatorSchema = z.strictObject({
  title: nonEmptyText,
  measure: nonEmptyText.meta({ description: 'What the numbers are, e.g. "Rate per 100,000 children aged 10 to 17".' }),
  unit: z.enum(['rate', 'percent', 'number']),
  counting: z.enum([...countedThings, 'none']).optional().meta({
    description:
      'With unit: number, what the numbers count: children (the default; small numbers are hidden), people, staff, offences, outcomes or events, ' +
      'or none for an average, ratio or score that counts nothing. Rates and percentages count nothing.',
  }),
  identifying: identifyingField.optional(),
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
}).superRefine((indicator, context) => {
  // A rate or a percentage is not a count, so saying what it counts would protect nothing.
  if (indicator.unit === 'number') {
    // The service's own counts of people are whole numbers; a fraction means an average left as the default, children.
    const counting = indicator.counting ?? 'children';
    if (!['children', 'people', 'staff'].includes(counting)) return;
    indicator.series.forEach((s, i) => {
      if (s.comparator !== 'yjs') return;
      s.values.forEach((v, j) => {
        if (v !== null && !Number.isInteger(v)) {
          context.addIssue({
            code: 'custom',
            path: ['series', i, 'values', j],
            input: v,
            message: `a whole number, since this counts ${counting}${indicator.counting ? '' : ' (the default with unit: number)'}; if these figures are averages or ratios, add counting: none`,
          });
        }
      });
    });
    return;
  }
  for (const key of ['counting', 'identifying'] as const) {
    if (indicator[key] !== undefined) context.addIssue({ code: 'custom', path: [key], input: indicator[key], message: `no ${key}: with unit: ${indicator.unit}; it applies only to unit: number (counts)` });
  }
});
export type Indicator = z.infer<typeof indicatorSchema>;
