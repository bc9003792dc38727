import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../scripts/build.ts';
import { PlanValidationError } from '../../scripts/errors/PlanValidationError.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';

describe('a raw Vega-Lite chart spec with a mistake', () => {
  let plan: FixturePlan;
  afterAll(() => plan?.cleanup());

  it('stops the build with a problem naming the data file, line, field and what Vega-Lite allows there', async () => {
    plan = await copyFixturePlan('figures');
    await plan.edit('data/indicators/reoffending-rate.yaml', (text) => text.replace('mark: point', 'mark: pointy'));
    const error = await buildPlan({ planDir: plan.dir, outputDir: path.join(plan.dir, 'dist'), pdf: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanValidationError);
    const problems = (error as PlanValidationError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', code: 'invalid-vega-lite', file: 'data/indicators/reoffending-rate.yaml', line: 13, field: 'chart.vega_lite.mark', found: '"pointy"' });
    expect(problems[0]!.expected).toContain('point');
    expect(problems[0]!.expected).toContain('line');
  });
});
