import type { PlanFigures } from '../compute/computePlanFigures.ts';
import type { Problem } from '../errors/Problem.ts';
import type { Framework } from '../schemas/framework.ts';
import type { Plan } from '../schemas/plan.ts';
import type { ValidPlan } from '../validate/validatePlan.ts';
import { renderComponent } from './components/componentEnvironment.ts';
import { relativeUrl } from './filters/relativeUrl.ts';
import type { GlossaryEntry } from './markdown/glossaryTerms.ts';
import { renderCharts } from './renderCharts.ts';
import { renderMarkdownPage } from './renderMarkdownPage.ts';
import { renderYoungPeople, type YoungPeopleVersion } from './renderYoungPeople.ts';
import { parseShortcodes } from './shortcodes/parseShortcodes.ts';
import type { RenderedChart } from './charts/renderChart.ts';

export interface PageLink {
  url: string;
  title: string;
  number: number;
}

export interface RenderedChapter {
  id: string;
  url: string;
  number: number;
  title: string;
  summary: string | undefined;
  html: string;
  headings: { level: number; id: string; text: string }[];
  /** Level-2 headings, for the "On this page" list. */
  sections: { level: number; id: string; text: string }[];
  previous: PageLink | undefined;
  next: PageLink | undefined;
}

/** Everything the write stage needs: no further reading or computing. */
export interface RenderedPlan {
  plan: Plan;
  framework: Framework;
  figures: PlanFigures;
  chapters: RenderedChapter[];
  glossary: GlossaryEntry[];
  charts: Map<string, RenderedChart>;
  /** Pictures from the plan folder that pages show, as paths in the plan; the site publishes a copy of each. */
  images: string[];
  /** The short version for children, when the plan has one. */
  youngPeople: YoungPeopleVersion | undefined;
  /** Title used on the home page, in <title> and in the PDF metadata. */
  title: string;
  draft: boolean;
  problems: Problem[];
}

export const homeUrl = 'index.html';
export const glossaryUrl = 'glossary.html';

/** Where an image from the plan folder is published in the site, e.g. content/images/logo.svg => assets/logo.svg. */
export function planImageAssetUrl(file: string): string {
  return `assets/${file.split(/[\\/]/).pop()}`;
}

/** The signature gets a fixed name, so it cannot collide with the logo or a stylesheet. */
export function signatureAssetUrl(file: string): string {
  return `assets/signature${file.slice(file.lastIndexOf('.')).toLowerCase()}`;
}

export function chapterUrl(id: string): string {
  return `${id}.html`;
}

/** Renders every chapter to HTML once; the site and the PDF both use the result. */
export async function renderPlan(valid: ValidPlan, figures: PlanFigures): Promise<RenderedPlan> {
  const problems: Problem[] = [];
  const glossaryData = figures.byId.get('glossary');
  const glossary: GlossaryEntry[] =
    glossaryData?.kind === 'glossary' ? glossaryData.figures.terms.map((t) => ({ term: t.term, expansion: t.expansion, definition: t.definition, notIn: t.not_in })) : [];
  const hasGlossaryPage = valid.chapters.some((c) => c.definition.generated === 'glossary');

  // Find where each action plan and chart is placed before rendering, so links and charts are ready.
  const actionPages = new Map<string, string>();
  const requestedCharts = new Set<string>();
  const placed = new Map<string, { file: string; line: number }>();
  for (const chapter of valid.chapters) {
    if (!chapter.source) continue;
    for (const call of parseShortcodes(chapter.source.body).calls) {
      const id = call.args[0];
      if (!id) continue;
      // The PDF puts every chapter in one document, where a table or chart placed twice would repeat its ids and its links could not say which one they mean.
      const placement = `${call.name === 'actions' ? 'table' : call.name}:${id}`;
      const line = chapter.source.bodyLine + call.line - 1;
      const first = placed.get(placement);
      if (first && (call.name === 'table' || call.name === 'actions' || call.name === 'chart')) {
        problems.push({
          severity: 'error',
          code: 'placed-twice',
          file: chapter.source.file,
          line,
          column: call.column,
          message: `The ${call.name === 'chart' ? 'chart' : 'table'} "${id}" is already placed in ${first.file} at line ${first.line}. Each table and chart appears once in the plan.`,
          found: call.raw,
          fix: `Remove this one and refer to the other in words, or link to it, e.g. [see the table](${chapterUrl(valid.chapters.find((c) => c.source?.file === first.file)?.definition.id ?? '')}).`,
        });
      } else placed.set(placement, { file: chapter.source.file, line });
      if (call.name === 'actions' || call.name === 'table') if (!actionPages.has(id)) actionPages.set(id, chapterUrl(chapter.definition.id));
      if (call.name === 'chart') requestedCharts.add(id);
    }
  }
  const { charts, problems: chartProblems } = await renderCharts(valid, figures, requestedCharts);
  problems.push(...chartProblems);

  const images: string[] = [];
  const links: PageLink[] = valid.chapters.map((c) => ({ url: chapterUrl(c.definition.id), title: c.title, number: c.number }));
  const chapters = valid.chapters.map((chapter, index): RenderedChapter => {
    const url = links[index]!.url;
    let html = '';
    let headings: RenderedChapter['headings'] = [];
    if (chapter.source) {
      const rendered = renderMarkdownPage(chapter.source, {
        planDir: valid.dir,
        idPrefix: `${chapter.definition.id}--`,
        glossary: chapter.definition.generated === 'glossary' ? [] : glossary,
        glossaryHref: hasGlossaryPage ? relativeUrl(glossaryUrl, url) : undefined,
        context: { plan: valid.plan, figures, charts, actionPages, pageUrl: url, lookup: () => undefined },
      });
      html = rendered.html;
      headings = rendered.headings;
      images.push(...rendered.images);
      problems.push(...rendered.problems);
    }
    if (chapter.definition.generated === 'sign-off') {
      const signatureUrl = valid.plan.sign_off.signature ? signatureAssetUrl(valid.plan.sign_off.signature) : undefined;
      html += renderComponent('sign-off', { signOff: { ...valid.plan.sign_off, signatureUrl }, plan: valid.plan });
    }
    if (chapter.definition.generated === 'glossary') html += renderComponent('glossary-list', { terms: glossary });
    return {
      id: chapter.definition.id,
      url,
      number: chapter.number,
      title: chapter.title,
      summary: chapter.summary,
      html,
      headings,
      sections: headings.filter((h) => h.level === 2),
      previous: links[index - 1],
      next: links[index + 1],
    };
  });

  const youngPeople = renderYoungPeople(valid, figures, charts);
  problems.push(...youngPeople.problems);
  images.push(...youngPeople.images);

  return {
    plan: valid.plan,
    framework: valid.framework,
    figures,
    chapters,
    glossary,
    charts,
    images: [...new Set(images)],
    youngPeople: youngPeople.version,
    title: `${valid.plan.service}: Youth Justice Plan ${valid.plan.period.replace('-', '/')}`,
    draft: valid.plan.sign_off.signed === null,
    problems: [...valid.warnings, ...figures.warnings, ...problems],
  };
}
