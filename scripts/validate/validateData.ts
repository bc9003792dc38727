import type { Problem } from '../errors/Problem.ts';
import type { YamlSource } from '../load/loadPlan.ts';
import {
  collectionDataKinds,
  isCollectionKind,
  isSingletonKind,
  singletonDataKinds,
  type DataEntry,
} from '../schemas/dataKinds.ts';
import { schemaProblems } from './schemaProblems.ts';
import { closestMatch } from './closestMatch.ts';

/** Checks each data file against the schema its place in data/ implies. */
export function validateData(files: YamlSource[]): { entries: Map<string, DataEntry>; problems: Problem[] } {
  const entries = new Map<string, DataEntry>();
  const problems: Problem[] = [];
  for (const source of files) {
    const parts = source.file.replace(/\.yaml$/, '').split('/').slice(1);
    const [first, second] = parts;
    let kind: string;
    let id: string;
    let schema;
    if (parts.length === 1 && first && isSingletonKind(first)) {
      kind = first;
      id = first;
      schema = singletonDataKinds[first];
    } else if (parts.length === 2 && first && second && isCollectionKind(first)) {
      kind = first;
      id = second;
      schema = collectionDataKinds[first];
    } else {
      const known = [...Object.keys(singletonDataKinds).map((k) => `data/${k}.yaml`), ...Object.keys(collectionDataKinds).map((k) => `data/${k}/NAME.yaml`)];
      const suggestion = first ? closestMatch(first, [...Object.keys(singletonDataKinds), ...Object.keys(collectionDataKinds)]) : undefined;
      problems.push({
        severity: 'error',
        code: 'unknown-data-file',
        file: source.file,
        message: 'yjplan does not know what kind of data this file holds, from its name and folder.',
        expected: `one of ${known.join(', ')}`,
        found: source.file,
        fix: suggestion ? `Did you mean data/${suggestion}${isCollectionKind(suggestion) ? '/…' : '.yaml'}?` : 'Rename or move the file to one of the expected places.',
      });
      continue;
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      problems.push({
        severity: 'error',
        code: 'bad-data-file-name',
        file: source.file,
        message: 'Data file names are used as ids in chapters, so they must be lower-case words joined by hyphens.',
        expected: 'a name like first-time-entrants.yaml',
        found: `${id}.yaml`,
        fix: `Rename it to ${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.yaml.`,
      });
      continue;
    }
    const existing = entries.get(id);
    if (existing) {
      problems.push({
        severity: 'error',
        code: 'duplicate-data-id',
        file: source.file,
        message: `The id "${id}" is already used by ${existing.file}. Chapters refer to data by id, so ids must be unique across data/.`,
        fix: 'Rename one of the two files.',
      });
      continue;
    }
    const result = schema.safeParse(source.data, { reportInput: true });
    if (!result.success) {
      problems.push(...schemaProblems(result.error.issues, source, schema));
      continue;
    }
    entries.set(id, { id, kind, file: source.file, value: result.data } as DataEntry);
  }
  return { entries, problems };
}
