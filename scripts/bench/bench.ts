/**
 * npm run bench: the figures behind docs/performance.md, measured in one run
 * on this machine. Each figure is the median of several runs.
 *
 *   1. full build of the example plan (site, PDF, young-person site and PDF), cold
 *   2. preview rebuild after editing one chapter, and one data file
 *   3. the same content through pandoc + WeasyPrint, and the ratio
 *   4. the PDF step against bare `chromium --print-to-pdf` of the same HTML
 *   5. a synthetic national build of 150 plans
 *   plus the time to load, validate, compute and render (all tables and charts)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildPlan } from '../build.ts';
import { computePlanFigures } from '../compute/computePlanFigures.ts';
import { loadPlan } from '../load/loadPlan.ts';
import { engineRoot } from '../paths.ts';
import { forgetDrawnCharts } from '../render/charts/renderChart.ts';
import { renderPlan } from '../render/renderPlan.ts';
import { validatePlan } from '../validate/validatePlan.ts';
import { launchBrowser } from '../write/pdf/launchBrowser.ts';
import { findChromium } from '../write/pdf/findChromium.ts';
import { writePdf } from '../write/pdf/writePdf.ts';
import { publishedDir } from '../write/output/outputLayout.ts';
import { median, medianOf, runMeasured, timeAsync } from './measure.ts';

const cli = path.join(engineRoot, 'scripts/cli/bin.js');
const quick = process.argv.includes('--quick');
const runs = quick ? 1 : 3;
const nationalCount = Number(process.env.YJPLAN_BENCH_PLANS ?? (quick ? 10 : 150));
const rows: [string, string, string][] = [];
const row = (what: string, figure: string, target = '') => {
  rows.push([what, figure, target]);
  console.log(`${what}: ${figure}${target ? `  (target ${target})` : ''}`);
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const work = await mkdtemp(path.join(os.tmpdir(), 'yjplan-bench-'));

// 1. Cold full build, as a user runs it: a new process each time.
const coldTimes: number[] = [];
for (let i = 0; i < runs; i++) {
  const run = await runMeasured(process.execPath, [cli, 'build', '--out', path.join(work, `cold-${i}`)], { cwd: engineRoot });
  if (run.code !== 0) throw new Error(`The example plan did not build:\n${run.output}`);
  coldTimes.push(run.ms);
}
const fullBuild = median(coldTimes);
row('1. Full build of the example plan, cold (site + PDF + young-person site and PDF)', seconds(fullBuild), '< 5 s');

// Stage timings, in process: what the render stage costs for every table and chart.
{
  const loadMs = await medianOf(runs, () => loadPlan(engineRoot));
  const loaded = await loadPlan(engineRoot);
  const validateMs = await medianOf(runs, () => validatePlan(loaded));
  const validation = await validatePlan(loaded);
  if (!validation.ok) throw new Error('The example plan has errors.');
  const computeMs = await medianOf(runs, async () => computePlanFigures(validation.plan));
  const figures = computePlanFigures(validation.plan);
  const renderMs = await medianOf(runs, () => {
    forgetDrawnCharts();
    return renderPlan(validation.plan, figures);
  });
  const cachedRenderMs = await medianOf(runs, () => renderPlan(validation.plan, figures));
  const rendered = await renderPlan(validation.plan, figures);
  row('   load / validate / compute', `${loadMs.toFixed(0)} / ${validateMs.toFixed(0)} / ${computeMs.toFixed(1)} ms`);
  row(`   render: all chapters with ${rendered.charts.size} charts drawn and every table`, `${renderMs.toFixed(0)} ms`);
  row('   render again with the charts unchanged (as the preview does)', `${cachedRenderMs.toFixed(0)} ms`);
}

// 2. Preview rebuilds in a warm process, as `npm run dev` does them.
{
  const plan = path.join(work, 'preview-plan');
  await copyPlan(engineRoot, plan);
  const out = path.join(work, 'preview-out');
  await buildPlan({ planDir: plan, outputDir: out, pdf: false });
  const chapter = path.join(plan, 'content', (await readdir(path.join(plan, 'content'))).find((f) => f.endsWith('.md'))!);
  const dataFile = path.join(plan, 'data/board.yaml');
  const chapterMs: number[] = [];
  const dataMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    await appendFile(chapter, '\nAnother sentence.\n');
    chapterMs.push(await timeAsync(() => buildPlan({ planDir: plan, outputDir: out, pdf: false })));
    await appendFile(dataFile, '\n');
    dataMs.push(await timeAsync(() => buildPlan({ planDir: plan, outputDir: out, pdf: false })));
  }
  row('2. Preview rebuild after editing one chapter, to updated HTML', `${median(chapterMs).toFixed(0)} ms`, '< 300 ms');
  row('   Preview rebuild after editing one data file', `${median(dataMs).toFixed(0)} ms`);
}

// 3. The peer pipeline a data-savvy user might choose: pandoc, then WeasyPrint.
{
  const missing = ['pandoc', 'weasyprint'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
  if (missing.length && process.getuid?.() === 0) {
    console.log(`Installing ${missing.join(' and ')} from Debian's packages for the comparison…`);
    spawnSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')} >/dev/null`], { stdio: 'inherit' });
  }
  if (['pandoc', 'weasyprint'].some((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)) {
    row('3. pandoc + WeasyPrint on the same content', 'not measured: install them with "apt-get install pandoc weasyprint"');
  } else {
    const markdown = path.join(work, 'peer.md');
    const chapters = (await readdir(path.join(engineRoot, 'content'))).filter((f) => f.endsWith('.md')).sort();
    let text = '';
    for (const file of chapters) {
      const body = (await readFile(path.join(engineRoot, 'content', file), 'utf8')).replace(/^---[\s\S]*?---\n/, '').replace(/\{%[^%]*%\}/g, '');
      text += `\n\n# ${file.replace(/^\d+-|\.md$/g, '')}\n\n${body}`;
    }
    await writeFile(markdown, text);
    const css = path.join(engineRoot, 'templates/assets/site.css');
    const peerMs = await medianOf(runs, async () => {
      execFileSync('pandoc', [markdown, '-s', '--toc', '--metadata', 'title=Youth Justice Plan', '-c', css, '-o', path.join(work, 'peer.html')]);
      execFileSync('weasyprint', [path.join(work, 'peer.html'), path.join(work, 'peer.pdf')], { stdio: 'ignore' });
    });
    row('3. pandoc + WeasyPrint, same content (HTML + PDF, no charts or computed tables)', seconds(peerMs));
    row('   ratio yjplan full build / peer', (fullBuild / peerMs).toFixed(2), '< 1.0');
  }
}

// 4. The PDF step against the floor: bare Chromium printing the same HTML.
{
  const out = publishedDir(path.join(work, 'cold-0'));
  const printHtml = path.join(out, 'print/index.html');
  const chromium = findChromium();
  const bareMs = await medianOf(runs, async () => {
    execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--no-pdf-header-footer', `--print-to-pdf=${path.join(work, 'bare.pdf')}`, `file://${printHtml}`], { stdio: 'ignore' });
  });
  const loaded = await validatePlan(await loadPlan(engineRoot));
  if (!loaded.ok) throw new Error('The example plan has errors.');
  const rendered = await renderPlan(loaded.plan, computePlanFigures(loaded.plan));
  const oursMs = await medianOf(runs, async () => {
    const browser = await launchBrowser();
    try {
      await writePdf(browser, rendered, { printDir: path.join(work, 'print-bench'), siteAssetsDir: path.join(out, 'site/assets'), pdfFile: path.join(work, 'ours.pdf') });
    } finally {
      await browser.close();
    }
  });
  row('4. PDF step (start Chromium, two passes for the contents, metadata)', seconds(oursMs));
  row('   bare chromium --headless --print-to-pdf of the same HTML', seconds(bareMs));
  row('   ratio yjplan PDF step / bare Chromium', (oursMs / bareMs).toFixed(2), '< 1.3');
}

// 5. A synthetic national build: many plans of realistic size, one command.
{
  const plans = path.join(work, 'national');
  for (let i = 1; i <= nationalCount; i++) {
    const dir = path.join(plans, `authority-${String(i).padStart(3, '0')}`);
    await copyPlan(engineRoot, dir);
    const planFile = path.join(dir, 'plan.yaml');
    await writeFile(planFile, (await readFile(planFile, 'utf8')).replace(/^authority: .*$/m, `authority: "Authority ${i} Council"`).replace(/^service: .*$/m, `service: "Authority ${i} Youth Justice Service"`));
  }
  const run = await runMeasured(process.execPath, [cli, 'build', '--plans', plans, '--out', path.join(work, 'national-out')], { cwd: engineRoot, env: { ...process.env, CI: 'true' } });
  if (run.code !== 0) throw new Error(`The national build failed:\n${run.output}`);
  row(`5. National build of ${nationalCount} plans (site + PDFs each), one command`, seconds(run.ms), nationalCount === 150 ? '< 180 s' : '');
  row('   plans per minute', ((nationalCount / run.ms) * 60_000).toFixed(1));
  row('   peak memory (Node and all Chromium processes)', `${(run.peakBytes / 1024 ** 3).toFixed(2)} GiB`, '< 2 GiB');
}

await rm(work, { recursive: true, force: true });
console.log(`\n| Measure | Figure | Target |\n| --- | --- | --- |\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`);
console.log(`\nMeasured on ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`);

async function copyPlan(from: string, to: string): Promise<void> {
  for (const part of ['plan.yaml', 'content', 'data', 'assets']) {
    await cp(path.join(from, part), path.join(to, part), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}
