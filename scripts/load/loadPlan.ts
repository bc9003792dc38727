import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../errors/Problem.ts';
import { parseYaml } from './parseYaml.ts';
import { isInside, readPlanFile, type SourceFile } from './readPlanFile.ts';
import { blankAuthorNotes, splitFrontMatter } from './splitFrontMatter.ts';

export interface YamlSource extends SourceFile {
  data: unknown;
}

export interface MarkdownSource extends SourceFile {
  frontMatter: unknown;
  /** Line offset to add to a line number inside the front matter YAML. */
  frontMatterLineOffset: number;
  body: string;
  bodyLine: number;
}

/** Everything read from a plan folder, before any checking of what it means. */
export interface LoadedPlan {
  dir: string;
  plan: YamlSource | undefined;
  chapters: MarkdownSource[];
  youngPeople: MarkdownSource[];
  /** data/NAME.yaml and data/FOLDER/NAME.yaml files. */
  data: YamlSource[];
  problems: Problem[];
}

/**
 * Reads a plan folder: plan.yaml, content/*.md, content/young-people/*.md,
 * data/*.yaml and data/FOLDER/*.yaml. Files that cannot be read or parsed
 * become problems; the rest are returned so validation can report on them too.
 */
export async function loadPlan(planDir: string): Promise<LoadedPlan> {
  const dir = path.resolve(planDir);
  const loaded: LoadedPlan = { dir, plan: undefined, chapters: [], youngPeople: [], data: [], problems: [] };

  const planRead = await readPlanFile(dir, 'plan.yaml');
  if (!planRead.ok) {
    if (planRead.problem.code === 'missing-file') {
      planRead.problem.message = `No plan.yaml was found in ${dir}.`;
      planRead.problem.fix = 'Run yjplan in a plan folder, or give one with --plan DIR. A plan folder holds plan.yaml, content/ and data/.';
    }
    loaded.problems.push(planRead.problem);
  } else {
    const parsed = parseYaml(planRead.source);
    if (parsed.ok) loaded.plan = { ...planRead.source, data: parsed.data };
    else loaded.problems.push(parsed.problem);
  }

  const [chapterFiles, youngPeopleFiles, dataFiles] = await Promise.all([
    listFiles(dir, 'content', '.md', loaded.problems),
    listFiles(dir, 'content/young-people', '.md', loaded.problems),
    listDataFiles(dir, loaded.problems),
  ]);
  const [chapters, youngPeople, data] = await Promise.all([
    Promise.all(chapterFiles.map((file) => loadMarkdown(dir, file, loaded.problems))),
    Promise.all(youngPeopleFiles.map((file) => loadMarkdown(dir, file, loaded.problems))),
    Promise.all(dataFiles.map((file) => loadYaml(dir, file, loaded.problems))),
  ]);
  loaded.chapters = chapters.filter((c): c is MarkdownSource => c !== undefined);
  loaded.youngPeople = youngPeople.filter((c): c is MarkdownSource => c !== undefined);
  loaded.data = data.filter((d): d is YamlSource => d !== undefined);
  return loaded;
}

async function loadYaml(dir: string, file: string, problems: Problem[]): Promise<YamlSource | undefined> {
  const read = await readPlanFile(dir, file);
  if (!read.ok) {
    problems.push(read.problem);
    return undefined;
  }
  if (read.source.text.trim() === '') {
    problems.push({ severity: 'error', code: 'empty-file', file: read.source.file, message: 'This data file is empty.', fix: 'Fill it in, or delete it if it is not needed.' });
    return undefined;
  }
  const parsed = parseYaml(read.source);
  if (!parsed.ok) {
    problems.push(parsed.problem);
    return undefined;
  }
  return { ...read.source, data: parsed.data };
}

async function loadMarkdown(dir: string, file: string, problems: Problem[]): Promise<MarkdownSource | undefined> {
  const read = await readPlanFile(dir, file);
  if (!read.ok) {
    problems.push(read.problem);
    return undefined;
  }
  const split = splitFrontMatter(read.source.text);
  let frontMatter: unknown = undefined;
  if (split.frontMatter === undefined) {
    problems.push({
      severity: 'error',
      code: 'missing-front-matter',
      file: read.source.file,
      line: 1,
      message: 'This chapter has no front matter, so yjplan cannot tell which chapter it is.',
      expected: 'the file to start with three lines: ---, chapter: CHAPTER-ID, ---',
      found: JSON.stringify(read.source.text.split('\n')[0] ?? ''),
      fix: 'Add at the very top:\n---\nchapter: local-context\n---',
    });
  } else {
    const parsed = parseYaml(read.source, split.frontMatter, split.frontMatterLine - 1);
    if (parsed.ok) frontMatter = parsed.data;
    else problems.push(parsed.problem);
  }
  return { ...read.source, frontMatter, frontMatterLineOffset: split.frontMatterLine - 1, body: blankAuthorNotes(split.body), bodyLine: split.bodyLine };
}

/**
 * The .md or .yaml files directly in one folder of the plan. A folder that
 * is a link (itself or through a folder above it) to somewhere outside the
 * plan is refused as a whole, as a linked file is, and nothing in it is read.
 */
async function listFiles(dir: string, folder: string, extension: string, problems: Problem[]): Promise<string[]> {
  const parts = folder.split('/');
  // A folder inside a refused one (content/young-people in a linked content/) is not reported again.
  for (let i = 1; i < parts.length; i++) if (await outsidePlan(dir, parts.slice(0, i).join('/'))) return [];
  const outside = await outsidePlan(dir, folder);
  if (outside) {
    problems.push(linkedFolderProblem(folder, outside));
    return [];
  }
  try {
    const entries = await readdir(path.join(dir, folder), { withFileTypes: true });
    return entries
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && e.name.endsWith(extension) && !e.name.startsWith('.'))
      .map((e) => `${folder}/${e.name}`)
      .sort();
  } catch {
    return [];
  }
}

async function listDataFiles(dir: string, problems: Problem[]): Promise<string[]> {
  if (await outsidePlan(dir, 'data')) return listFiles(dir, 'data', '.yaml', problems);
  const top = await listFiles(dir, 'data', '.yaml', problems);
  let folders: string[] = [];
  try {
    const entries = await readdir(path.join(dir, 'data'), { withFileTypes: true });
    const linkedFolders = await Promise.all(entries.filter((e) => e.isSymbolicLink()).map(async (e) => ((await isFolder(path.join(dir, 'data', e.name))) ? [e.name] : [])));
    folders = [...entries.filter((e) => e.isDirectory()).map((e) => e.name), ...linkedFolders.flat()].filter((name) => !name.startsWith('.')).sort();
  } catch {
    return top;
  }
  const nested = await Promise.all(folders.map((folder) => listFiles(dir, `data/${folder}`, '.yaml', problems)));
  return [...top, ...nested.flat()];
}

/** Where a plan folder really is, when that is outside the plan; undefined when it is inside or missing. */
async function outsidePlan(dir: string, folder: string): Promise<string | undefined> {
  try {
    const real = await realpath(path.join(dir, folder));
    return isInside(real, await realpath(dir)) ? undefined : real;
  } catch {
    return undefined;
  }
}

async function isFolder(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

function linkedFolderProblem(folder: string, target: string): Problem {
  return {
    severity: 'error',
    code: 'link-outside-plan',
    file: folder,
    message: `The folder ${folder} is a link to ${target}, which is outside the plan folder, so nothing in it is read.`,
    fix: 'Copy the folder into the plan folder instead of linking to it.',
  };
}
