import type { Problem } from '../errors/Problem.ts';
import { availableFrameworks, loadFramework } from '../load/loadFramework.ts';
import { loadInspectionEditions } from '../load/loadInspectionEditions.ts';
import type { InspectionEdition } from '../schemas/inspectionStandards.ts';
import { locateYamlPath } from '../load/locateYamlPath.ts';
import type { LoadedPlan, MarkdownSource, YamlSource } from '../load/loadPlan.ts';
import type { DataEntry } from '../schemas/dataKinds.ts';
import type { Framework } from '../schemas/framework.ts';
import { planSchema, type Plan } from '../schemas/plan.ts';
import { defaultThreshold } from '../schemas/disclosure.ts';
import { closestMatch } from './closestMatch.ts';
import { describeField } from './describeField.ts';
import { checkCrossReferences } from './crossReferences.ts';
import { checkDisclosure } from './checkDisclosure.ts';
import { checkCounting } from './checkCounting.ts';
import { checkInternalFences } from './checkInternalFences.ts';
import { checkAuthorText, unusedNotCounts } from './checkAuthorText.ts';
import type { SmallNumberOptions } from '../checks/narrative/checkSmallNumbers.ts';
import { checkPlanImages } from './checkPlanImages.ts';
import { checkStatedTotals } from './checkStatedTotals.ts';
import { checkThemeContrast } from './checkThemeContrast.ts';
import { schemaProblems } from './schemaProblems.ts';
import { validateData } from './validateData.ts';
import { validateStructure, type PlannedChapter } from './validateStructure.ts';
import { validateVegaLiteSpecs } from './validateVegaLiteSpecs.ts';
import { validateYoungPeople, type YoungPeopleSection } from './validateYoungPeople.ts';

/** A plan whose every file has been checked; later stages may trust its types. */
export interface ValidPlan {
  dir: string;
  plan: Plan;
  framework: Framework;
  /** The inspectorate's editions of its standards, by id; the plan's inspection.yaml names one. */
  inspectionEditions: Map<string, InspectionEdition>;
  chapters: PlannedChapter[];
  data: Map<string, DataEntry>;
  dataSources: Map<string, YamlSource>;
  youngPeople: YoungPeopleSection[];
  /** Warnings only: a ValidPlan has no errors. */
  warnings: Problem[];
}

export type ValidationResult = { ok: true; plan: ValidPlan } | { ok: false; problems: Problem[] };

/**
 * Checks the whole plan and returns every problem found, or the typed plan.
 * `audience` is who the build is for: a few rules (the privacy threshold,
 * small numbers typed into the text) are errors only for the public.
 */
