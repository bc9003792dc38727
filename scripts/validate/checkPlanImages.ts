import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../errors/Problem.ts';
import type { SourceFile } from '../load/readPlanFile.ts';
import { locateYamlPath } from '../load/locateYamlPath.ts';
import type { Plan } from '../schemas/plan.ts';

const imageTypes = ['.svg', '.png', '.jpg', '.jpeg', '.webp'];

/**
 * The logo and the chair's signature are copied into every output, so each
 * must be an image inside the plan folder. Checked here, where a typo can be
 * reported at its line, rather than failing later as a file-copy error.
 */
export async function checkPlanImages(plan: Plan, planDir: string, source: SourceFile): Promise<Problem[]> {
  const problems: Problem[] = [];
  const fields: [string[], string | undefined][] = [
    [['theme', 'logo'], plan.theme.logo],
    [['sign_off', 'signature'], plan.sign_off.signature],
  ];
  const root = await realpath(planDir);
  for (const [field, value] of fields) {
    if (value === undefined) continue;
    const problem = (code: string, message: string, fix: string): Problem => ({
      severity: 'error',
      code,
      file: source.file,
      ...locateYamlPath(source.text, field),
      field: field.join('.'),
      message,
      found: value,
      fix,
    });
    if (!imageTypes.includes(path.extname(value).toLowerCase())) {
      problems.push(problem('not-an-image', `"${value}" is not an image file yjplan can publish.`, `Use an SVG, PNG, JPEG or WebP file (${imageTypes.join(', ')}).`));
      continue;
    }
    let real: string;
    try {
      real = await realpath(path.resolve(planDir, value));
      if (!(await stat(real)).isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
    } catch {
      problems.push(problem('missing-image', `There is no file at "${value}" in the plan folder.`, 'Check the spelling and the folder, relative to plan.yaml, e.g. content/images/logo.svg.'));
      continue;
    }
    if (!real.startsWith(root + path.sep)) {
      problems.push(problem('image-outside-plan', `"${value}" is outside the plan folder.`, 'Copy the image into the plan folder, e.g. content/images/, and point to it there.'));
    }
  }
  return problems;
}
