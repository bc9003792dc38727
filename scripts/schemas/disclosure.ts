import { z } from 'zod';
import { nonEmptyText } from './common.ts';

/**
 * Counts from 1 to 4 are hidden unless plan.yaml says otherwise: the common
 * convention for statistics about children in the UK. The one place this
 * default lives; the schema, validation and `yjplan new` all read it.
 */
export const defaultThreshold = 4;

/**
 * What a table or indicator counts. Children (the default) and other people
 * are always protected in public outputs; staff by the plan's staff policy;
 * offences, outcomes and other events are published in full unless the
 * author marks a table as identifying.
 */
export const countedThings = ['children', 'people', 'staff', 'offences', 'outcomes', 'events'] as const;
export type CountedThing = (typeof countedThings)[number];

export const countingField = z.enum(countedThings).meta({
  description:
    'What the numbers count: children (the default; always protected), people (victims, parents and other people: always protected), ' +
    'staff (protected by disclosure.protect_staff in plan.yaml), or offences, outcomes or events (shown in full unless identifying: true).',
});

export const identifyingField = z.boolean().meta({
  description: 'true when small numbers here could identify someone (e.g. a rare offence in a small area, or staff by disability): they are then hidden like counts of children.',
});

/** Which counts of staff are hidden when small. Known disability is health data, special category data under UK GDPR. */
export const staffPolicies = ['disability', 'all', 'none'] as const;

export const disclosureSchema = z
  .strictObject({
    threshold: z.number().int().min(0).max(10).default(defaultThreshold).meta({
      description: `Counts from 1 up to this number are hidden in public outputs. Below ${defaultThreshold}, give a reason:.`,
    }),
    reason: nonEmptyText.optional().meta({
      description: `Why this plan hides fewer small numbers than the usual 1 to ${defaultThreshold}, and who agreed it (e.g. the information governance officer). Needed when threshold is below ${defaultThreshold}.`,
    }),
    symbol: z
      .string()
      .trim()
      .min(1)
      .optional()
      .meta({ description: 'What a hidden small count shows, e.g. [c]. By default it follows the threshold: <5 for 4, <4 for 3.' }),
    protect_staff: z.enum(staffPolicies).default('disability').meta({
      description: 'Which counts of staff are hidden when small: disability (the default: known disability, which is special category data), all, or none.',
    }),
    not_counts: z.array(nonEmptyText).default([]).meta({
      description: 'Phrases in the text that look like small counts of people but are not, exactly as the check quotes them, e.g. "Year 3 pupils".',
    }),
  })
  .superRefine((disclosure, context) => {
    const problem = symbolProblem(disclosure.symbol, disclosure.threshold);
    if (problem) context.addIssue({ code: 'custom', path: ['symbol'], message: problem });
  });

export type DisclosureSettings = z.infer<typeof disclosureSchema>;

/**
 * A symbol must be true of every number it stands for: "<3" for a hidden 4
 * would print a false figure. [x] and [z] already mean "not available" and
 * "not applicable", and a bare number would read as the count itself.
 */
function symbolProblem(symbol: string | undefined, threshold: number): string | undefined {
  if (symbol === undefined) return undefined;
  // At threshold 1 every small number is 1: a mark of its own ("<2", "*") would say so, and the note
  // beside the table does ("<2 means the number 1"). Only [c], shared with numbers hidden to protect one, hides it.
  if (threshold === 1 && symbol !== '[c]') return '[c] at threshold 1 (or no symbol: [c] is the default there), since a hidden number is then always 1 and a mark of its own would say so';
  const lessThan = /^<\s*(\d+)$/.exec(symbol);
  if (lessThan) {
    return Number(lessThan[1]) > threshold ? undefined : `a symbol true of every hidden number: numbers up to ${threshold} are hidden, so "<${threshold + 1}" or more, or [c]`;
  }
  if (/\d/.test(symbol)) return 'a symbol without digits, such as [c], or "<" and a number above the threshold';
  if (['[x]', '[z]'].includes(symbol.toLowerCase())) return `a symbol other than ${symbol}, which means "${symbol.toLowerCase() === '[x]' ? 'not available' : 'not applicable'}"; use [c] (confidential)`;
  return undefined;
}

/** The symbol a small count shows: the author's, or one that follows the threshold. At threshold 1, "<2" would say the number is 1, so [c]. */
export function smallCountSymbol(disclosure: Pick<DisclosureSettings, 'threshold' | 'symbol'>): string {
  if (disclosure.symbol !== undefined) return disclosure.symbol;
  return disclosure.threshold <= 1 ? '[c]' : `<${disclosure.threshold + 1}`;
}