export async function validatePlan(loaded: LoadedPlan, audience: 'public' | 'internal' = 'public'): Promise<ValidationResult> {
  const problems: Problem[] = [...loaded.problems];

  let plan: Plan | undefined;
  if (loaded.plan) {
    const result = planSchema.safeParse(loaded.plan.data, { reportInput: true });
    if (result.success) {
      plan = result.data;
      problems.push(...checkThemeContrast(plan, loaded.plan));
      problems.push(...checkDisclosure(plan, loaded.plan, audience));
      problems.push(...(await checkPlanImages(plan, loaded.dir, loaded.plan)));
    } else problems.push(...schemaProblems(result.error.issues, loaded.plan, planSchema));
  }

  let framework: Framework | undefined;
  const frameworkId = plan?.framework ?? frameworkIdFrom(loaded.plan?.data);
  if (frameworkId !== undefined && loaded.plan) {
    const available = availableFrameworks();
    if (!available.includes(frameworkId)) {
      problems.push({
        severity: 'error',
        code: 'unknown-framework',
        file: loaded.plan.file,
        ...locateYamlPath(loaded.plan.text, ['framework']),
        field: 'framework',
        message: `There is no framework edition called "${frameworkId}".`,
        expected: `one of ${available.join(', ')}`,
        found: frameworkId,
        fix: closestMatch(frameworkId, available) ? `Did you mean "${closestMatch(frameworkId, available)}"?` : 'Use one of the editions listed.',
      });
    } else {
      const loadedFramework = await loadFramework(frameworkId);
      framework = loadedFramework.framework;
      problems.push(...loadedFramework.problems);
    }
  }

  const { entries, problems: dataProblems } = validateData(loaded.data);
  problems.push(...dataProblems);
  const dataSources = new Map(loaded.data.map((source) => [source.file, source]));
  const { editions: inspectionEditions, problems: editionProblems } = await loadInspectionEditions();
  problems.push(...editionProblems);
  problems.push(...checkCrossReferences(entries, dataSources, plan, inspectionEditions));
  problems.push(...checkStatedTotals(entries, dataSources));
  problems.push(...checkCounting(entries, dataSources));
  problems.push(...(await validateVegaLiteSpecs(entries, dataSources)));

  // A small count of children typed into the text is published unprotected: an error for the public, a warning for the board.
  const smallNumbers: SmallNumberOptions = {
    threshold: plan?.disclosure.threshold ?? defaultThreshold,
    severity: audience === 'public' ? 'error' : 'warning',
    notCounts: plan?.disclosure.not_counts ?? [],
    used: new Set(),
  };
  let chapters: PlannedChapter[] = [];
  if (framework) {
    const structure = validateStructure(framework, loaded.chapters, smallNumbers);
    chapters = structure.chapters;
    problems.push(...structure.problems);
    problems.push(...missingDataProblems(framework, entries, loaded));
  }

  const glossary = entries.get('glossary');
  const glossaryTerms = glossary?.kind === 'glossary' ? glossary.value.terms.map((t) => t.term) : [];
  const youngPeople = validateYoungPeople(loaded.youngPeople, plan, glossaryTerms);
  for (const problem of youngPeople.problems) {
    if (problem.file === 'plan.yaml' && problem.field && loaded.plan) {
      const path = problem.field.replace(/\[(\d+)\]/g, '.$1').split('.').map((step) => (/^\d+$/.test(step) ? Number(step) : step));
      Object.assign(problem, locateYamlPath(loaded.plan.text, path));
    }
  }
  problems.push(...youngPeople.problems);
  for (const source of [...loaded.chapters, ...loaded.youngPeople]) if (source.frontMatter !== undefined) problems.push(...checkInternalFences(source));
  problems.push(...checkAuthorText(loaded, plan, entries, smallNumbers));
  if (plan && loaded.plan) problems.push(...unusedNotCounts(plan, loaded.plan, smallNumbers));

  describePlaces(problems, loaded);
  if (!plan || !framework || problems.some((p) => p.severity === 'error')) return { ok: false, problems: withoutEchoesOfRefusedFolders(problems) };
  return {
    ok: true,
    plan: { dir: loaded.dir, plan, framework, inspectionEditions, chapters, data: entries, dataSources, youngPeople: youngPeople.sections, warnings: problems },
  };
}

/** Gives each problem in a YAML file its place in words, read from the file's own data ("partners, item 2 (Police)"). */
function describePlaces(problems: Problem[], loaded: LoadedPlan): void {
  const dataOf = new Map<string, unknown>(loaded.data.map((d) => [d.file, d.data]));
  if (loaded.plan) dataOf.set(loaded.plan.file, loaded.plan.data);
  for (const problem of problems) {
    if (problem.field === undefined || problem.place !== undefined || !dataOf.has(problem.file)) continue;
    const place = describeField(problem.field, dataOf.get(problem.file));
    if (place) problem.place = place;
  }
}

/**
 * A folder that links out of the plan is refused whole and nothing in it is
 * read; the chapters and data files it held would each be reported missing
 * too. Those echoes are left out, so the author sees the one real problem.
 */
function withoutEchoesOfRefusedFolders(problems: Problem[]): Problem[] {
  const refused = problems.filter((p) => p.code === 'link-outside-plan' && !/\.[a-z]+$/.test(p.file)).map((p) => `${p.file}/`);
  if (!refused.length) return problems;
  return problems.filter((p) => p.code === 'link-outside-plan' || !refused.some((folder) => p.file.startsWith(folder)));
}

function frameworkIdFrom(data: unknown): string | undefined {
  if (data && typeof data === 'object' && 'framework' in data && typeof data.framework === 'string') return data.framework;
  return undefined;
}

function missingDataProblems(framework: Framework, entries: Map<string, DataEntry>, loaded: LoadedPlan): Problem[] {
  const problems: Problem[] = [];
  // A file that exists but has errors is already reported; only absence is reported here.
  const reported = new Set(loaded.problems.map((p) => p.file));
  for (const chapter of framework.chapters) {
    for (const name of chapter.data ?? []) {
      if (entries.has(name) || reported.has(`data/${name}.yaml`) || loaded.data.some((d) => d.file === `data/${name}.yaml`)) continue;
      problems.push({
        severity: 'error',
        code: 'missing-data-file',
        file: `data/${name}.yaml`,
        message: `The chapter "${chapter.title}" needs data/${name}.yaml, which is missing.`,
        fix: `Create data/${name}.yaml. Run "yjplan new" to see an empty example of each data file.`,
      });
    }
  }
  return problems;
}
