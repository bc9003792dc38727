import { escapeHtml } from '../markdown/glossaryTerms.ts';
import type { Shortcode } from './ShortcodeContext.ts';

/** {% latest "INDICATOR-ID" %}: the service's most recent figure for an indicator, e.g. "139". */
export const latestShortcode: Shortcode = {
  block: false,
  usage: '{% latest "INDICATOR-ID" %}',
  render([id], context) {
    const entry = context.lookup(id, ['indicators']);
    if (entry?.kind !== 'indicators') return '';
    if (!entry.figures.latest) {
      context.report({ code: 'no-latest-value', message: `${entry.file} has no figure for the service (a series with comparator: yjs).`, fix: 'Add the service\'s own series with comparator: yjs.' });
      return '';
    }
    return escapeHtml(entry.figures.latest.formatted);
  },
};
