import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChartResult } from '../../../scripts/render/charts/renderChart.ts';
import { validationProblems } from '../../helpers/checkPlan.ts';
import { startCountingServer, type CountingServer } from '../../helpers/countingServer.ts';
import { copyFixturePlan, type FixturePlan } from '../../helpers/fixturePlan.ts';
import { drawRawSpec } from '../../helpers/rawChart.ts';

let server: CountingServer;
let outside: string;
let secretFile: string;
const marker = `SECRET-MARKER-${process.pid}`;

beforeAll(async () => {
  server = await startCountingServer();
  // A file outside any plan, in the shape of /etc/passwd, holding a marker no chart may ever show.
  outside = await mkdtemp(path.join(os.tmpdir(), 'yjplan-outside-'));
  secretFile = path.join(outside, 'passwd');
  // Read as dsv with ":" its first line names the columns; of the two named "root" the later (the fifth) wins, so the marker is there.
  await writeFile(secretFile, `root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:${marker}:/usr/sbin:/usr/sbin/nologin\n`);
});
beforeEach(() => {
  server.requests.length = 0;
});
afterAll(async () => {
  await server.close();
  await rm(outside, { recursive: true, force: true });
});

describe('a raw Vega-Lite spec that reaches outside the plan is refused at its line, naming the field', () => {
  let plan: FixturePlan | undefined;
  afterEach(async () => plan?.cleanup());

  /** Replaces the figures fixture's raw spec (line 12 on: "  vega_lite:") with `spec`, and returns the errors. */
  async function errorsWithSpec(spec: string) {
    plan = await copyFixturePlan('figures');
    await plan.edit('data/indicators/reoffending-rate.yaml', (t) => t.replace(/ {2}vega_lite:[\s\S]*$/, `  vega_lite:\n${spec}\n`));
    return (await validationProblems(plan.dir)).filter((p) => p.severity === 'error');
  }
  const at = (line: number, field: string) => expect.objectContaining({ code: 'unsafe-vega-lite', file: 'data/indicators/reoffending-rate.yaml', line, field });

  it('a layer that reads a file (the password file, as text)', async () => {
    const errors = await errorsWithSpec(`    layer:
      - mark: point
        encoding: { x: { field: category, type: ordinal }, y: { field: value, type: quantitative } }
      - data: { url: ${secretFile}, format: { type: dsv, delimiter: ":" } }
        mark: text
        encoding: { text: { field: root } }`);
    expect(errors).toEqual([at(16, 'chart.vega_lite.layer[1].data')]);
    expect(errors[0]!.message).toContain('fills in');
  });

  it('a spec that calls a server, and a lookup whose data is a URL', async () => {
    const errors = await errorsWithSpec(`    data: { url: "${server.origin}/x.json" }
    mark: point
    transform:
      - lookup: category
        from: { data: { url: "${server.origin}/y.json" }, key: category, fields: [secret] }
    encoding: { x: { field: category, type: ordinal }, y: { field: value, type: quantitative } }`);
    expect(errors).toEqual([at(13, 'chart.vega_lite.data'), at(17, 'chart.vega_lite.transform[0].from.data')]);
  });

  it('named datasets', async () => {
    const errors = await errorsWithSpec(`    datasets: { extra: [{ category: "2022", value: 1 }] }
    mark: point`);
    expect(errors).toEqual([at(13, 'chart.vega_lite.datasets')]);
  });

  it('an image mark and its url channel', async () => {
    const errors = await errorsWithSpec(`    mark: { type: image, width: 20, height: 20 }
    encoding:
      x: { field: category, type: ordinal }
      url: { value: "${server.origin}/picture.png" }`);
    expect(errors).toEqual([at(13, 'chart.vega_lite.mark'), at(16, 'chart.vega_lite.encoding.url')]);
    expect(errors[0]!.message).toContain('image mark');
  });

  it('an href channel (a javascript: link crashed the build)', async () => {
    const errors = await errorsWithSpec(`    mark: point
    encoding:
      x: { field: category, type: ordinal }
      href: { value: "javascript:alert(document.domain)" }`);
    expect(errors).toEqual([at(16, 'chart.vega_lite.encoding.href')]);
  });

  it('an address written as text anywhere, however it is disguised', async () => {
    const errors = await errorsWithSpec(`    mark: { type: point, fill: "url(${server.origin}/paint.svg#p)" }
    title: "//127.0.0.1/title"
    description: "java\\tscript:alert(1)"
    config: { background: " file:///etc/passwd" }
    encoding: { x: { field: category, type: ordinal } }`);
    expect(errors).toEqual([at(13, 'chart.vega_lite.mark.fill'), at(14, 'chart.vega_lite.title'), at(15, 'chart.vega_lite.description'), at(16, 'chart.vega_lite.config.background')]);
  });

  it('allows the $schema line, titles that only mention data, and url(#…) references', async () => {
    const errors = await errorsWithSpec(`    $schema: https://vega.github.io/schema/vega-lite/v6.json
    title: "Data: Youth Justice Board, 2025"
    mark: point
    encoding:
      x: { field: category, type: ordinal }
      y: { field: value, type: quantitative }`);
    expect(errors).toEqual([]);
  });
});

