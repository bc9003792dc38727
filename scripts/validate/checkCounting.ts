import { headingNamesPeople } from '../checks/narrative/smallCounts.ts';
import type { Problem } from '../errors/Problem.ts';
import { locateYamlPath } from '../load/locateYamlPath.ts';
import type { YamlSource } from '../load/loadPlan.ts';
import type { DataEntry } from '../schemas/dataKinds.ts';
import { formatFieldPath } from './fieldPath.ts';

/**
 * A table that says it counts offences, outcomes, events or staff is
 * published in full, so its headings must not say it counts children:
 * "Children by outcome" with counting: outcomes, or a column "Girls", is a
 * table of children wearing the wrong label. Each is an error at the
 * heading's line.
 */
export function checkCounting(entries: Map<string, DataEntry>, sources: Map<string, YamlSource>): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries.values()) {
    if (entry.kind !== 'breakdowns' && entry.kind !== 'indicators') continue;
    const counting = entry.value.counting;
    if (counting === undefined || counting === 'children' || counting === 'people' || entry.value.identifying) continue;
    if (entry.kind === 'indicators' && entry.value.unit !== 'number') continue;
    const headings: [PropertyKey[], string | undefined][] =
      entry.kind === 'breakdowns'
        ? [[['title'], entry.value.title], [['category_label'], entry.value.category_label], ...(entry.value.columns ?? []).map((c, i): [PropertyKey[], string] => [['columns', i], c])]
        : [[['title'], entry.value.title], [['measure'], entry.value.measure]];
    headings.push([['chart', 'title'], entry.value.chart?.title], [['chart', 'y_title'], entry.value.chart?.y_title]);
    const wrong = headings.find(([, text]) => text !== undefined && headingNamesPeople(text));
    if (!wrong) continue;
    const [path, text] = wrong;
    const source = sources.get(entry.file);
    problems.push({
      severity: 'error',
      code: 'counting-says-people',
      file: entry.file,
      ...(source ? locateYamlPath(source.text, path) : undefined),
      field: formatFieldPath(path),
      message: `This table says counting: ${counting}, so its small numbers are shown in full, but "${text}" says it counts people.`,
      expected: `headings that name the ${counting} counted, or no counting: line if the numbers are children`,
      found: text,
      fix: `If the numbers count children, remove "counting: ${counting}" (children are the default, and small numbers are hidden). If they count ${counting}, say so in the heading, e.g. "Number of ${counting}".`,
    });
  }
  return problems;
}
