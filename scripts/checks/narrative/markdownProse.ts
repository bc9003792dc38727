import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { isInternalFence } from '../../schemas/internalFence.ts';

/** A piece of published text and the body line it starts on (1-based). */
export interface ProsePiece {
  text: string;
  line: number;
}

/** A hand-typed Markdown table: its headings and, for each row, its cells and line. */
export interface ProseTable {
  headings: string[];
  rows: { line: number; cells: string[] }[];
}

const parser = new MarkdownIt({ html: false, typographer: false });

/**
 * Everything in a chapter a reader sees as text: paragraphs, headings, list
 * items, table cells, image alt text and code blocks, in plain words (no
 * Markdown marks, so "**3** children" reads "3 children"). Shortcodes are
 * blanked out, since the build writes and protects what they show; internal
 * blocks are left out, since the public never sees them.
 */
export function proseOf(body: string): { pieces: ProsePiece[]; tables: ProseTable[] } {
  const blanked = body.replace(/\{%[\s\S]*?%\}/g, (code) => code.replace(/[^\n]/g, ' '));
  const tokens = parser.parse(blanked, {});
  const pieces: ProsePiece[] = [];
  const tables: ProseTable[] = [];
  let table: ProseTable | undefined;
  let rowLine = 0;
  let inHead = false;
  for (const token of tokens) {
    const line = (token.map?.[0] ?? 0) + 1;
    switch (token.type) {
      case 'table_open':
        table = { headings: [], rows: [] };
        tables.push(table);
        break;
      case 'table_close':
        table = undefined;
        break;
      case 'thead_open':
        inHead = true;
        break;
      case 'thead_close':
        inHead = false;
        break;
      case 'tr_open':
        rowLine = line;
        if (table && !inHead) table.rows.push({ line, cells: [] });
        break;
      case 'fence':
      case 'code_block':
        if (token.type === 'fence' && isInternalFence(token.info)) break;
        token.content.split('\n').forEach((text, k) => pieces.push({ text, line: line + (token.type === 'fence' ? 1 : 0) + k }));
        break;
      case 'inline': {
        const text = plainText(token.children ?? []);
        if (table) {
          if (inHead) table.headings.push(text);
          else table.rows.at(-1)?.cells.push(text);
          pieces.push({ text, line: rowLine });
        } else {
          pieces.push({ text, line });
        }
        break;
      }
    }
  }
  return { pieces, tables };
}

/** An inline token's text as read: marks dropped, line breaks kept (so a match's line can be found), an image as its alt text. */
function plainText(children: Token[]): string {
  return children
    .map((child) => {
      if (child.type === 'text' || child.type === 'code_inline') return child.content;
      if (child.type === 'softbreak' || child.type === 'hardbreak') return '\n';
      if (child.type === 'image') return plainText(child.children ?? []);
      return '';
    })
    .join('');
}
