import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SuppressionRecord } from '../compute/shownCount.ts';
import { suppressionLogCsv } from '../compute/suppressionReport.ts';

export const suppressionLogName = 'suppression-log.csv';

/** Writes the internal build's suppression log into `dir`; gives its name, for the output swap. */
export async function writeSuppressionLog(dir: string, records: SuppressionRecord[]): Promise<string> {
  await writeFile(path.join(dir, suppressionLogName), suppressionLogCsv(records));
  return suppressionLogName;
}
