import { formatCount } from '../filters/formatCount.ts';
import { escapeHtml } from '../markdown/glossaryTerms.ts';
import type { Shortcode } from './ShortcodeContext.ts';

/** {% count "BREAKDOWN-ID" "Row label" %}: a row's count in a sentence, suppressed like the table. */
export const countShortcode: Shortcode = {
  block: false,
  usage: '{% count "BREAKDOWN-ID" "Row label" %} or {% count "BREAKDOWN-ID" %} for the total',
  render([id, label], context) {
    const entry = context.lookup(id, ['breakdowns']);
    if (entry?.kind !== 'breakdowns') return '';
    const symbol = context.figures.disclosure.symbol;
    // Escaped: a hidden count reads "<5", which is not markup.
    if (label === undefined) {
      if (entry.figures.overlapping && !entry.figures.hasShares) {
        context.report({
          code: 'no-total',
          message: `${entry.file} counts a child in more than one row, so its rows have no total.`,
          fix: 'Name a row, e.g. {% count "ID" "Row label" %}, or give the table a group_size: (how many children the rows are counted from).',
        });
        return '';
      }
      return escapeHtml(formatCount(entry.figures.grandTotal, symbol));
    }
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
    return escapeHtml(formatCount(row.total, symbol));
  },
};
