import type { ChartPreset } from '../../schemas/chart.ts';
import type { ChartData } from './chartData.ts';
import { fillFor, seriesStyle, type SeriesStyle } from './chartPalette.ts';
import { spreadLabels } from './spreadLabels.ts';
import { maxLines, wrapLabel, wrappedLabelExpression } from './wrapLabel.ts';

/** A Vega-Lite specification, kept loose: it goes straight to vega-lite's compiler. */
export type VegaLiteSpec = Record<string, unknown>;

export interface ChartSpecInput {
  preset: ChartPreset;
  data: ChartData;
  /** Title of the value axis when the preset gives none, e.g. the indicator's measure. */
  measure: string;
  primary: string;
  /** Prefix for the SVG pattern ids, unique on the page. */
  patternPrefix: string;
  /** The whole drawing's width, in the units its text is sized in (13 px text). */
  width: number;
}

export interface ChartSpec {
  spec: VegaLiteSpec;
  /** Series drawn with a hatch, whose <pattern> the SVG must carry. */
  patterns: { id: string; style: SeriesStyle }[];
}

/** A chart is drawn this wide for screens and print, and scales to its container. */
export const wideChartWidth = 600;
/** A second drawing for phones, so its text is not shrunk to a third of its size. */
export const narrowChartWidth = 360;
const fontFamily = '"Atkinson Hyperlegible", Arial, sans-serif';
const textColour = '#0b0c0c';
// Vega measures text without a canvas at 0.8em a character, far wider than
// the real font, so yjplan lays out the margins itself (autosize: none) from
// Atkinson Hyperlegible's real average width at 13px.
const approximateCharWidth = 7.4;
const textWidth = (text: string) => Math.ceil(text.length * approximateCharWidth);
const fixedLayout = { type: 'none' };
const lineHeight = 16;

/** Axis settings for categories along the bottom: labels wrap to fit their band instead of overlapping. */
function bottomCategoryAxis(categories: string[], plotWidth: number): { axis: object; extraHeight: number } {
  const charsPerBand = Math.max(6, Math.floor((plotWidth / categories.length - 6) / approximateCharWidth));
  const labelExpr = wrappedLabelExpression(categories, charsPerBand);
  const lines = maxLines(categories, charsPerBand);
  // Where even wrapped labels collide (a narrow drawing, many periods), every other one is left out; the table has them all.
  return { axis: { labelAngle: 0, labelLimit: 0, labelOverlap: 'parity', ...(labelExpr ? { labelExpr, labelLineHeight: lineHeight } : {}) }, extraHeight: (lines - 1) * lineHeight };
}

/** Fonts, sizes and colours shared by every chart, so they match the page around them. */
export const baseConfig = {
  font: fontFamily,
  background: '#ffffff',
  // The figure around the SVG is the accessible image; Vega's own ARIA would be read as noise inside it.
  aria: false,
  view: { stroke: null },
  axis: { labelFontSize: 13, titleFontSize: 13, labelColor: textColour, titleColor: textColour, domainColor: '#505a5f', tickColor: '#505a5f', gridColor: '#dfe1e3', titleFontWeight: 700 },
  legend: { labelFontSize: 13, titleFontSize: 13, labelColor: textColour, titleColor: textColour, symbolSize: 220, labelLimit: 320 },
  text: { fontSize: 13, color: textColour },
};

/**
 * Turns a service manager's chart preset into a Vega-Lite spec:
 *   line         periods along the bottom, one line per area, labelled at its end
 *   bar          grouped columns for indicators; horizontal bars for a breakdown
 *   stacked-bar  horizontal bars split by column, for a breakdown with several columns
 *   vega_lite    the author's own spec, with this file's data filled in
 */
export function compileChartSpec(input: ChartSpecInput): ChartSpec {
  const { preset, data } = input;
  const styles = data.series.map((_, i) => seriesStyle(i, input.primary));
  const patterns = styles.flatMap((style, i) => (style.hatch === 'solid' ? [] : [{ id: `${input.patternPrefix}-${i}`, style }]));
  const fills = styles.map((style, i) => fillFor(`${input.patternPrefix}-${i}`, style));
  const valueTitle = preset.y_title ?? input.measure;

  if (preset.vega_lite) {
    const own = preset.vega_lite;
    const config = { ...baseConfig, ...((own.config as object | undefined) ?? {}) };
    return { spec: { width: input.width - 80, ...own, data: { values: data.data }, config }, patterns };
  }
  if (preset.type === 'line') return { spec: lineSpec(data, styles, valueTitle, input.width), patterns: [] };
  if (preset.type === 'stacked-bar' || (preset.type === 'bar' && isBreakdownLike(data))) {
    return { spec: horizontalBarSpec(data, fills, valueTitle, preset.type === 'stacked-bar', input.width), patterns: preset.type === 'stacked-bar' || data.series.length > 1 ? patterns : [] };
  }
  return { spec: groupedColumnSpec(data, fills, valueTitle, input.width), patterns };
}

