import { checkSmallNumbers, checkSmallNumbersInText, type SmallNumberOptions } from '../checks/narrative/checkSmallNumbers.ts';
import type { Problem } from '../errors/Problem.ts';
import { locateYamlPath } from '../load/locateYamlPath.ts';
import type { LoadedPlan, MarkdownSource, YamlSource } from '../load/loadPlan.ts';
import type { DataEntry } from '../schemas/dataKinds.ts';
import type { Plan } from '../schemas/plan.ts';
import { formatFieldPath } from './fieldPath.ts';

/** Fields that hold ids, dates, settings or code rather than text a reader sees, and settings never published. */
const notText = new Set([
  'id', 'ref', 'status', 'due', 'priority', 'duplicate_of', 'comparator', 'unit', 'counting', 'type', 'vega_lite', 'published', 'meetings', 'attended',
  'framework', 'period', 'plan_date', 'language', 'chapter', 'order', 'picture', 'signature', 'signed', 'email', 'phone', 'theme', 'disclosure', 'internal_notes',
]);

/**
 * Small counts of people typed anywhere a reader will see them, beyond the
 * chapters' text (validateStructure checks those): the young-person pages,
 * chapter titles and summaries, plan.yaml (vision, priorities) and every
 * published string in data/ (action progress, descriptions, notes, labels).
 */
export function checkAuthorText(loaded: LoadedPlan, plan: Plan | undefined, entries: Map<string, DataEntry>, options: SmallNumberOptions): Problem[] {
  if (options.threshold <= 0) return [];
  const problems: Problem[] = [];
  for (const source of loaded.youngPeople) {
    if (source.frontMatter === undefined) continue;
    problems.push(...checkSmallNumbers(source.file, source.body, source.bodyLine, options));
  }
  for (const source of [...loaded.chapters, ...loaded.youngPeople]) problems.push(...checkFrontMatter(source, options));
  if (plan && loaded.plan) problems.push(...checkYamlText(plan, loaded.plan.file, loaded.plan.text, 0, options));
  for (const entry of entries.values()) {
    const source = loaded.data.find((d) => d.file === entry.file);
    if (source) problems.push(...checkYamlText(entry.value, entry.file, source.text, 0, options));
  }
  return problems;
}

function checkFrontMatter(source: MarkdownSource, options: SmallNumberOptions): Problem[] {
  if (source.frontMatter === undefined) return [];
  const text = source.text.split('\n').slice(source.frontMatterLineOffset).join('\n');
  return checkYamlText(source.frontMatter, source.file, text, source.frontMatterLineOffset, options);
}

/** Checks each published string in a YAML value, at its own line. Anything marked internal: true is for the board only. */
function checkYamlText(value: unknown, file: string, text: string, lineOffset: number, options: SmallNumberOptions): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: unknown, path: PropertyKey[]) => {
    if (typeof node === 'string') {
      const found = checkSmallNumbersInText(node, { file, field: formatFieldPath(path) }, options);
      if (found.length) {
        const position = locateYamlPath(text, path, false, lineOffset);
        problems.push(...found.map((p) => ({ ...p, ...position })));
      }
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, [...path, i]));
    } else if (node && typeof node === 'object') {
      if ((node as { internal?: unknown }).internal === true) return;
      for (const [key, child] of Object.entries(node)) if (!notText.has(key)) visit(child, [...path, key]);
    }
  };
  visit(value, []);
  return problems;
}

/**
 * Each exception in disclosure.not_counts should still excuse something:
 * one left behind after the text changed would quietly excuse a real count
 * typed later. Reported as a warning at its line.
 */
export function unusedNotCounts(plan: Plan, source: YamlSource, options: SmallNumberOptions): Problem[] {
  if (options.threshold <= 0) return [];
  return plan.disclosure.not_counts.flatMap((phrase, i) =>
    options.used?.has(phrase)
      ? []
      : [
          {
            severity: 'warning' as const,
            code: 'unused-not-count',
            file: source.file,
            ...locateYamlPath(source.text, ['disclosure', 'not_counts', i]),
            field: `disclosure.not_counts[${i}]`,
            message: `"${phrase}" is listed as not a count of people, but no published text gives it now.`,
            found: phrase,
            fix: 'Remove it from not_counts, so it cannot excuse a count typed later.',
          },
        ],
  );
}
