import * as vegaLite from 'vega-lite';
import type { Problem } from '../../errors/Problem.ts';
import type { ChartPreset } from '../../schemas/chart.ts';
import { accessibleSvg } from './accessibleSvg.ts';
import { chartDataOf, type ChartSource, type ChartTable } from './chartData.ts';
import { compileChartSpec, narrowChartWidth, wideChartWidth } from './compileChartSpec.ts';
import { describeChart } from './describeChart.ts';
import { collectingLogger, vegaToSvg } from './vegaToSvg.ts';
import { vegaToSvgIsolated } from './vegaToSvgIsolated.ts';

export interface RenderedChart {
  id: string;
  title: string;
  summary: string;
  /** What the value axis counts, e.g. "Rate per 100,000 children aged 10 to 17", printed above the chart where it can wrap. */
  measure: string | undefined;
  /** Inline SVG: the image itself, named by the title and described by the summary. */
  svg: string;
  /** The same chart drawn narrower, shown instead on small screens so its text stays readable. */
  svgNarrow: string | undefined;
  table: ChartTable;
  /** True when a hidden small number is left out of the drawing. */
  hasSuppressed: boolean;
  /** True when a period has no figure, shown as [x] in the table. */
  hasMissing: boolean;
  symbol: string;
}

export interface ChartInput {
  id: string;
  /** Data file, for problems, e.g. data/indicators/custody-rate.yaml. */
  file: string;
  preset: ChartPreset;
  theme: { primary: string };
  data: ChartSource;
  symbol: string;
}

export type ChartResult = { chart: RenderedChart; problems: Problem[] } | { chart: undefined; problems: Problem[] };

// The live preview rebuilds on every save; a chart whose input has not changed is not drawn again.
const drawn = new Map<string, ChartResult>();
const cacheLimit = 500;

/** Empties the cache, so the benchmark can time charts drawn from scratch. */
export function forgetDrawnCharts(): void {
  drawn.clear();
}

/**
 * Draws one chart to SVG at build time, so pages carry no chart JavaScript:
 *   1. long-form data and its table, from the computed (and suppressed) figures
 *   2. the preset compiled to a Vega-Lite spec, then to Vega
 *   3. Vega renders headless to an SVG string (no canvas needed), with a loader that reaches nothing
 *   4. the SVG is readied for the page: scalable, uniquely named, patterned
 */
export async function renderChart(input: ChartInput): Promise<ChartResult> {
  const key = JSON.stringify(input);
  const cached = drawn.get(key);
  if (cached) return cached;
  const result = await drawChart(input);
  if (drawn.size >= cacheLimit) drawn.delete(drawn.keys().next().value!);
  drawn.set(key, result);
  return result;
}

async function drawChart(input: ChartInput): Promise<ChartResult> {
  const data = chartDataOf(input.data, input.symbol);
  const measure = input.data.kind === 'indicators' ? input.data.figures.measure : data.series.length === 1 ? data.series[0]! : 'Number';
  const idPrefix = `chart-${input.id}`;
  const warnings: string[] = [];
  const refused: string[] = [];
  const draw = async (width: number, prefix: string): Promise<string> => {
    const { spec, patterns } = compileChartSpec({ preset: input.preset, data, measure, primary: input.theme.primary, patternPrefix: `${prefix}-pattern`, width });
    const compiled = vegaLite.compile(spec as unknown as vegaLite.TopLevelSpec, { logger: collectingLogger(warnings) }).spec;
    // yjplan's presets are drawn here; an author's raw spec in a thread with a memory limit.
    const drawn = input.preset.vega_lite ? await vegaToSvgIsolated(compiled, { refused, warnings }) : await vegaToSvg(compiled, { refused, warnings });
    return accessibleSvg(drawn, prefix, patterns, idPrefix);
  };
  let svg: string;
  let svgNarrow: string | undefined;
  try {
    svg = await draw(wideChartWidth, idPrefix);
    // An author's own Vega-Lite spec sets its own size, so it is drawn once.
    svgNarrow = input.preset.vega_lite ? undefined : await draw(narrowChartWidth, `${idPrefix}-narrow`);
  } catch (error) {
    return { chart: undefined, problems: [chartProblem(input, 'error', `The chart could not be drawn: ${error instanceof Error ? error.message : String(error)}`)] };
  }
  if (refused.length) return { chart: undefined, problems: [chartProblem(input, 'error', `A chart may not load anything, but this one asked for ${[...new Set(refused)].map((a) => JSON.stringify(a)).join(', ')}.`)] };
  const problems = [...new Set(warnings)].map((w) => chartProblem(input, 'warning', `Chart warning: ${w}`));
  return {
    chart: {
      id: input.id,
      title: input.preset.title ?? input.data.figures.title,
      summary: input.preset.summary ?? describeChart(input.data, input.symbol),
      measure: input.data.kind === 'indicators' && !input.preset.vega_lite ? (input.preset.y_title ?? measure) : undefined,
      svg,
      svgNarrow,
      table: data.table,
      hasSuppressed: data.hasSuppressed,
      hasMissing: data.hasMissing,
      symbol: input.symbol,
    },
    problems,
  };
}

function chartProblem(input: ChartInput, severity: Problem['severity'], message: string): Problem {
  return {
    severity,
    code: 'chart',
    file: input.file,
    field: input.preset.vega_lite ? 'chart.vega_lite' : 'chart',
    message,
    fix: input.preset.vega_lite ? 'Check the Vega-Lite spec against the Vega-Lite documentation, or use a preset (type: line, bar or stacked-bar) instead.' : 'Check the chart settings and the data file.',
  };
}
