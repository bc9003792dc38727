import type { Problem } from '../errors/Problem.ts';
import { locateYamlPath } from '../load/locateYamlPath.ts';
import type { MarkdownSource } from '../load/loadPlan.ts';
import { chapterFrontMatterSchema, type ChapterFrontMatter } from '../schemas/chapter.ts';
import type { Framework, FrameworkChapter } from '../schemas/framework.ts';
import { closestMatch } from './closestMatch.ts';
import { checkSmallNumbers, type SmallNumberOptions } from '../checks/narrative/checkSmallNumbers.ts';
import { schemaProblems } from './schemaProblems.ts';

export interface PlannedChapter {
  definition: FrameworkChapter;
  /** 1-based position in the framework; the contents and PDF use it. */
  number: number;
  title: string;
  summary: string | undefined;
  /** The Markdown file, absent for a generated chapter with no introduction. */
  source: MarkdownSource | undefined;
}

/**
 * Matches chapter files to the framework's prescribed chapters: each file
 * names a chapter that exists, no chapter is written twice, and every
 * required chapter is present. The result is in the framework's order.
 */
export function validateStructure(framework: Framework, files: MarkdownSource[], smallNumbers?: SmallNumberOptions): { chapters: PlannedChapter[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const byId = new Map<string, { source: MarkdownSource; frontMatter: ChapterFrontMatter }>();
  const ids = framework.chapters.map((c) => c.id);

  for (const source of files) {
    if (source.frontMatter === undefined) continue;
    const fmText = source.text.split('\n').slice(source.frontMatterLineOffset).join('\n');
    const result = chapterFrontMatterSchema.safeParse(source.frontMatter, { reportInput: true });
    if (!result.success) {
      problems.push(...schemaProblems(result.error.issues, source, chapterFrontMatterSchema, fmText, source.frontMatterLineOffset));
      continue;
    }
    const id = result.data.chapter;
    const position = locateYamlPath(fmText, ['chapter'], false, source.frontMatterLineOffset);
    if (!ids.includes(id)) {
      const suggestion = closestMatch(id, ids);
      problems.push({
        severity: 'error',
        code: 'unknown-chapter',
        file: source.file,
        ...position,
        field: 'chapter',
        message: `"${id}" is not a chapter of the ${framework.title}.`,
        expected: `one of ${ids.join(', ')}`,
        found: id,
        fix: suggestion ? `Did you mean "${suggestion}"?` : 'Use one of the chapter ids listed, or check plan.yaml names the right framework.',
      });
      continue;
    }
    const earlier = byId.get(id);
    if (earlier) {
      problems.push({
        severity: 'error',
        code: 'duplicate-chapter',
        file: source.file,
        ...position,
        field: 'chapter',
        message: `The chapter "${id}" is also written in ${earlier.source.file}. Each chapter must be in one file only.`,
        found: id,
        fix: `Merge the two files, or change the chapter id in one of them.`,
      });
      continue;
    }
    byId.set(id, { source, frontMatter: result.data });
    if (smallNumbers) problems.push(...checkSmallNumbers(source.file, source.body, source.bodyLine, smallNumbers));
    const definition = framework.chapters.find((c) => c.id === id);
    if (source.body.trim() === '' && !definition?.generated) {
      problems.push({
        severity: 'warning',
        code: 'empty-chapter',
        file: source.file,
        line: source.bodyLine,
        message: `The chapter "${id}" has no text yet.`,
        fix: `Write about: ${definition?.prompt ?? ''}`,
      });
    }
  }

  const chapters: PlannedChapter[] = [];
  framework.chapters.forEach((definition, index) => {
    const written = byId.get(definition.id);
    if (!written && definition.required && !definition.generated) {
      problems.push({
        severity: 'error',
        code: 'missing-chapter',
        file: 'content/',
        message: `The required chapter "${definition.title}" (${definition.id}) is missing. It should cover: ${definition.prompt}`,
        expected: `a Markdown file in content/ whose front matter says chapter: ${definition.id}`,
        fix: `Create content/${String(index + 1).padStart(2, '0')}-${definition.id}.md starting with:\n---\nchapter: ${definition.id}\n---`,
      });
    }
    if (!written && !definition.generated) return;
    chapters.push({
      definition,
      number: index + 1,
      title: written?.frontMatter.title ?? definition.title,
      summary: written?.frontMatter.summary,
      source: written?.source,
    });
  });
  chapters.forEach((chapter, index) => (chapter.number = index + 1));
  return { chapters, problems };
}
