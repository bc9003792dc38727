import type { Shortcode } from './ShortcodeContext.ts';
import { renderDataTable } from './tableShortcode.ts';

/** {% actions "ID" %}: an action plan with its status summary computed from the rows. */
export const actionsShortcode: Shortcode = {
  block: true,
  usage: '{% actions "ACTION-PLAN-ID" %}',
  render([id], context) {
    const entry = context.lookup(id, ['actions']);
    return entry ? renderDataTable(entry, context) : '';
  },
};
