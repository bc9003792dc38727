import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer';
import { mapConcurrent } from './builtFiles.ts';
import { openBuiltPage } from './openBuiltPage.ts';
import type { VerifyFailure } from './VerifyFailure.ts';

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  /** CSS selectors of the elements that fail. */
  nodes: string[];
  /** axe's explanation for the first element, e.g. the colours and the ratio found. */
  summary: string;
}

/** The WCAG 2.2 A and AA rules, as axe-core tags them. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Desktop, and the 320 CSS pixels WCAG 1.4.10 (Reflow) asks a page to work at without scrolling sideways. */
export const defaultWidths = [1280, 320];

/**
 * Runs axe-core in an open page, WCAG 2.2 A and AA rules only. The site's
 * CSP forbids scripts, so the page must have been opened with CSP bypassed.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    type AxeNode = { target: string[]; failureSummary?: string };
    type AxeResult = { id: string; impact: string | null; help: string; helpUrl: string; nodes: AxeNode[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeResult[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => n.target.join(' ')),
      summary: (v.nodes[0]?.failureSummary ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !/^Fix (any|all) of the following:$/i.test(line))
        .join('; '),
    }));
  }, wcagTags);
}

/** Runs axe-core in Chromium on one built page at one width. */
export async function runAxe(browser: Browser, htmlFile: string, width = 1280): Promise<AxeViolation[]> {
  const opened = await openBuiltPage(browser, htmlFile, { width, bypassCsp: true });
  try {
    return await axeViolations(opened.page);
  } finally {
    await opened.close();
  }
}

/** Elements that make the page wider than the window, outside any element that scrolls sideways on purpose. */
async function sidewaysOverflow(page: Page): Promise<{ contentWidth: number; culprits: string[] } | undefined> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth <= width) return undefined;
    const scrolls = (element: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(element).overflowX);
    const describe = (element: Element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}`;
    const culprits: string[] = [];
    const inScroller = (element: Element | null) => {
      let inside = element;
      while (inside && inside !== document.body && !scrolls(inside)) inside = inside.parentElement;
      return Boolean(inside && inside !== document.body);
    };
    for (const element of document.body.querySelectorAll('*')) {
      if (element.getBoundingClientRect().right <= width + 1) continue;
      const parent = element.parentElement;
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > width + 1) continue;
      if (!inScroller(parent)) culprits.push(describe(element));
    }
    // A word too long for its line runs out of its element's box without widening the element.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const parent = node.parentElement;
      if (!parent || range.getBoundingClientRect().right <= width + 1 || parent.getBoundingClientRect().right > width + 1 || inScroller(parent)) continue;
      culprits.push(`text "${(node.textContent ?? '').trim().slice(0, 40)}" in ${describe(parent)}`);
    }
    return { contentWidth: root.scrollWidth, culprits: [...new Set(culprits)].slice(0, 5) };
  });
}

/**
 * Checks every page with axe-core (WCAG 2.2 A and AA) at each width, checks
 * that at the narrowest width nothing makes the page scroll sideways
 * (WCAG 1.4.10), and that no page asks for a file from another host.
 */
export async function checkAccessibility(browser: Browser, htmlFiles: string[], options: { widths?: number[]; concurrency?: number } = {}): Promise<VerifyFailure[]> {
  const widths = options.widths ?? defaultWidths;
  const narrowest = Math.min(...widths);
  const perPage = await mapConcurrent(htmlFiles, options.concurrency ?? 2, async (file) => {
    const failures: VerifyFailure[] = [];
    const opened = await openBuiltPage(browser, file, { width: widths[0], bypassCsp: true });
    try {
      for (const width of widths) {
        await opened.page.setViewport({ width, height: 900 });
        await opened.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
        for (const v of await axeViolations(opened.page)) {
          const more = v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : '';
          failures.push({
            checker: 'accessibility',
            file,
            message: `at ${width}px: ${v.id} (${v.impact ?? 'unknown impact'}) ${v.help}. ${v.summary ? `${v.summary}. ` : ''}Elements: ${v.nodes.slice(0, 3).join(', ')}${more}. See ${v.helpUrl}`,
          });
        }
        if (width === narrowest) {
          const overflow = await sidewaysOverflow(opened.page);
          if (overflow) {
            failures.push({
              checker: 'reflow',
              file,
              message: `at ${width}px the page scrolls sideways (its content is ${overflow.contentWidth}px wide), so someone who zooms in must scroll in two directions (WCAG 1.4.10 Reflow). Too wide: ${overflow.culprits.join(', ') || 'unknown'}.`,
            });
          }
        }
      }
      for (const url of new Set(opened.externalRequests)) {
        failures.push({ checker: 'requests', file, message: `The page asked for ${url}, from another host. A published plan must load only its own files (the request was blocked).` });
      }
    } finally {
      await opened.close();
    }
    return failures;
  });
  return perPage.flat();
}
