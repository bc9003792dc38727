import { componentEnvironment } from '../../render/components/componentEnvironment.ts';
import type { RenderedPlan } from '../../render/renderPlan.ts';
import { printPageStyle } from './printPageStyle.ts';

/** The print page's own stylesheet, beside it: a file rather than a <style>, so the page keeps the site's policy (style-src 'self'). */
export const pageStyleFile = 'page.css';

/**
 * Page links inside the website become links inside the one print document:
 * "glossary.html#term-yjs" => "#term-yjs", "performance.html" => "#chapter-performance".
 * Images the site keeps in assets/ are found from the print folder.
 * Chart data tables are opened, since a closed <details> prints nothing.
 */
export function toPrintHtml(html: string, assetsHref: string): string {
  return html
    .replace(/src="assets\//g, `src="${assetsHref}/`)
    .replace(/href="(?:\.\.\/)*([a-z0-9-]+)\.html#([^"]+)"/g, 'href="#$2"')
    .replace(/href="(?:\.\.\/)*([a-z0-9-]+)\.html"/g, 'href="#chapter-$1"')
    .replace(/<details(?![^>]*\bopen\b)/g, '<details open');
}

export interface PrintOptions {
  /** Relative path from the print HTML to the site's assets folder. */
  assetsHref: string;
  logoHref: string | undefined;
  /** Page where each chapter starts, by chapter id; empty on the first pass. */
  pages: Record<string, number>;
}

export function renderPrintHtml(rendered: RenderedPlan, options: PrintOptions): string {
  const plan = rendered.plan;
  const [startYear, endYear] = [Number(plan.period.slice(0, 4)), Number(plan.period.slice(0, 4)) + 1];
  return componentEnvironment().render('layouts/print.njk', {
    params: {
      plan,
      title: rendered.title,
      pageStyleHref: pageStyleFile,
      periodText: `1 April ${startYear} to 31 March ${endYear}`,
      draft: rendered.draft,
      internal: rendered.figures.audience === 'internal',
      chapters: rendered.chapters.map((chapter) => ({ ...chapter, printHtml: toPrintHtml(chapter.html, options.assetsHref) })),
      ...options,
    },
  });
}

/** The stylesheet written to pageStyleFile: the running title and the marks for a draft or internal plan. */
export function renderPrintPageStyle(rendered: RenderedPlan): string {
  const plan = rendered.plan;
  return printPageStyle({
    runningTitle: `${plan.service}: Youth Justice Plan ${plan.period.replace('-', '/')}`,
    draft: rendered.draft,
    internal: rendered.figures.audience === 'internal',
  });
}

/** The bookmark title Chromium makes from a chapter's heading, e.g. "3. Child First". */
export function chapterBookmarkTitle(chapter: { number: number; title: string }): string {
  return `${chapter.number}. ${chapter.title}`;
}
