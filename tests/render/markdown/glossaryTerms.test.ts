import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { glossaryTermsPlugin, type GlossaryEntry } from '../../../scripts/render/markdown/glossaryTerms.ts';

const fte: GlossaryEntry = { term: 'FTE', expansion: 'First time entrants', definition: 'Children who receive their first caution or conviction.', notIn: ['# FTE'] };

function render(markdown: string, glossary: GlossaryEntry[]): string {
  return new MarkdownIt().use(glossaryTermsPlugin).render(markdown, { glossary, glossaryHref: 'glossary.html' });
}

describe('glossary terms in context', () => {
  it('does not read "0.5 FTE" (full-time equivalent) as first time entrants, and marks the first real use', () => {
    const html = render('Our nurse works 0.5 FTE and the worker 1 FTE. FTE fell by a tenth this year.', [fte]);
    expect(html).toContain('works 0.5 FTE and the worker 1 FTE. <a class="glossary-term" href="glossary.html#term-fte"><abbr title="First time entrants">FTE</abbr></a> fell');
    expect(html.match(/glossary-term/g)).toHaveLength(1);
  });

  it('marks the term as before when it has no phrases to skip', () => {
    const html = render('The nurse is 0.5 FTE.', [{ ...fte, notIn: [] }]);
    expect(html).toContain('0.5 <a class="glossary-term"');
  });
});
