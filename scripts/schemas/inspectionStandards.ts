import { z } from 'zod';
import { nonEmptyText } from './common.ts';

/** One edition of the inspectorate's standards (frameworks/inspection/ID.yaml): what a rating grid must cover. */
export const inspectionEditionSchema = z.strictObject({
  id: z.string(),
  title: nonEmptyText,
  domains: z
    .array(
      z.strictObject({
        name: nonEmptyText,
        standards: z.array(z.strictObject({ ref: z.string(), name: nonEmptyText })).min(1),
      }),
    )
    .min(1),
});
export type InspectionEdition = z.infer<typeof inspectionEditionSchema>;

/** The edition a plan's inspection.yaml uses when it names none. */
export const defaultInspectionEdition = 'hmip-youth-2021';
