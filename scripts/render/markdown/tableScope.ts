import type MarkdownIt from 'markdown-it';

/** Markdown tables get scope="col" on their header cells, as screen readers expect. */
export function tableScopePlugin(md: MarkdownIt): void {
  md.core.ruler.push('yjplan_table_scope', (state) => {
    for (const token of state.tokens) if (token.type === 'th_open') token.attrSet('scope', 'col');
  });
}
