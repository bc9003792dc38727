import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../../errors/UsageError.ts';
import { availableFrameworks, loadFramework } from '../../load/loadFramework.ts';
import { engineRoot } from '../../paths.ts';
import { slugify } from '../../render/filters/slugify.ts';
import { defaultThreshold } from '../../schemas/disclosure.ts';
import { fileExists as exists } from '../../load/fileExists.ts';

export interface ScaffoldOptions {
  dir: string;
  authority: string;
  period: string;
  framework: string;
  /** The date written as plan_date; the build uses it for overdue actions. */
  today: string;
}

/** The comment at the top of each YAML file that tells editors which JSON Schema applies. */
export function schemaComment(fileDir: string, schemaName: string): string {
  const relative = path.relative(fileDir, path.join(engineRoot, 'schemas', `${schemaName}.schema.json`)).split(path.sep).join('/');
  return `# yaml-language-server: $schema=${relative}\n`;
}

const ethnicGroups = ['Asian or Asian British', 'Black, Black British, Caribbean or African', 'Mixed or multiple ethnic groups', 'White', 'Other ethnic group', 'Not known'];
const partners = ['Local authority', 'Police', 'Probation Service', 'Health (integrated care board)', 'Police and crime commissioner', 'Youth Justice Board grant'];

/**
 * Writes a complete new plan folder from a framework edition: plan.yaml
 * filled in, a chapter file for every prescribed chapter with its guidance
 * as a note, and every data file the framework needs as a valid skeleton.
 * The result passes `yjplan check` and builds at once.
 */
export async function scaffoldPlan(options: ScaffoldOptions): Promise<string[]> {
  const dir = path.resolve(options.dir);
  if (await exists(path.join(dir, 'plan.yaml'))) throw new UsageError(planExists(dir));
  const { framework, problems } = await loadFramework(options.framework);
  if (!framework) throw new UsageError(unknownFramework(options.framework, problems.map((p) => p.message)));
  const written: string[] = [];
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
    written.push(file);
  };
  const service = `${options.authority.replace(/\s+(Borough|County|City|District|Metropolitan Borough)?\s*Council$/i, '')} Youth Justice Service`;
  const actionPlanId = `service-improvement-${options.period}`;

  await write(
    'plan.yaml',
    `${schemaComment(dir, 'plan')}framework: ${framework.id}
authority: ${JSON.stringify(options.authority)}
service: ${JSON.stringify(service)}
period: ${options.period}
plan_date: ${options.today}
vision: Write the partnership's vision for children here, in one or two sentences.
priorities:
  - id: first-priority
    title: Write the first priority's title here
    summary: Say in one sentence what the partnership will do about it.
    young_people:
      title: Say it in plain words
      text: Tell young people what this means for them. Keep sentences short.
sign_off:
  chair:
    name: Name of the board chair
    role: Chair, Youth Justice Partnership Board
  # Fill in the date the chair signs, e.g. 2026-06-25. Until then the plan is a draft.
  signed: null
theme:
  primary: "#1d4f91"
  accent: "#00703c"
disclosure:
  threshold: ${defaultThreshold}
`,
  );

  for (const [index, chapter] of framework.chapters.entries()) {
    if (chapter.generated === 'glossary') continue;
    const shortcodes = (chapter.data ?? []).filter((d) => d !== 'glossary').map((d) => `{% table "${d}" %}`);
    if (chapter.id === 'appendix-structure') shortcodes.unshift('{% structure %}');
    if (chapter.id === 'service-development') shortcodes.push(`{% actions "${actionPlanId}" %}`);
    if (chapter.id === 'introduction') shortcodes.push('{% priorities %}');
    await write(
      `content/${String(index + 1).padStart(2, '0')}-${chapter.id}.md`,
      `---\nchapter: ${chapter.id}\n---\n\n<!--\n${chapter.title}\nWhat to write: ${chapter.prompt}\nThis note is never published. Delete it when the chapter is written.\n-->\n\n${shortcodes.map((s) => `${s}\n`).join('\n')}`,
    );
  }

  await write('data/glossary.yaml', `${schemaComment(path.join(dir, 'data'), 'glossary')}terms:\n  - term: YJS\n    expansion: Youth Justice Service\n    definition: The local service that works with children aged 10 to 17 who are in trouble with the law.\n`);
  await write('data/board.yaml', `${schemaComment(path.join(dir, 'data'), 'board')}# List each meeting date, then each member with the meetings they attended.\nmeetings: []\nmembers: []\n`);
  await write(
    'data/staff.yaml',
    `${schemaComment(path.join(dir, 'data'), 'staff')}structure:\n  - role: Head of Service\n    count: 1\ndiversity:\n  title: Staff by ethnicity and sex\n  category_label: Ethnicity\n  columns: [Female, Male]\n  rows:\n${ethnicGroups.map((g) => `    - label: ${JSON.stringify(g)}\n      counts: [0, 0]\n`).join('')}disability:\n  "yes": 0\n  "no": 0\n  not_known: 0\n`,
  );
  await write(
    'data/partner-contributions.yaml',
    `${schemaComment(path.join(dir, 'data'), 'partner-contributions')}partners:\n${partners.map((p) => `  - partner: ${JSON.stringify(p)}\n    staffing: 0\n    payments_in_kind: 0\n    other_delegated_funds: 0\n`).join('')}`,
  );
  await write(`data/actions/${actionPlanId}.yaml`, `${schemaComment(path.join(dir, 'data/actions'), 'actions')}title: Service improvement plan ${options.period.replace('-', '/')}\nactions: []\n`);
  await write(
    'content/young-people/01-what-is-this-plan.md',
    `---\ntitle: What is this plan?\norder: 1\nicon: plan\n---\n\nThis plan says how we will help you. Write it in short, friendly sentences.\n`,
  );
  return written;
}

/** Said when --framework names no edition yjplan can read. */
export function unknownFramework(id: string, reasons: string[]): string {
  return `yjplan cannot use the YJB framework edition "${id}" (frameworks/${id}.yaml: ${reasons.join(' ')}). The editions are: ${availableFrameworks().join(', ')}. Choose one with --framework.`;
}

/** Said when `yjplan new` is pointed at a folder that already holds a plan. */
export function planExists(dir: string): string {
  return `${path.join(dir, 'plan.yaml')} already exists. Choose an empty folder, so no plan is overwritten.`;
}

export function planFolderName(authority: string): string {
  return slugify(authority.replace(/\s+council$/i, ''));
}

