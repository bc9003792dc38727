import { Command, Option } from 'commander';
import path from 'node:path';
import { createProgress } from './progress.ts';
import { formatProblems } from '../errors/formatProblems.ts';
import { engineRoot } from '../paths.ts';
import { UsageError } from '../errors/UsageError.ts';
import { formatFailure } from '../checks/verify/VerifyFailure.ts';
import type { PlanToVerify } from '../checks/verify/buildAndVerify.ts';
import { stopOnSignal } from './stopOnSignal.ts';
import { exitCodeFor, messageFor } from './failureMessage.ts';

stopOnSignal();

// Every path from the command line is made absolute here, once, against the
// folder yjplan was started in; nothing below depends on the working directory.
const absolute = (dir: string) => path.resolve(dir);

/** Public outputs go to dist/, which a web team is given; the board-only ones go outside it, to dist-internal/. */
const defaultOut = (audience: 'public' | 'internal') => (audience === 'internal' ? 'dist-internal' : 'dist');

// Each command loads only the stages it needs, when it runs: `check` and
// `new` start without Eleventy, Puppeteer or the verify tools.
const program = new Command('yjplan')
  .description('Publish a Youth Justice Plan as a website, a PDF and a young-person version.')
  .showHelpAfterError();

const planOption = () => new Option('--plan <dir>', 'the plan folder (holding plan.yaml, content/ and data/)').default(engineRoot, 'the example plan');

program
  .command('build')
  .description('check the plan and build every output into OUT/current')
  .addOption(planOption())
  .option('--out <dir>', 'where to write the outputs (default: dist, or dist-internal for the internal audience)')
  .option('--no-pdf', 'skip the PDF (faster, for previewing)')
  .option('--plans <dir>', 'build every plan folder inside this folder, each into OUT/NAME/current')
  .option('--shard <i/n>', 'with --plans: build only the i-th of n equal shares (for a CI matrix)')
  .addOption(new Option('--audience <audience>', 'public outputs hide small numbers; internal shows everything').choices(['public', 'internal']).default('public'))
  .action(async (options: { plan: string; out?: string; audience: 'public' | 'internal'; pdf: boolean; plans?: string; shard?: string }) => {
    const { buildPlan } = await import('../build.ts');
    const { buildMany, parseShard } = await import('../buildMany.ts');
    const started = performance.now();
    const outputDir = absolute(options.out ?? defaultOut(options.audience));
    if (options.shard && !options.plans) throw new UsageError('--shard only works with --plans: it chooses which of many plans this machine builds.');
    if (options.plans) {
      const progress = createProgress();
      const result = await buildMany({
        plansDir: absolute(options.plans),
        outputDir,
        pdf: options.pdf,
        audience: options.audience,
        shard: options.shard ? parseShard(options.shard) : undefined,
        onProgress: (done, total, plan) => progress.update(`Built ${done} of ${total} plans (${plan})`),
      });
      progress.done();
      for (const notice of result.notices) console.error(notice);
      for (const failure of result.failed) {
        console.error(`\n${failure.plan}:\n${'problems' in failure ? formatProblems(failure.problems) : failure.usage ? failure.message : `yjplan could not build this plan: ${failure.message}`}`);
      }
      const crashed = result.failed.filter((f) => 'message' in f && !f.usage).length;
      const failed = result.failed.length ? `; ${result.failed.length} did not build (${result.failed.map((f) => f.plan).join(', ')})` : '';
      console.log(`Built ${result.built.length} of ${result.built.length + result.failed.length} plans into ${path.relative(process.cwd(), outputDir) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s${failed}.`);
      if (result.failed.length) process.exitCode = crashed ? 2 : 1;
      return;
    }
    const progress = createProgress();
    const result = await buildPlan({ planDir: absolute(options.plan), outputDir, audience: options.audience, pdf: options.pdf, onStage: (stage) => progress.step(`${stage}…`) });
    progress.done();
    if (result.problems.length) console.error(formatProblems(result.problems));
    for (const notice of result.notices) console.error(notice);
    for (const output of result.outputs) console.log(`Wrote ${path.relative(process.cwd(), output) || output}`);
    const { suppressionSummary } = await import('../compute/suppressionReport.ts');
    console.log(suppressionSummary(result.figures.suppressionLog ?? result.figures.suppressions, result.figures.audience));
    console.log(`Built ${result.rendered.title} in ${Math.round(performance.now() - started)} ms.`);
  });

