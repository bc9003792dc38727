import type MarkdownIt from 'markdown-it';
import { escapeHtml } from './glossaryTerms.ts';

/**
 * Markdown tables look and behave like the engine's own: the data-table
 * style, inside a wrapper that scrolls sideways on a narrow screen instead
 * of making the whole page scroll (WCAG 1.4.10). The wrapper can take
 * keyboard focus, so it can be scrolled without a mouse, and is named after
 * the table's column headings, as a Markdown table has no caption.
 */
export function tableWrapPlugin(md: MarkdownIt): void {
  md.core.ruler.push('yjplan_table_wrap', (state) => {
    const tokens = state.tokens;
    for (let index = tokens.length - 1; index >= 0; index--) {
      const open = tokens[index]!;
      if (open.type !== 'table_open') continue;
      const close = tokens.findIndex((t, i) => i > index && t.type === 'table_close');
      if (close === -1) continue;
      const headings: string[] = [];
      for (let i = index; i < close && tokens[i]!.type !== 'thead_close'; i++) {
        if (tokens[i]!.type === 'th_open') headings.push((tokens[i + 1]?.content ?? '').trim());
      }
      open.attrJoin('class', 'data-table');
      const before = new state.Token('html_block', '', 0);
      before.content = `<div class="table-wrap" role="region" aria-label="${escapeHtml(`Table: ${headings.filter(Boolean).join(', ') || 'untitled'}`)}" tabindex="0">\n`;
      const after = new state.Token('html_block', '', 0);
      after.content = '</div>\n';
      tokens.splice(close + 1, 0, after);
      tokens.splice(index, 0, before);
    }
  });
}
