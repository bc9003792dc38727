import { z } from 'zod';
import { isoDate, nonEmptyText } from './common.ts';

export const hmipRatings = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'] as const;

export const inspectionSchema = z.strictObject({
  title: nonEmptyText.default('Inspection ratings'),
  inspector: nonEmptyText.default('HM Inspectorate of Probation'),
  published: isoDate,
  overall: z.enum(hmipRatings),
  domains: z
    .array(
      z.strictObject({
        name: nonEmptyText,
        standards: z.array(z.strictObject({ ref: z.union([z.string(), z.number()]).transform(String), name: nonEmptyText, rating: z.enum(hmipRatings) })).min(1),
      }),
    )
    .min(1),
  recommendations: z
    .array(
      z.strictObject({
        id: nonEmptyText,
        text: nonEmptyText,
        actions: z.array(z.string()).default([]).meta({ description: 'Actions that answer it, as "action-plan-id#ref", e.g. "service-improvement#2.1".' }),
      }),
    )
    .default([]),
});
export type Inspection = z.infer<typeof inspectionSchema>;