/** Breakdowns are categories by row; indicators are periods by area. */
function isBreakdownLike(data: ChartData): boolean {
  return data.table.rowHeader !== 'Area';
}

function niceMaximum(values: number[]): number {
  const max = Math.max(0, ...values);
  if (max === 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil((max * 1.08) / (step / 2)) * (step / 2);
}

function lineSpec(data: ChartData, styles: SeriesStyle[], valueTitle: string, totalWidth: number): VegaLiteSpec {
  const height = 260;
  const plotted = data.data.filter((d) => d.value !== null);
  const maximum = niceMaximum(plotted.map((d) => d.value!));
  // Each line is named at its last point; names that would collide are spread apart.
  const ends = data.series.flatMap((series) => {
    const last = plotted.filter((d) => d.series === series).at(-1);
    return last ? [{ series, category: last.category, value: last.value! }] : [];
  });
  const toPixels = (value: number) => height * (1 - value / maximum);
  // A hidden count leaves a gap in its line; its symbol ("<5"), in the line's colour, sits low in the gap, stacked when several share a period.
  const hidden = data.data
    .filter((d) => d.hidden)
    .map((d, _, all) => ({ ...d, foot: maximum * (0.04 + 0.08 * all.filter((o) => o.category === d.category && data.series.indexOf(o.series) < data.series.indexOf(d.series)).length) }));
  const placed = spreadLabels(ends.map((e) => toPixels(e.value)), 17, 0, height);
  const labels = ends.map((end, i) => ({ ...end, labelValue: maximum * (1 - placed[i]! / height) }));
  const left = valueAxisWidth(maximum);
  const right = Math.max(...data.series.map(textWidth)) + 20;
  const bottom = bottomCategoryAxis(data.categories, totalWidth - left - right);

  const x = { field: 'category', type: 'ordinal', sort: data.categories, title: null, axis: bottom.axis, scale: { padding: 0.3 } };
  const y = { field: 'value', type: 'quantitative', title: null, scale: { domain: [0, maximum], nice: false }, axis: { tickCount: 5, labelLimit: 0 } };
  const series = { field: 'series', type: 'nominal', sort: data.series, legend: null };
  const colour = { ...series, scale: { domain: data.series, range: styles.map((s) => s.colour) } };
  return {
    autosize: fixedLayout,
    width: totalWidth - left - right,
    height,
    padding: { left, top: 10, bottom: 30 + bottom.extraHeight, right },
    data: { values: data.data },
    config: baseConfig,
    description: valueTitle,
    layer: [
      {
        mark: { type: 'line', interpolate: 'linear' },
        encoding: {
          x,
          y,
          color: colour,
          strokeDash: { ...series, scale: { domain: data.series, range: styles.map((s) => s.dash) } },
          strokeWidth: { ...series, scale: { domain: data.series, range: data.series.map((_, i) => (i === 0 ? 3.5 : 2)) } },
        },
      },
      {
        mark: { type: 'point', filled: true, size: 70, opacity: 1 },
        encoding: { x, y, color: colour, shape: { ...series, scale: { domain: data.series, range: styles.map((s) => s.shape) } } },
      },
      {
        data: { values: labels },
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 12, fontWeight: 700, clip: false },
        encoding: { x, y: { ...y, field: 'labelValue' }, text: { field: 'series' }, color: colour },
      },
      ...(hidden.length
        ? [{ data: { values: hidden }, mark: { type: 'text', baseline: 'bottom', fontSize: 11 }, encoding: { x, y: { ...y, field: 'foot' }, text: { field: 'text' }, color: colour } }]
        : []),
    ],
  };
}

/** Room for the value axis's tick labels, e.g. "1,250". */
function valueAxisWidth(maximum: number): number {
  return textWidth(maximum.toLocaleString('en-GB')) + 16;
}

