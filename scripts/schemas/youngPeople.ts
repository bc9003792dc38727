import { z } from 'zod';
import { nonEmptyText } from './common.ts';

/** Front matter of each file in content/young-people/. */
export const youngPeopleFrontMatterSchema = z.strictObject({
  title: nonEmptyText.meta({ description: 'The section heading, in plain words, e.g. "Our promises to you".' }),
  order: z.number().int().min(0).meta({ description: 'Where the section comes on the page: 1 first.' }),
  icon: z.enum(['plan', 'promise', 'voice', 'contact', 'change', 'support']).optional().meta({ description: 'A picture shown beside the heading.' }),
});
export type YoungPeopleFrontMatter = z.infer<typeof youngPeopleFrontMatterSchema>;

/** Readability rules for the young-person version, set in plan.yaml under young_people:. */
export const youngPeopleSettingsSchema = z
  .strictObject({
    title: nonEmptyText.default('Our plan for you'),
    min_reading_ease: z.number().min(0).max(120).default(60).meta({ description: 'Lowest Flesch reading ease allowed for a passage. 60 is plain English; higher is easier.' }),
    max_sentence_words: z.number().min(5).max(40).default(15).meta({ description: 'Longest average sentence, in words, allowed for a passage.' }),
    strict: z.boolean().default(false).meta({ description: 'When true, readability problems stop the build instead of being warnings.' }),
  })
  .prefault({});
