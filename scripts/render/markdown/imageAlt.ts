import type MarkdownIt from 'markdown-it';
import { imageTokensWithLines } from './imageTokens.ts';

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
    for (const { image, line } of imageTokensWithLines(state.tokens)) {
      if (!image.content.trim()) env.imagesWithoutAlt.push({ line, src: image.attrGet('src') ?? '' });
    }
  });
}
