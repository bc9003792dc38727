import { hatchPattern, type SeriesStyle } from './chartPalette.ts';

/**
 * Readies Vega's SVG for the page: it scales with its container (viewBox,
 * no fixed size); it is one image, named by the chart's title and described
 * by its summary (the only markup Chromium turns into a tagged PDF Figure
 * with alt text), with Vega's own ARIA removed; it gets unique ids so
 * several charts can share a page (the PDF puts every chapter on one); and
 * it carries the hatch patterns its bars refer to. Inline style attributes
 * are dropped: the pages' Content-Security-Policy would block them anyway.
 */
export function accessibleSvg(svg: string, idPrefix: string, patterns: { id: string; style: SeriesStyle }[], labelPrefix = idPrefix): string {
  const ownIds = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  let markup = svg
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${idPrefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (whole, id: string) => (ownIds.has(id) ? `url(#${idPrefix}-${id})` : whole))
    .replace(/\s(?:role|aria-[a-z]+)="[^"]*"/g, '')
    // Vega writes a style attribute only for a raw spec's blend or cursor; the pages' policy allows no inline style.
    .replace(/\sstyle="[^"]*"/g, '');
  markup = markup.replace(/^<svg([^>]*)>/, (_, attributes: string) => {
    const kept = attributes.replace(/\s(?:width|height|class)="[^"]*"/g, '');
    return `<svg${kept} class="chart__svg" role="img" aria-labelledby="${labelPrefix}-title" aria-describedby="${labelPrefix}-summary" focusable="false">`;
  });
  const definitions = patterns.map((p) => hatchPattern(p.id, p.style)).join('');
  return definitions ? markup.replace(/^(<svg[^>]*>)/, `$1<defs>${definitions}</defs>`) : markup;
}
