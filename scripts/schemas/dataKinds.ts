import type { z } from 'zod';
import { actionPlanSchema } from './actionPlan.ts';
import { boardSchema } from './board.ts';
import { breakdownSchema } from './breakdown.ts';
import { budgetSchema, partnerContributionsSchema } from './budget.ts';
import { glossarySchema } from './glossary.ts';
import { indicatorSchema } from './indicator.ts';
import { inspectionSchema } from './inspection.ts';
import { kpisSchema } from './kpis.ts';
import { staffSchema } from './staff.ts';

/**
 * Where each kind of data lives in a plan folder. A file's place decides its
 * schema, so a service manager never has to declare a type inside the file.
 * Singletons are data/NAME.yaml; collections are data/FOLDER/ID.yaml.
 */
export const singletonDataKinds = {
  glossary: glossarySchema,
  board: boardSchema,
  staff: staffSchema,
  'partner-contributions': partnerContributionsSchema,
  inspection: inspectionSchema,
  kpis: kpisSchema,
} as const;

export const collectionDataKinds = {
  indicators: indicatorSchema,
  breakdowns: breakdownSchema,
  actions: actionPlanSchema,
  budgets: budgetSchema,
} as const;

export type SingletonKind = keyof typeof singletonDataKinds;
export type CollectionKind = keyof typeof collectionDataKinds;
export type DataKind = SingletonKind | CollectionKind;

export type SingletonData = { [K in SingletonKind]: z.infer<(typeof singletonDataKinds)[K]> };
export type CollectionData = { [K in CollectionKind]: z.infer<(typeof collectionDataKinds)[K]> };

/** One data file after validation: its id (shortcodes use it), kind and parsed value. */
export type DataEntry =
  | { [K in SingletonKind]: { id: K; kind: K; file: string; value: SingletonData[K] } }[SingletonKind]
  | { [K in CollectionKind]: { id: string; kind: K; file: string; value: CollectionData[K] } }[CollectionKind];

export function isSingletonKind(name: string): name is SingletonKind {
  return Object.hasOwn(singletonDataKinds, name);
}
export function isCollectionKind(name: string): name is CollectionKind {
  return Object.hasOwn(collectionDataKinds, name);
}