function groupedColumnSpec(data: ChartData, fills: string[], valueTitle: string, totalWidth: number): VegaLiteSpec {
  const plotted = data.data.filter((d) => d.value !== null);
  // A hidden count has no bar; its symbol ("<5") stands at the foot of where the bar would be, so the gap is not read as no data.
  const hidden = data.data.filter((d) => d.hidden).map((d) => ({ ...d, foot: 0 }));
  const maximum = niceMaximum(plotted.map((d) => d.value!));
  const left = valueAxisWidth(maximum);
  const legendRows = Math.ceil(data.series.length / 2);
  const bottom = bottomCategoryAxis(data.categories, totalWidth - left - 10);
  const x = { field: 'category', type: 'nominal', sort: data.categories, title: null, axis: bottom.axis };
  const xOffset = { field: 'series', type: 'nominal', sort: data.series, scale: { domain: data.series } };
  const y = { field: 'value', type: 'quantitative', title: null, scale: { domain: [0, maximum], nice: false }, axis: { labelLimit: 0 } };
  const bars = {
    data: { values: plotted },
    mark: { type: 'bar', stroke: '#ffffff', strokeWidth: 1 },
    encoding: {
      x,
      xOffset,
      y,
      fill: {
        field: 'series',
        type: 'nominal',
        sort: data.series,
        scale: { domain: data.series, range: fills },
        legend: { orient: 'none', legendX: -left + 8, legendY: 240 + 34 + bottom.extraHeight, direction: 'horizontal', columns: 2, columnPadding: 24, title: null },
      },
    },
  };
  const marks = { data: { values: hidden }, mark: { type: 'text', baseline: 'bottom', dy: -3, fontSize: 11 }, encoding: { x, xOffset, y: { ...y, field: 'foot' }, text: { field: 'text' } } };
  return {
    autosize: fixedLayout,
    width: totalWidth - left - 10,
    height: 240,
    padding: { left, top: 10, right: 10, bottom: 36 + bottom.extraHeight + legendRows * 24 },
    config: baseConfig,
    description: valueTitle,
    layer: hidden.length ? [bars, marks] : [bars],
  };
}

function horizontalBarSpec(data: ChartData, fills: string[], valueTitle: string, stacked: boolean, totalWidth: number): VegaLiteSpec {
  const plotted = data.data.filter((d) => d.value !== null);
  const multi = data.series.length > 1;
  // Category names longer than about a third of the width wrap onto more lines.
  const labelChars = Math.round(totalWidth / 20);
  const rowHeight = Math.max(multi && !stacked ? 18 * data.series.length + 10 : 30, maxLines(data.categories, labelChars) * lineHeight + 10);
  const totals = data.categories.map((category) => {
    const cells = data.data.filter((d) => d.category === category);
    const shown = cells.filter((d) => d.value !== null);
    // A total is printed only when every part of it is shown, so no hidden cell can be worked out.
    const complete = shown.length === cells.length;
    const value = shown.reduce((sum, d) => sum + d.value!, 0);
    return { category, end: value, text: complete ? value.toLocaleString('en-GB') : cells.length === 1 ? cells[0]!.text : '' };
  });
  const maximum = niceMaximum(stacked || !multi ? totals.map((t) => t.end) : plotted.map((d) => d.value!));
  const left = Math.max(...data.categories.flatMap((c) => wrapLabel(c, labelChars)).map(textWidth)) + 14;
  const labelExpr = wrappedLabelExpression(data.categories, labelChars);
  const right = textWidth(maximum.toLocaleString('en-GB')) + 20;
  const top = multi ? 40 : 10;
  const height = data.categories.length * rowHeight;
  const y = { field: 'category', type: 'nominal', sort: data.categories, title: null, axis: { labelLimit: 0, ...(labelExpr ? { labelExpr, labelLineHeight: lineHeight } : {}) } };
  const x = { type: 'quantitative', title: valueTitle, scale: { domain: [0, maximum], nice: false }, axis: { labelLimit: 0, tickCount: 6 } };
  const layers: { data: object; mark: object; encoding: Record<string, unknown>; transform?: object[] }[] = [
    {
      data: { values: plotted },
      mark: { type: 'bar', stroke: '#ffffff', strokeWidth: 1, height: { band: 0.72 } },
      encoding: {
        y,
        x: { ...x, field: 'value', stack: stacked ? 'zero' : null },
        yOffset: multi && !stacked ? { field: 'series', type: 'nominal', sort: data.series } : undefined,
        fill: multi
          ? { field: 'series', type: 'nominal', sort: data.series, scale: { domain: data.series, range: fills }, legend: { orient: 'none', legendX: -left + 8, legendY: -34, direction: 'horizontal', columnPadding: 24, title: null } }
          : { value: fills[0] },
        order: stacked ? { field: 'seriesOrder' } : undefined,
      },
      transform: [{ calculate: `indexof(${JSON.stringify(data.series)}, datum.series)`, as: 'seriesOrder' }],
    },
  ];
  if (!multi || stacked) {
    layers.push({
      data: { values: totals },
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 5 },
      encoding: { y, x: { ...x, field: 'end' }, text: { field: 'text' } },
    });
  }
  return {
    autosize: fixedLayout,
    width: totalWidth - left - right,
    height,
    padding: { left, top, right, bottom: 44 },
    config: baseConfig,
    layer: layers.map(dropUndefinedEncodings),
  };
}

function dropUndefinedEncodings<T extends { encoding: Record<string, unknown> }>(layer: T): T {
  return { ...layer, encoding: Object.fromEntries(Object.entries(layer.encoding).filter(([, v]) => v !== undefined)) };
}
