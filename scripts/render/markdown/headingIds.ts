import type MarkdownIt from 'markdown-it';
import { slugify } from '../filters/slugify.ts';

export interface HeadingEnv {
  /** Prefix for ids, so headings stay unique when chapters share one print document. */
  idPrefix?: string;
  headings?: { level: number; id: string; text: string; line: number }[];
  demotedH1Lines?: number[];
}

/**
 * Gives every heading an id (for the contents and links) and keeps # for the
 * page's own title: a # in a chapter becomes ##, and the line is reported.
 */
export function headingIdsPlugin(md: MarkdownIt): void {
  md.core.ruler.push('yjplan_heading_ids', (state) => {
    const env = state.env as HeadingEnv;
    const used = new Set<string>();
    env.headings ??= [];
    env.demotedH1Lines ??= [];
    state.tokens.forEach((token, index) => {
      if (token.type !== 'heading_open') return;
      if (token.tag === 'h1') {
        env.demotedH1Lines!.push((token.map?.[0] ?? 0) + 1);
        token.tag = 'h2';
        const close = state.tokens.slice(index).find((t) => t.type === 'heading_close');
        if (close) close.tag = 'h2';
      }
      const text = state.tokens[index + 1]?.children?.filter((t) => t.type === 'text' || t.type === 'code_inline').map((t) => t.content).join('') ?? '';
      let id = `${env.idPrefix ?? ''}${slugify(text) || 'section'}`;
      for (let n = 2; used.has(id); n++) id = `${env.idPrefix ?? ''}${slugify(text)}-${n}`;
      used.add(id);
      token.attrSet('id', id);
      env.headings!.push({ level: Number(token.tag.slice(1)), id, text, line: (token.map?.[0] ?? 0) + 1 });
    });
  });
}
