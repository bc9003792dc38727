import path from 'node:path';
import type { Problem } from '../errors/Problem.ts';
import { frameworksDir } from '../paths.ts';
import { frameworkSchema, type Framework } from '../schemas/framework.ts';
import { schemaProblems } from '../validate/schemaProblems.ts';
import { parseYaml } from './parseYaml.ts';
import { readPlanFile } from './readPlanFile.ts';
import { readdirSync } from 'node:fs';

export function availableFrameworks(): string[] {
  return readdirSync(frameworksDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => path.basename(f, '.yaml'))
    .sort();
}

/** Reads frameworks/ID.yaml, the YJB's chapter list for one guidance edition. */
export async function loadFramework(id: string): Promise<{ framework?: Framework; problems: Problem[] }> {
  const read = await readPlanFile(frameworksDir, `${id}.yaml`);
  if (!read.ok) return { problems: [read.problem] };
  const parsed = parseYaml(read.source);
  if (!parsed.ok) return { problems: [parsed.problem] };
  const result = frameworkSchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) return { problems: schemaProblems(result.error.issues, read.source, frameworkSchema) };
  return { framework: result.data, problems: [] };
}
