import { z } from 'zod';
import { count, nonEmptyText } from './common.ts';

const cohortResult = z.strictObject({ met: count, total: count });

/**
 * The YJB's key performance indicators since April 2023. Most are split by
 * out-of-court and court cohorts; a cohort a KPI does not apply to is left
 * out, and a KPI the YJB does not split (board attendance) gives overall.
 */
export const kpisSchema = z.strictObject({
  title: nonEmptyText.default('Key performance indicators'),
  period: nonEmptyText,
  indicators: z
    .array(
      z.strictObject({
        id: z.string(),
        title: nonEmptyText,
        measure: nonEmptyText.meta({ description: 'What "met" means, e.g. "in suitable accommodation at the end of their order".' }),
        out_of_court: cohortResult.optional().meta({ description: 'Children with out-of-court disposals. Leave out if this KPI does not apply to them.' }),
        court: cohortResult.optional().meta({ description: 'Children with court disposals. Leave out if this KPI does not apply to them.' }),
        overall: cohortResult
          .optional()
          .meta({ description: 'For a KPI the YJB does not split by cohort, e.g. management board attendance. Use instead of out_of_court and court.' }),
      })
      .superRefine((kpi, context) => {
        if (kpi.overall && (kpi.out_of_court || kpi.court)) {
          context.addIssue({ code: 'custom', path: ['overall'], message: 'overall on its own, or out_of_court and/or court, but not both' });
        } else if (!kpi.overall && !kpi.out_of_court && !kpi.court) {
          context.addIssue({ code: 'custom', path: [], message: 'at least one of out_of_court, court or overall' });
        }
      }),
    )
    .min(1),
});
export type Kpis = z.infer<typeof kpisSchema>;
