import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../errors/Problem.ts';
import { frameworksDir } from '../paths.ts';
import { inspectionEditionSchema, type InspectionEdition } from '../schemas/inspectionStandards.ts';
import { schemaProblems } from '../validate/schemaProblems.ts';
import { parseYaml } from './parseYaml.ts';
import { readPlanFile } from './readPlanFile.ts';

const folder = path.join(frameworksDir, 'inspection');

/** Every edition of the inspectorate's standards in frameworks/inspection/, by id. These are yjplan's own files, not the plan's. */
export async function loadInspectionEditions(): Promise<{ editions: Map<string, InspectionEdition>; problems: Problem[] }> {
  const editions = new Map<string, InspectionEdition>();
  const problems: Problem[] = [];
  const files = (await readdir(folder)).filter((f) => f.endsWith('.yaml')).sort();
  for (const file of files) {
    const read = await readPlanFile(folder, file);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    const parsed = parseYaml(read.source);
    if (!parsed.ok) {
      problems.push(parsed.problem);
      continue;
    }
    const result = inspectionEditionSchema.safeParse(parsed.data, { reportInput: true });
    if (result.success) editions.set(result.data.id, result.data);
    else problems.push(...schemaProblems(result.error.issues, read.source, inspectionEditionSchema));
  }
  return { editions, problems };
}