describe('charts are drawn with a loader that reaches nothing, even for a spec validation never saw', () => {
  function expectNothingLeaked(result: ChartResult) {
    expect(server.requests).toEqual([]);
    const svg = result.chart?.svg ?? '';
    expect(svg).not.toContain(marker);
    expect(svg).not.toContain('LEAKED');
    expect(svg).not.toContain('127.0.0.1');
    expect(svg).not.toContain('javascript:');
  }

  it('reads no file: a layer asking for a file outside the plan is a chart problem, not the file', async () => {
    const result = await drawRawSpec({
      layer: [
        { mark: 'point', encoding: { x: { field: 'category', type: 'ordinal' }, y: { field: 'value', type: 'quantitative' } } },
        { data: { url: secretFile, format: { type: 'dsv', delimiter: ':' } }, mark: 'text', encoding: { text: { field: 'root' } } },
      ],
    });
    expectNothingLeaked(result);
    expect(result.chart).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'chart', file: 'data/indicators/reoffending-rate.yaml', message: expect.stringContaining('may not load anything') })]);
  });

  it('calls no server: layer data, lookups and image marks from a real server on 127.0.0.1 make no request', async () => {
    for (const spec of [
      { layer: [{ mark: 'point', encoding: { x: { field: 'category', type: 'ordinal' } } }, { data: { url: `${server.origin}/layer.json` }, mark: 'text', encoding: { text: { field: 'category' } } }] },
      { mark: 'text', transform: [{ lookup: 'category', from: { data: { url: `${server.origin}/lookup.json` }, key: 'category', fields: ['value'] }, as: ['secret'] }], encoding: { text: { field: 'secret' } } },
      { datasets: { remote: [] }, mark: 'point' },
      { mark: { type: 'image', width: 20, height: 20 }, encoding: { x: { field: 'category', type: 'ordinal' }, url: { value: `${server.origin}/picture.png` } } },
    ]) {
      const result = await drawRawSpec(spec);
      expectNothingLeaked(result);
      // Named datasets are only inline values; everything else asked for an address and is refused.
      if (!('datasets' in spec)) expect(result.problems.map((p) => [p.severity, p.code]), JSON.stringify(spec)).toEqual([['error', 'chart']]);
    }
  });

  it('does not crash on a javascript: href channel, and publishes no link', async () => {
    const result = await drawRawSpec({ mark: 'point', encoding: { x: { field: 'category', type: 'ordinal' }, y: { field: 'value', type: 'quantitative' }, href: { value: 'javascript:alert(1)' } } });
    expectNothingLeaked(result);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'chart', message: expect.stringContaining('"javascript:alert(1)"') })]);
  });
});

describe('charts drawn from a raw spec', () => {
  it('carry no inline style (a blend or cursor made Vega write one, which the pages\' policy blocks)', async () => {
    const result = await drawRawSpec({ mark: { type: 'point', blend: 'multiply', cursor: 'pointer' }, encoding: { x: { field: 'category', type: 'ordinal' }, y: { field: 'value', type: 'quantitative' } } });
    expect(result.chart?.svg).toMatch(/^<svg/);
    expect(result.chart!.svg).not.toMatch(/\sstyle=/);
  });
});
