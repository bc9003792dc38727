import { z } from 'zod';
import { isoDate, nonEmptyText } from './common.ts';
import { defaultInspectionEdition } from './inspectionStandards.ts';

export const hmipRatings = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'] as const;
/** "not rated": the inspectorate gave no rating (4.1 where there were no cases). A standard left out is "not yet known". */
export const standardRatings = [...hmipRatings, 'not rated'] as const;
export type StandardRating = (typeof standardRatings)[number];

export const inspectionSchema = z.strictObject({
  title: nonEmptyText.default('Inspection ratings'),
  inspector: nonEmptyText.default('HM Inspectorate of Probation'),
  standards: z.string().default(defaultInspectionEdition).meta({
    description: 'The edition of the standards the inspection used: hmip-youth-2021 (13 standards), hmip-youth-2018 (3.4 Joint working) or hmip-youth-2025 (with the victims standard V1.1 and V1.2).',
  }),
  published: isoDate,
  overall: z.enum(hmipRatings, { error: `one of ${hmipRatings.join(', ')}` }),
  ratings: z
    .record(z.string(), z.enum(standardRatings, { error: `one of ${standardRatings.join(', ')}` }))
    .meta({ description: 'The rating of each standard by its ref, e.g. "1.1": Good. A standard left out shows as "Not yet known", so a partial grid never reads as complete.' }),
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
