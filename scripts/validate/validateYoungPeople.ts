import { checkYoungPersonText } from '../checks/readability/checkYoungPersonText.ts';
import type { Problem } from '../errors/Problem.ts';
import type { MarkdownSource } from '../load/loadPlan.ts';
import type { Plan } from '../schemas/plan.ts';
import { youngPeopleFrontMatterSchema, type YoungPeopleFrontMatter } from '../schemas/youngPeople.ts';
import { schemaProblems } from './schemaProblems.ts';

export interface YoungPeopleSection {
  source: MarkdownSource;
  frontMatter: YoungPeopleFrontMatter;
}

/** Checks the young-person pages' front matter and how readable their text is. */
export function validateYoungPeople(files: MarkdownSource[], plan: Plan | undefined, glossaryTerms: string[]): { sections: YoungPeopleSection[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const sections: YoungPeopleSection[] = [];
  for (const source of files) {
    if (source.frontMatter === undefined) continue;
    const fmText = source.text.split('\n').slice(source.frontMatterLineOffset).join('\n');
    const result = youngPeopleFrontMatterSchema.safeParse(source.frontMatter, { reportInput: true });
    if (!result.success) {
      problems.push(...schemaProblems(result.error.issues, source, youngPeopleFrontMatterSchema, fmText, source.frontMatterLineOffset));
      continue;
    }
    sections.push({ source, frontMatter: result.data });
    if (plan) problems.push(...checkYoungPersonText(source, plan.young_people, glossaryTerms));
  }
  if (plan) {
    for (const [index, priority] of plan.priorities.entries()) {
      if (!priority.young_people) continue;
      const text = `${priority.young_people.title}. ${priority.young_people.text}`;
      problems.push(
        ...checkYoungPersonText({ file: 'plan.yaml', body: text, bodyLine: 1 }, plan.young_people, glossaryTerms).map((p) => ({
          ...p,
          line: undefined,
          field: `priorities[${index}].young_people`,
        })),
      );
    }
  }
  sections.sort((a, b) => a.frontMatter.order - b.frontMatter.order || a.source.file.localeCompare(b.source.file));
  return { sections, problems };
}
