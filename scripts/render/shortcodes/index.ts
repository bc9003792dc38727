import { actionsShortcode } from './actionsShortcode.ts';
import { chartShortcode } from './chartShortcode.ts';
import { countShortcode } from './countShortcode.ts';
import { latestShortcode } from './latestShortcode.ts';
import { prioritiesShortcode } from './prioritiesShortcode.ts';
import type { Shortcode } from './ShortcodeContext.ts';
import { structureShortcode } from './structureShortcode.ts';
import { tableShortcode } from './tableShortcode.ts';

/** Every shortcode an author may write in a chapter. */
export const shortcodes: Record<string, Shortcode> = {
  table: tableShortcode,
  chart: chartShortcode,
  actions: actionsShortcode,
  priorities: prioritiesShortcode,
  structure: structureShortcode,
  count: countShortcode,
  latest: latestShortcode,
};
