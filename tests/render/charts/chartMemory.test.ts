import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixturePlan, type FixturePlan } from '../../helpers/fixturePlan.ts';
import { runCli } from '../../helpers/runCli.ts';

let plan: FixturePlan;
let out: string;
beforeAll(async () => {
  plan = await copyFixturePlan('figures');
  out = await mkdtemp(path.join(os.tmpdir(), 'yjplan-chart-memory-'));
  // A Vega expression that asks for an array of 300 million numbers: no address, no data, nothing the spec check refuses.
  await plan.edit('data/indicators/reoffending-rate.yaml', (t) =>
    t.replace(
      / {2}vega_lite:[\s\S]*$/,
      `  vega_lite:
    params:
      - name: big
        expr: "sequence(0, 300000000)"
    mark: point
    encoding:
      x: { field: category, type: ordinal }
      y: { field: value, type: quantitative }
`,
    ),
  );
});
afterAll(async () => {
  await plan.cleanup();
  await rm(out, { recursive: true, force: true });
});

describe('a raw Vega-Lite spec that asks for more memory than the machine has', () => {
  it('is a problem naming its data file, not an out-of-memory abort of the whole build', async () => {
    // The build's own heap is capped so that, before charts were drawn apart, the abort came quickly and cost the machine little.
    const result = await runCli(['build', '--plan', plan.dir, '--out', out, '--no-pdf'], { env: { NODE_OPTIONS: '--max-old-space-size=400' } });
    expect(result.stderr).not.toMatch(/FATAL ERROR|heap out of memory/);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('data/indicators/reoffending-rate.yaml');
    expect(result.stderr).toMatch(/memory/);
    expect(existsSync(path.join(out, 'current'))).toBe(false);
  });
});
