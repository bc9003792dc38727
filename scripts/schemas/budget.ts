import { z } from 'zod';
import { nonEmptyText, pounds } from './common.ts';
import { notRecorded, notRecordedDescription, type NotRecorded } from './notRecorded.ts';

const expectedAmount = `an amount in pounds (for example 12500.50), or "${notRecorded}"`;

/** An amount, or "not recorded" where the source does not give it (seconded staff whose cost nobody holds). Never typed as 0. */
const poundsOrNotRecorded = z
  .union([z.number(), z.string()], { error: expectedAmount })
  .transform((value, ctx): number | NotRecorded => {
    if (value === notRecorded) return notRecorded;
    const amount = pounds.safeParse(value);
    if (amount.success) return amount.data;
    const isText = typeof value === 'string';
    ctx.addIssue({
      code: 'custom',
      message: isText ? expectedAmount : (amount.error.issues[0]?.message ?? expectedAmount),
      input: value,
      params: isText ? { code: 'wrong-type', fix: `Write the number without quotes, symbols or commas, for example 1250.50; or "${notRecorded}" where the source does not give it.` } : {},
    });
    return z.NEVER;
  })
  .meta({ description: notRecordedDescription });

/** Budget against actual spend. Variances and totals are computed, never typed. */
export const budgetSchema = z.strictObject({
  title: nonEmptyText,
  description: z.string().optional(),
  lines: z.array(
    z.strictObject({
      category: nonEmptyText,
      code: z.union([z.string(), z.number()]).transform(String).optional().meta({ description: 'The council\'s cost code for the line, e.g. YJ1001.' }),
      income: z.boolean().default(false).meta({ description: 'true for an income line (grants, charges). Write its amounts as the ledger does, as negative numbers.' }),
      budget: pounds,
      actual: pounds,
    }),
  ),
  stated_total: z
    .strictObject({ budget: pounds.optional(), actual: pounds.optional() })
    .optional()
    .meta({ description: 'The totals the source prints, if it prints any. yjplan shows its own total of the lines and warns where they differ.' }),
  source: z.string().optional(),
});
export type Budget = z.infer<typeof budgetSchema>;

export const partnerContributionsSchema = z.strictObject({
  title: nonEmptyText.default('Partner contributions to the youth justice partnership pooled budget'),
  partners: z.array(
    z.strictObject({
      partner: nonEmptyText,
      staffing: poundsOrNotRecorded.default(0),
      payments_in_kind: poundsOrNotRecorded.default(0),
      other_delegated_funds: poundsOrNotRecorded.default(0),
    }),
  ),
  stated_total: pounds.optional().meta({ description: 'The grand total the source prints, if it prints one. yjplan shows its own total of the rows and warns where they differ.' }),
  source: z.string().optional(),
});
export type PartnerContributions = z.infer<typeof partnerContributionsSchema>;
