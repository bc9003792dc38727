/**
 * How each series of a chart is told apart. Colour is never the only cue:
 * lines also differ by dash and point shape, bars by a hatch pattern, and
 * lines carry direct labels. Every colour has at least 3:1 contrast with
 * white (WCAG 2.2, 1.4.11) and the set stays distinct under the common
 * colour-vision deficiencies (a darkened Okabe–Ito / Tol selection).
 */
export interface SeriesStyle {
  colour: string;
  /** SVG stroke-dasharray for lines; empty for solid. */
  dash: number[];
  /** Vega point shape. */
  shape: 'circle' | 'square' | 'triangle-up' | 'diamond' | 'cross' | 'triangle-down';
  /** Hatch drawn over the colour in bars, so fills differ without colour. */
  hatch: 'solid' | 'diagonal' | 'dots' | 'crosshatch' | 'horizontal' | 'vertical';
}

/** After the first series, which takes the plan's primary colour. */
const comparatorColours = ['#C65102', '#007A5E', '#AA3377', '#4D4D4D', '#5E3C99'];
const dashes = [[], [7, 4], [2, 3], [9, 3, 2, 3], [12, 4], [4, 2]];
const shapes: SeriesStyle['shape'][] = ['circle', 'square', 'triangle-up', 'diamond', 'cross', 'triangle-down'];
const hatches: SeriesStyle['hatch'][] = ['solid', 'diagonal', 'dots', 'crosshatch', 'horizontal', 'vertical'];

/** Style of the series at `index`; index 0 is the service's own series. */
export function seriesStyle(index: number, primary: string): SeriesStyle {
  const colour = index === 0 ? primary : comparatorColours[(index - 1) % comparatorColours.length]!;
  return { colour, dash: dashes[index % dashes.length]!, shape: shapes[index % shapes.length]!, hatch: hatches[index % hatches.length]! };
}

/** The SVG <pattern> for a hatched fill; solid fills need none. */
export function hatchPattern(id: string, style: SeriesStyle): string {
  const tile = (marks: string, rotate = 0) =>
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="8" height="8"${rotate ? ` patternTransform="rotate(${rotate})"` : ''}><rect width="8" height="8" fill="${style.colour}"/>${marks}</pattern>`;
  switch (style.hatch) {
    case 'solid':
      return '';
    case 'diagonal':
      return tile('<line x1="0" y1="0" x2="0" y2="8" stroke="#fff" stroke-width="2.5"/>', 45);
    case 'dots':
      return tile('<circle cx="4" cy="4" r="1.8" fill="#fff"/>');
    case 'crosshatch':
      return tile('<path d="M0 4H8M4 0V8" stroke="#fff" stroke-width="1.6"/>', 45);
    case 'horizontal':
      return tile('<line x1="0" y1="4" x2="8" y2="4" stroke="#fff" stroke-width="2.5"/>');
    case 'vertical':
      return tile('<line x1="4" y1="0" x2="4" y2="8" stroke="#fff" stroke-width="2.5"/>');
  }
}

/** What a bar fill is written as in the Vega spec: a colour, or a reference to its pattern. */
export function fillFor(patternId: string, style: SeriesStyle): string {
  return style.hatch === 'solid' ? style.colour : `url(#${patternId})`;
}
