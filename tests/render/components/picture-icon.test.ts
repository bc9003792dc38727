import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderComponent } from '../../../scripts/render/components/componentEnvironment.ts';

describe('picture-icon', () => {
  it('draws each picture as an SVG image with a text alternative, kept out of the tab order', () => {
    const alts: Record<string, string> = {
      plan: 'Picture of a document with a tick',
      promise: 'Picture of a heart',
      voice: 'Picture of a speech bubble',
      contact: 'Picture of a telephone',
      change: 'Picture of an arrow going up',
      support: 'Picture of two people',
    };
    for (const [name, alt] of Object.entries(alts)) {
      const $ = load(renderComponent('picture-icon', { name }));
      const svg = $('svg');
      expect(svg, name).toHaveLength(1);
      expect(svg.attr('role'), name).toBe('img');
      expect(svg.attr('aria-label'), name).toBe(alt);
      expect(svg.attr('focusable'), name).toBe('false');
      expect(svg.find('[role], [aria-label], title'), name).toHaveLength(0);
    }
  });

  it('draws nothing for a name it does not know, rather than an unnamed image', () => {
    expect(renderComponent('picture-icon', { name: 'rocket' }).trim()).toBe('');
  });
});
