import type { PlanFigures } from '../compute/computePlanFigures.ts';
import type { Problem } from '../errors/Problem.ts';
import type { ChartPreset } from '../schemas/chart.ts';
import type { ValidPlan } from '../validate/validatePlan.ts';
import { renderChart, type RenderedChart } from './charts/renderChart.ts';

/**
 * Draws each chart once per build, before any page is rendered, so the site
 * and the PDF share the same SVG. A data file is drawn when it has a chart:
 * block or when a chapter asks for it with {% chart %}.
 */
export async function renderCharts(valid: ValidPlan, figures: PlanFigures, requested: Set<string>): Promise<{ charts: Map<string, RenderedChart>; problems: Problem[] }> {
  const charts = new Map<string, RenderedChart>();
  const problems: Problem[] = [];
  const jobs: Promise<void>[] = [];
  for (const entry of valid.data.values()) {
    if (entry.kind !== 'indicators' && entry.kind !== 'breakdowns') continue;
    if (!entry.value.chart && !requested.has(entry.id)) continue;
    const computed = figures.byId.get(entry.id);
    if (!computed || (computed.kind !== 'indicators' && computed.kind !== 'breakdowns')) continue;
    const preset: ChartPreset = entry.value.chart ?? {
      type: computed.kind === 'indicators' ? 'line' : computed.figures.multiColumn ? 'stacked-bar' : 'bar',
    };
    const data = computed.kind === 'indicators' ? { kind: 'indicators' as const, figures: computed.figures } : { kind: 'breakdowns' as const, figures: computed.figures };
    jobs.push(
      renderChart({ id: entry.id, file: entry.file, preset, theme: valid.plan.theme, data, symbol: figures.disclosure.symbol }).then((result) => {
        if (result.chart) charts.set(entry.id, result.chart);
        problems.push(...result.problems);
      }),
    );
  }
  await Promise.all(jobs);
  return { charts, problems };
}