program
  .command('check')
  .description('check the plan for problems without writing anything')
  .addOption(planOption())
  .option('--submission', 'also check everything the YJB expects before the plan is sent')
  .action(async (options: { plan: string; submission?: boolean }) => {
    const { preparePlan } = await import('../preparePlan.ts');
    const { formatChecklist, submissionChecklist } = await import('../checks/submission/submissionChecklist.ts');
    const { problems, rendered, valid, figures } = await preparePlan(absolute(options.plan));
    if (problems.length) console.error(formatProblems(problems));
    console.log(`${rendered.title}: no errors${problems.length ? ` (${problems.length} warning${problems.length === 1 ? '' : 's'})` : ''}.`);
    if (options.submission) {
      const checklist = submissionChecklist(valid, figures, rendered);
      console.log(`\nSubmission checklist\n${formatChecklist(checklist)}`);
      if (!checklist.ready) process.exitCode = 1;
    }
  });

program
  .command('verify')
  .description('build the plan (site and PDF) and prove its outputs: axe-core at 1280px and 320px, the Nu Html Checker, links, PDF tags; saves screenshots')
  .addOption(planOption())
  .option('--out <dir>', 'where to build; screenshots go to OUT/screenshots', 'dist')
  .option('--plans <dir>', 'verify every plan folder inside this folder instead, each built into OUT/plans/NAME (add --plan to verify that plan too)')
  .option('--exclude <pattern...>', 'with --plans: skip plan folders whose names match, e.g. "broken-*"', [])
  .option('--no-build', 'verify what is already in the output folder, without building')
  .option('--no-screenshots', 'take no screenshots')
  .action(async (options: { plan: string; out: string; plans?: string; exclude: string[]; build: boolean; screenshots: boolean }, command: Command) => {
    const { buildAndVerify, plansIn } = await import('../checks/verify/buildAndVerify.ts');
    const plans: PlanToVerify[] = [];
    if (!options.plans || command.getOptionValueSource('plan') === 'cli') {
      plans.push({
        name: absolute(options.plan) === engineRoot ? 'the example plan' : path.basename(absolute(options.plan)),
        planDir: absolute(options.plan),
        outputDir: absolute(options.out),
        screenshotsDir: options.screenshots ? path.join(absolute(options.out), 'screenshots') : undefined,
      });
    }
    if (options.plans) plans.push(...(await plansIn(absolute(options.plans), path.join(absolute(options.out), 'plans'), options.exclude)));
    if (!plans.length) throw new UsageError(`There are no plan folders to verify in ${options.plans}.`);
    const progress = createProgress();
    const result = await buildAndVerify(plans, { build: options.build, onStage: (stage) => progress.update(`${stage}…`) });
    progress.done();
    for (const failure of result.failures) console.error(formatFailure(failure));
    const counts = new Map<string, number>();
    for (const failure of result.failures) counts.set(failure.checker, (counts.get(failure.checker) ?? 0) + 1);
    const tally = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([checker, n]) => `${checker} ${n}`).join(', ');
    const time = `build ${result.seconds.build.toFixed(1)} s, verify ${result.seconds.verify.toFixed(1)} s`;
    console.log(
      `${result.failures.length ? '\n' : ''}Verified ${result.built.length} of ${plans.length} plan${plans.length === 1 ? '' : 's'} (${result.pages} pages, ${result.pdfs} PDFs; ${time}): ` +
        (result.failures.length ? `${result.failures.length} failure${result.failures.length === 1 ? '' : 's'} (${tally}).` : result.skipped.length ? 'no failures in the checks that ran.' : 'no failures.'),
    );
    for (const reason of result.skipped) console.log(`Not checked: ${reason}`);
    if (result.screenshots.length) console.log(`Screenshots for review: ${path.relative(process.cwd(), path.dirname(result.screenshots[0]!)) || '.'}/`);
    if (result.failures.length) process.exitCode = 1;
  });

