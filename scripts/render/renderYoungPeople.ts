import type { PlanFigures } from '../compute/computePlanFigures.ts';
import type { Problem } from '../errors/Problem.ts';
import type { ValidPlan } from '../validate/validatePlan.ts';
import { renderMarkdownPage } from './renderMarkdownPage.ts';
import type { RenderedChart } from './charts/renderChart.ts';

export interface YoungPeopleSectionHtml {
  id: string;
  title: string;
  icon: string | undefined;
  html: string;
}

/** The short version for children: its own sections plus the plan's priorities in their plain words. */
export interface YoungPeopleVersion {
  title: string;
  sections: YoungPeopleSectionHtml[];
  /** Priorities that have young-person wording, in plan order. */
  changes: { title: string; text: string }[];
}

export const youngPeopleUrl = 'young-people/index.html';

export function renderYoungPeople(valid: ValidPlan, figures: PlanFigures, charts: Map<string, RenderedChart>): { version: YoungPeopleVersion | undefined; images: string[]; problems: Problem[] } {
  const changes = valid.plan.priorities.flatMap((p) => (p.young_people ? [{ title: p.young_people.title, text: p.young_people.text }] : []));
  if (!valid.youngPeople.length && !changes.length) return { version: undefined, images: [], problems: [] };
  const problems: Problem[] = [];
  const images: string[] = [];
  const sections = valid.youngPeople.map((section, index) => {
    const rendered = renderMarkdownPage(section.source, {
      planDir: valid.dir,
      idPrefix: `yp-${index + 1}--`,
      glossary: [],
      glossaryHref: undefined,
      context: { plan: valid.plan, figures, charts, actionPages: new Map(), pageUrl: youngPeopleUrl, lookup: () => undefined },
    });
    problems.push(...rendered.problems);
    images.push(...rendered.images);
    return { id: `section-${index + 1}`, title: section.frontMatter.title, icon: section.frontMatter.icon, html: rendered.html };
  });
  return { version: { title: valid.plan.young_people.title, sections, changes }, images, problems };
}
