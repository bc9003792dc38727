import { z } from 'zod';
import { nonEmptyText } from './common.ts';

export const glossarySchema = z.strictObject({
  terms: z.array(
    z.strictObject({
      term: nonEmptyText.meta({ description: 'The term as written in the plan, e.g. "First time entrant" or "YJS".' }),
      expansion: z.string().optional().meta({ description: 'For an abbreviation, what it stands for, e.g. "Youth Justice Service".' }),
      definition: nonEmptyText,
      not_in: z.array(nonEmptyText).default([]).meta({
        description: 'Phrases where the term means something else, and is not linked: "# FTE" (# is any number) keeps "0.5 FTE" (full-time equivalent) from being read as first time entrants.',
      }),
    }),
  ),
});
export type Glossary = z.infer<typeof glossarySchema>;
