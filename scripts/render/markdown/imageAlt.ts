import type MarkdownIt from 'markdown-it';

export interface ImageAltEnv {
  /** Images written with nothing in the square brackets, ![](file.png): 1-based line within the Markdown, and the file. */
  imagesWithoutAlt?: { line: number; src: string }[];
}

/**
 * Finds images with no text alternative. Markdown writes one as
 * ![](file.png), which becomes alt="": a screen reader then skips the
 * picture, as if it showed nothing. Every picture in a plan tells
 * something, so the render stage refuses it (WCAG 1.1.1).
 */
export function imageAltPlugin(md: MarkdownIt): void {
  md.core.ruler.push('yjplan_image_alt', (state) => {
    const env = state.env as ImageAltEnv;
    env.imagesWithoutAlt ??= [];
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      let searchFrom = 0;
      for (const child of block.children) {
        if (child.type !== 'image') continue;
        const src = child.attrGet('src') ?? '';
        const at = block.content.indexOf('![', searchFrom);
        if (at !== -1) searchFrom = at + 2;
        if (child.content.trim()) continue;
        const offsetLines = at === -1 ? 0 : block.content.slice(0, at).split('\n').length - 1;
        env.imagesWithoutAlt.push({ line: (block.map?.[0] ?? 0) + 1 + offsetLines, src });
      }
    }
  });
}