program
  .command('new')
  .description('start a new plan folder from a YJB framework edition, or next year\'s plan from this year\'s (--from)')
  .option('--authority <name>', 'the local authority, e.g. "Eastmoor Borough Council"')
  .option('--period <period>', 'the plan period, e.g. 2026-27')
  .option('--framework <id>', 'the YJB guidance edition (a file in frameworks/)', 'yjb-2023')
  .option('--from <dir>', 'roll over this plan to the next year instead of starting empty')
  .requiredOption('--dir <dir>', 'the folder to create')
  .action(async (options: { authority?: string; period?: string; framework: string; from?: string; dir: string }) => {
    const { scaffoldPlan } = await import('./scaffold/scaffoldPlan.ts');
    const { formatRolloverReport, rolloverPlan } = await import('./scaffold/rolloverPlan.ts');
    const today = new Date().toISOString().slice(0, 10);
    if (options.from) {
      const report = await rolloverPlan({ from: absolute(options.from), dir: absolute(options.dir), today });
      console.log(formatRolloverReport(report));
      return;
    }
    if (!options.authority || !options.period) {
      throw new UsageError('yjplan new needs --authority "Name" and --period YYYY-YY (or --from DIR to roll over a plan).');
    }
    const { planPeriod } = await import('./scaffold/planPeriod.ts');
    const period = planPeriod(options.period);
    if (!period) throw new UsageError(`--period takes two consecutive years, such as 2026-27 or 2026/27; got "${options.period}".`);
    const written = await scaffoldPlan({ dir: absolute(options.dir), authority: options.authority, period, framework: options.framework, today });
    console.log(`Created ${written.length} files in ${options.dir}. Next: npm run dev -- --plan ${options.dir}`);
  });

program
  .command('dev')
  .description('preview the plan in a browser, rebuilding whenever a file is saved')
  .addOption(planOption())
  .option('--out <dir>', 'where to keep the preview build', path.join('dist', 'preview'))
  .option('--port <port>', 'the port to serve on', '8080')
  .action(async (options: { plan: string; out: string; port: string }) => {
    const { runPreview } = await import('./dev/runPreview.ts');
    const port = Number(options.port);
    if (!/^\d+$/.test(options.port) || port > 65535) throw new UsageError(`--port takes a number from 0 to 65535, for example --port 8081; got "${options.port}".`);
    await runPreview({ planDir: absolute(options.plan), outputDir: absolute(options.out), port });
  });

program
  .command('bench')
  .description('measure build, preview, PDF and national-build speed (prints a table; see docs/performance.md)')
  .option('--quick', 'one run of each and 10 plans instead of 150')
  .action(async () => {
    await import('../bench/bench.ts');
  });

program
  .command('schemas')
  .description('write the JSON Schemas that editors use to check plan YAML (schemas/*.schema.json)')
  .option('--out <dir>', 'where to write them', path.join(engineRoot, 'schemas'))
  .action(async (options: { out: string }) => {
    const { writeEditorSchemas } = await import('../schemas/editor/writeEditorSchemas.ts');
    const written = await writeEditorSchemas(absolute(options.out));
    console.log(`Wrote ${written.length} schemas to ${options.out}`);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(messageFor(error));
  if (process.env.YJPLAN_DEBUG && error instanceof Error) console.error(error.stack);
  process.exitCode = exitCodeFor(error);
}
