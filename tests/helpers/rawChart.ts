import path from 'node:path';
import { computePlanFigures } from '../../scripts/compute/computePlanFigures.ts';
import { loadPlan } from '../../scripts/load/loadPlan.ts';
import { renderChart, type ChartResult } from '../../scripts/render/charts/renderChart.ts';
import { validatePlan } from '../../scripts/validate/validatePlan.ts';
import { fixturesDir } from './fixturePlan.ts';

let figures: ReturnType<typeof computePlanFigures> | undefined;

/**
 * Draws a raw Vega-Lite spec with the figures of the figures fixture's
 * reoffending-rate indicator, straight through the chart renderer: the
 * validation that would refuse a hostile spec is bypassed, to prove the
 * renderer alone can reach nothing outside the plan.
 */
export async function drawRawSpec(spec: Record<string, unknown>): Promise<ChartResult> {
  if (!figures) {
    const validation = await validatePlan(await loadPlan(path.join(fixturesDir, 'figures')));
    if (!validation.ok) throw new Error('The figures fixture does not validate.');
    figures = computePlanFigures(validation.plan, 'public');
  }
  const computed = figures.byId.get('reoffending-rate');
  if (computed?.kind !== 'indicators') throw new Error('The figures fixture has no reoffending-rate indicator.');
  return renderChart({
    id: 'reoffending-rate',
    file: 'data/indicators/reoffending-rate.yaml',
    preset: { type: 'line', vega_lite: spec },
    theme: { primary: '#1d4f91' },
    data: { kind: 'indicators', figures: computed.figures },
    symbol: '<5',
  });
}
