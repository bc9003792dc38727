import type MarkdownIt from 'markdown-it';
import { isInternalFence } from '../../schemas/internalFence.ts';

export interface AudienceEnv {
  audience?: 'public' | 'internal';
}

/**
 * Fenced blocks marked `internal` (in any case; see isInternalFence) hold working notes for the board
 * ("DUPLICATION WITH 3.1", officers' names). Public outputs leave them out
 * entirely; the internal build shows them in a labelled box.
 *
 *     ```internal
 *     Check these figures with the police analyst before June.
 *     ```
 */
export function internalBlocksPlugin(md: MarkdownIt): void {
  const fallback = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, index, options, env: AudienceEnv, self) => {
    const token = tokens[index]!;
    if (!isInternalFence(token.info)) return fallback ? fallback(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
    if (env.audience !== 'internal') return '';
    const inner = md.render(token.content, { ...env, headings: [], glossary: [] });
    return `<aside class="internal-note" aria-label="Internal note"><p class="internal-note__label"><strong>Internal note: not for publication</strong></p>\n${inner}</aside>\n`;
  };
}
