import { z } from 'zod';
import { count, nonEmptyText } from './common.ts';

const cohortResult = z.strictObject({ met: count, total: count });

/** The YJB's key performance indicators since April 2023, each split by out-of-court and court cohorts. */
export const kpisSchema = z.strictObject({
  title: nonEmptyText.default('Key performance indicators'),
  period: nonEmptyText,
  indicators: z
    .array(
      z.strictObject({
        id: z.string(),
        title: nonEmptyText,
        measure: nonEmptyText.meta({ description: 'What "met" means, e.g. "in suitable accommodation at the end of their order".' }),
        out_of_court: cohortResult,
        court: cohortResult,
      }),
    )
    .min(1),
});
export type Kpis = z.infer<typeof kpisSchema>;
