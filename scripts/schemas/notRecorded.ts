import { z } from 'zod';

/**
 * What an author writes where the source does not say (a tracker row with no
 * lead, no date or no status). One spelling for every data kind, so "unknown"
 * is never typed as 0 or "not started".
 */
export const notRecorded = 'not recorded';
export type NotRecorded = typeof notRecorded;

export const notRecordedDescription = `Write "${notRecorded}" where the source does not give this.`;

/** Text that is required unless the author writes "not recorded". */
export const textOrNotRecorded = z
  .string({ error: `some text, or "${notRecorded}"` })
  .trim()
  .min(1, { error: `some text, or "${notRecorded}" where the source does not say` })
  .meta({ description: notRecordedDescription });
