import { formatCount } from '../filters/formatCount.ts';
import type { Shortcode } from './ShortcodeContext.ts';

/** {% count "BREAKDOWN-ID" "Row label" %}: a row's count in a sentence, suppressed like the table. */
export const countShortcode: Shortcode = {
  block: false,
  usage: '{% count "BREAKDOWN-ID" "Row label" %} or {% count "BREAKDOWN-ID" %} for the total',
  render([id, label], context) {
    const entry = context.lookup(id, ['breakdowns']);
    if (entry?.kind !== 'breakdowns') return '';
    const symbol = context.figures.disclosure.symbol;
    if (label === undefined) return formatCount(entry.figures.grandTotal, symbol);
    const row = entry.figures.rows.find((r) => r.label === label);
    if (!row) {
      context.report({
        code: 'unknown-row',
        message: `There is no row "${label}" in ${entry.file}.`,
        expected: `one of ${entry.figures.rows.map((r) => `"${r.label}"`).join(', ')}`,
        found: `"${label}"`,
        fix: 'Copy the row label exactly as it is written in the data file.',
      });
      return '';
    }
    return formatCount(row.total, symbol);
  },
};
