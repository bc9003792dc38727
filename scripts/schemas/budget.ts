import { z } from 'zod';
import { nonEmptyText, pounds } from './common.ts';

/** Budget against actual spend. Variances and totals are computed, never typed. */
export const budgetSchema = z.strictObject({
  title: nonEmptyText,
  description: z.string().optional(),
  lines: z
    .array(z.strictObject({ category: nonEmptyText, budget: pounds, actual: pounds })),
  source: z.string().optional(),
});
export type Budget = z.infer<typeof budgetSchema>;

export const partnerContributionsSchema = z.strictObject({
  title: nonEmptyText.default('Partner contributions to the youth justice partnership pooled budget'),
  partners: z
    .array(
      z.strictObject({
        partner: nonEmptyText,
        staffing: pounds.default(0),
        payments_in_kind: pounds.default(0),
        other_delegated_funds: pounds.default(0),
      }),
    ),
  source: z.string().optional(),
});
export type PartnerContributions = z.infer<typeof partnerContributionsSchema>;
