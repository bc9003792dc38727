import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../../scripts/render/markdown/createMarkdown.ts';

const markdown = createMarkdown();
const render = (text: string, audience: 'public' | 'internal') => markdown.render(text, { audience, headings: [], glossary: [] });

describe('internal blocks', () => {
  const fences = ['```internal', '```Internal', '```INTERNAL', '```internal notes', '```  Internal Notes for the board', '~~~internal'];

  it('leaves a block whose fence name starts with "internal", in any case, out of public outputs', () => {
    for (const fence of fences) {
      const close = fence.slice(0, 3);
      const html = render(`Before.\n\n${fence}\nOfficer X is leaving in June.\n${close}\n\nAfter.\n`, 'public');
      expect(html, fence).not.toContain('Officer X');
      expect(html, fence).not.toContain('<code');
      expect(html, fence).toContain('After.');
    }
  });

  it('shows each of them to the board, in a labelled box', () => {
    for (const fence of fences) {
      const html = render(`${fence}\nOfficer X is leaving in June.\n${fence.slice(0, 3)}\n`, 'internal');
      expect(html, fence).toContain('<aside class="internal-note" aria-label="Internal note">');
      expect(html, fence).toContain('Officer X is leaving in June.');
    }
  });

  it('publishes any other fence as a code block', () => {
    expect(render('```text\nA published example.\n```\n', 'public')).toContain('A published example.');
  });
});
