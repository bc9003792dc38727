import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanValidationError } from '../../../scripts/errors/PlanValidationError.ts';
import { preparePlan } from '../../../scripts/preparePlan.ts';
import { startCountingServer, type CountingServer } from '../../helpers/countingServer.ts';
import { copyFixturePlan, type FixturePlan } from '../../helpers/fixturePlan.ts';
import { drawRawSpec } from '../../helpers/rawChart.ts';
import { activeParts } from '../../helpers/untrustedOutput.ts';

// Random Vega-Lite specs built from every part that could reach outside a plan, mixed with ordinary ones.
let server: CountingServer;
let outside: string;
let secretFile: string;
let plan: FixturePlan;
const marker = `SECRET-MARKER-${process.pid}`;

beforeAll(async () => {
  server = await startCountingServer();
  outside = await mkdtemp(path.join(os.tmpdir(), 'yjplan-outside-'));
  secretFile = path.join(outside, 'secret.csv');
  await writeFile(secretFile, `category,value,root,secret\n${marker},1,${marker},${marker}\n`);
  plan = await copyFixturePlan('figures');
});
afterAll(async () => {
  await server.close();
  await rm(outside, { recursive: true, force: true });
  await plan.cleanup();
});

/** Random specs; `hostile` weighs how often an address, an image, a link or data of its own is chosen over ordinary parts. */
function specs(hostile: number) {
  const ordinary = 10 - hostile;
  const port = new URL(server.origin).port;
  const address = fc.constantFrom(
    `${server.origin}/data.json`,
    `${server.origin}/data.csv`,
    secretFile,
    `file://${secretFile}`,
    `//127.0.0.1:${port}/x.json`,
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/csv,category%0Aa',
    `url(${server.origin}/paint.svg#p)`,
  );
  const text = fc.oneof(
    { arbitrary: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('<script>alert(1)</script>', '" onload="alert(1)', '</svg><script>x</script>', 'Data: YJB', '&lt;b&gt; & <i>')), weight: ordinary },
    { arbitrary: address, weight: hostile },
  );
  const field = fc.constantFrom('category', 'value', 'series', 'root', 'secret');
  const channel = fc.oneof(fc.record({ field, type: fc.constantFrom('nominal', 'ordinal', 'quantitative') }), fc.record({ value: text }));
  const channelName = fc.oneof({ arbitrary: fc.constantFrom('x', 'y', 'color', 'text', 'tooltip', 'shape', 'size', 'description'), weight: ordinary }, { arbitrary: fc.constantFrom('href', 'url'), weight: hostile });
  const encoding = fc.dictionary(channelName, channel, { maxKeys: 4 });
  const data = fc.oneof(
    fc.record({ url: address }),
    fc.record({ url: address, format: fc.constant({ type: 'dsv', delimiter: ':' }) }),
    fc.record({ values: fc.constant([{ category: 'a', value: 1 }]) }),
    fc.record({ name: fc.constant('extra') }),
  );
  const mark = fc.oneof(
    { arbitrary: fc.constantFrom('point', 'bar', 'line', 'text', 'rule', 'tick'), weight: ordinary },
    { arbitrary: fc.oneof(fc.constant('image'), fc.record({ type: fc.constantFrom('point', 'text', 'image'), href: text, url: address, fill: text }, { requiredKeys: ['type'] })), weight: hostile },
  );
  const transform = fc.array(
    fc.oneof(
      fc.record({ lookup: field, from: fc.record({ data, key: field, fields: fc.constant(['value']) }), as: fc.constant(['looked']) }),
      fc.record({ calculate: fc.constantFrom("'javascript:alert(1)'", 'datum.value * 2', `'${server.origin}/x.png'`), as: fc.constantFrom('calc', 'url', 'href') }),
    ),
    { maxLength: 2 },
  );
  type Spec = Record<string, unknown>;
  const withHostile = (ordinaryPart: fc.Arbitrary<Spec>, hostilePart: fc.Arbitrary<Spec>) => fc.oneof({ arbitrary: ordinaryPart, weight: ordinary }, { arbitrary: hostilePart, weight: hostile });
  const unit = withHostile(
    fc.record({ mark, encoding, title: text, description: text }, { requiredKeys: ['mark'] }),
    fc.record({ mark, encoding, data, transform, title: text, description: text }, { requiredKeys: ['mark'] }),
  );
  return fc.oneof(
    unit,
    fc.record({ layer: fc.array(unit, { minLength: 1, maxLength: 3 }) }),
    withHostile(
      fc.record({ mark: fc.constant('point'), encoding, config: fc.record({ background: fc.constantFrom('#ffffff', 'white'), mark: fc.record({ fill: text }) }) }),
      fc.record({ datasets: fc.constant({ extra: [{ category: 'b', value: 2 }] }), mark: fc.constantFrom('point', 'text'), config: fc.record({ background: text, mark: fc.record({ href: text, fill: text }) }, { requiredKeys: [] }) }),
    ),
  );
}

function expectNothingReached(svg: string) {
  expect(server.requests).toEqual([]);
  expect(svg).not.toContain(marker);
  expect(svg).not.toContain('LEAKED');
  expect(activeParts(svg)).toEqual([]);
}

describe('random Vega-Lite specs', () => {
  it('drawn with validation bypassed, never make a request, read a file outside the plan, crash, or publish script, handlers or links', async () => {
    await fc.assert(
      fc.asyncProperty(specs(8), async (spec) => {
        const result = await drawRawSpec(spec as Record<string, unknown>);
        expectNothingReached(result.chart?.svg ?? '');
      }),
      { numRuns: 80 },
    );
  });

  it('put through the plan (validation, then drawing), are refused with a problem or drawn reaching nothing', async () => {
    let drawn = 0;
    await fc.assert(
      fc.asyncProperty(specs(2), async (spec) => {
        await plan.edit('data/indicators/reoffending-rate.yaml', (t) => t.replace(/ {2}vega_lite:[\s\S]*$/, `  vega_lite:\n${stringify(spec).replace(/^/gm, '    ')}\n`));
        let prepared: Awaited<ReturnType<typeof preparePlan>>;
        try {
          prepared = await preparePlan(plan.dir);
        } catch (error) {
          // Refused is fine, as a plan problem naming the data file; anything else is a crash.
          if (!(error instanceof PlanValidationError)) throw error;
          for (const problem of error.problems) expect(problem.file).toBeTruthy();
          expect(server.requests).toEqual([]);
          return;
        }
        drawn++;
        for (const chart of prepared.rendered.charts.values()) expectNothingReached(`${chart.svg}${chart.svgNarrow ?? ''}`);
        expect(server.requests).toEqual([]);
      }),
      {
        numRuns: 40,
        // Always also one spec that is valid and drawn, with hostile text in its title, so the property is never only about refusals.
        examples: [[{ mark: 'text', encoding: { x: { field: 'category', type: 'ordinal' }, text: { field: 'series', type: 'nominal' } }, title: '</svg><script>alert(1)</script>' }]],
      },
    );
    expect(drawn).toBeGreaterThan(0);
  });
});
