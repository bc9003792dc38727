import type Token from 'markdown-it/lib/token.mjs';

/**
 * Every image in a parsed page with the 1-based line it is written on.
 * markdown-it gives a line only to whole blocks, so an image's line is
 * found by counting the line breaks before its ![ in the block.
 */
export function imageTokensWithLines(tokens: Token[]): { image: Token; line: number }[] {
  const images: { image: Token; line: number }[] = [];
  for (const block of tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    let searchFrom = 0;
    for (const child of block.children) {
      if (child.type !== 'image') continue;
      const at = block.content.indexOf('![', searchFrom);
      if (at !== -1) searchFrom = at + 2;
      images.push({ image: child, line: (block.map?.[0] ?? 0) + 1 + (at === -1 ? 0 : block.content.slice(0, at).split('\n').length - 1) });
    }
  }
  return images;
}
