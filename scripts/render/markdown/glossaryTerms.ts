import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { slugify } from '../filters/slugify.ts';

export interface GlossaryEntry {
  term: string;
  expansion: string | undefined;
  definition: string;
  /** Phrases where the term means something else ("# FTE": # is any number); a use inside one is not marked. */
  notIn?: string[];
}

export interface GlossaryEnv {
  glossary?: GlossaryEntry[];
  /** Relative URL of the glossary page from the page being rendered. */
  glossaryHref?: string;
  /** Terms already marked on this page; only the first use is marked. */
  glossaryMarked?: Set<string>;
}

/**
 * Marks the first use of each glossary term on a page: an abbreviation gets
 * <abbr title="expansion">, and every term links to its glossary entry. Text
 * inside headings and existing links is left alone.
 */
export function glossaryTermsPlugin(md: MarkdownIt): void {
  md.core.ruler.push('yjplan_glossary_terms', (state) => {
    const env = state.env as GlossaryEnv;
    if (!env.glossary?.length || !env.glossaryHref) return;
    env.glossaryMarked ??= new Set();
    const entries = [...env.glossary].sort((a, b) => b.term.length - a.term.length);
    const pattern = new RegExp(`(?<![\\w-])(${entries.map((e) => escapeRegExp(e.term)).join('|')})(?![\\w-])`, 'gi');
    let inHeading = false;
    for (const block of state.tokens) {
      if (block.type === 'heading_open') inHeading = true;
      if (block.type === 'heading_close') inHeading = false;
      if (block.type !== 'inline' || inHeading || !block.children) continue;
      const children: Token[] = [];
      let linkDepth = 0;
      for (const child of block.children) {
        if (child.type === 'link_open') linkDepth++;
        if (child.type === 'link_close') linkDepth--;
        if (child.type !== 'text' || linkDepth > 0) {
          children.push(child);
          continue;
        }
        children.push(...markTerms(child, entries, pattern, env, state.Token));
      }
      block.children = children;
    }
  });
}

function markTerms(text: Token, entries: GlossaryEntry[], pattern: RegExp, env: GlossaryEnv, TokenClass: typeof Token): Token[] {
  const out: Token[] = [];
  let last = 0;
  const content = text.content;
  for (const match of content.matchAll(pattern)) {
    const found = match[0];
    const entry = entries.find((e) =>
      isAbbreviation(e) ? e.term === found : e.term.toLowerCase() === found.toLowerCase(),
    );
    const index = match.index ?? 0;
    if (!entry || env.glossaryMarked!.has(entry.term) || insideExcludedPhrase(content, index, found.length, entry)) continue;
    env.glossaryMarked!.add(entry.term);
    if (index > last) out.push(textToken(content.slice(last, index), TokenClass));
    const html = new TokenClass('html_inline', '', 0);
    const href = `${env.glossaryHref}#term-${slugify(entry.term)}`;
    html.content = isAbbreviation(entry)
      ? `<a class="glossary-term" href="${escapeHtml(href)}"><abbr title="${escapeHtml(entry.expansion!)}">${escapeHtml(found)}</abbr></a>`
      : `<a class="glossary-term" href="${escapeHtml(href)}">${escapeHtml(found)}</a>`;
    out.push(html);
    last = index + found.length;
  }
  if (last === 0) return [text];
  if (last < content.length) out.push(textToken(content.slice(last), TokenClass));
  return out;
}

/** True when the use at `index` sits inside one of the term's not_in phrases, e.g. "0.5 FTE" for "# FTE". */
function insideExcludedPhrase(content: string, index: number, length: number, entry: GlossaryEntry): boolean {
  return (entry.notIn ?? []).some((phrase) => {
    const source = phrase
      .split('#')
      .map((part) => escapeRegExp(part))
      .join('\\d+(?:[.,]\\d+)?');
    for (const match of content.matchAll(new RegExp(source, 'gi'))) {
      const start = match.index ?? 0;
      if (start <= index && index + length <= start + match[0].length) return true;
    }
    return false;
  });
}

function isAbbreviation(entry: GlossaryEntry): boolean {
  return entry.expansion !== undefined;
}

function textToken(content: string, TokenClass: typeof Token): Token {
  const token = new TokenClass('text', '', 0);
  token.content = content;
  return token;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
