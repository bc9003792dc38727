import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'puppeteer';
import { openBuiltPage } from './openBuiltPage.ts';
import type { VerifyFailure } from './VerifyFailure.ts';

export interface PdfExpectations {
  /** The language the PDF must declare, e.g. "en-GB" (from the page it was printed from). */
  language?: string | undefined;
  /** The text alternative of every image and chart on the page it was printed from. */
  images?: string[] | undefined;
}

interface StructNode {
  role?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

interface Figure {
  page: number;
  alt: string;
  /** The figure's own text (e.g. its caption), to say which figure it is. */
  text: string;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The text alternative of each image a screen reader meets on a page when
 * it is printed: Chromium's own accessibility tree, with print styles, so
 * what the print hides is not expected in the PDF.
 */
export async function expectedImages(browser: Browser, htmlFile: string): Promise<string[]> {
  const opened = await openBuiltPage(browser, htmlFile, { media: 'print' });
  try {
    const tree = await opened.page.accessibility.snapshot({ interestingOnly: true });
    const names: string[] = [];
    const walk = (node: { role: string; name?: string; children?: unknown[] } | null | undefined) => {
      if (!node) return;
      if (node.role === 'image' || node.role === 'img') {
        if (node.name?.trim()) names.push(normalise(node.name));
        return;
      }
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(tree);
    return names;
  } finally {
    await opened.close();
  }
}

/** Runs pdffonts (poppler-utils) and returns the fonts it lists as not embedded. */
async function unembeddedFonts(pdfFile: string): Promise<string[] | Error> {
  const output = await new Promise<string | Error>((resolve) => {
    execFile('pdffonts', [pdfFile], { encoding: 'utf8' }, (error, stdout, stderr) => resolve(error ? new Error(stderr?.trim() || error.message, { cause: error }) : stdout));
  });
  if (output instanceof Error) return output;
  const missing: string[] = [];
  for (const line of output.split('\n').slice(2).filter((l) => l.trim())) {
    // name type encoding emb sub uni object-number generation; the name and type may hold spaces, the last five never do.
    const columns = line.trim().split(/\s+/);
    const embedded = columns.at(-5);
    if (embedded !== 'yes') missing.push(columns[0] ?? line.trim());
  }
  return missing;
}

/**
 * Checks a PDF is one a screen reader can use (WCAG 2.2 AA and PDF/UA in
 * outline): tagged, titled with the title shown in the window, its language
 * declared, bookmarks, every font embedded, and every Figure in the
 * structure tree carrying alternative text, including each image and chart
 * of the page it was printed from.
 */
export async function checkPdfStructure(pdfFile: string, expected: PdfExpectations = {}): Promise<VerifyFailure[]> {
  const failures: VerifyFailure[] = [];
  const fail = (message: string) => failures.push({ checker: 'pdf', file: pdfFile, message });
  const document = await getDocument({ data: new Uint8Array(await readFile(pdfFile)), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    const markInfo = await document.getMarkInfo();
    if (!markInfo?.Marked) fail('The PDF is not tagged (MarkInfo /Marked is not true), so screen readers cannot follow its structure.');

    const { info } = (await document.getMetadata()) as unknown as { info: Record<string, unknown> };
    const title = typeof info.Title === 'string' ? info.Title.trim() : '';
    if (!title) fail('The PDF has no title in its document information.');
    const preferences = (await document.getViewerPreferences()) as Record<string, unknown> | null;
    if (title && preferences?.DisplayDocTitle !== true) fail('The PDF does not ask viewers to show its title (ViewerPreferences /DisplayDocTitle), so they show the file name instead.');
    const language = typeof info.Language === 'string' ? info.Language : '';
    if (!language) fail('The PDF does not declare its language (/Lang), so screen readers may read it in the wrong voice.');
    else if (expected.language && language.toLowerCase() !== expected.language.toLowerCase()) fail(`The PDF declares its language as ${language}, but the page it was printed from is in ${expected.language}.`);

    const outline = await document.getOutline();
    if (!outline?.length) fail('The PDF has no bookmarks (outline), so a reader cannot move between its chapters.');

    const figures: Figure[] = [];
    let untaggedPages = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const tree = (await page.getStructTree()) as StructNode | null;
      if (!tree?.children?.length) {
        untaggedPages++;
        continue;
      }
      const text = new Map<string, string>();
      let open: string[] = [];
      for (const item of (await page.getTextContent({ includeMarkedContent: true })).items as { type?: string; id?: string; str?: string }[]) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open = [...open, item.id ?? ''];
        else if (item.type === 'endMarkedContent') open = open.slice(0, -1);
        else if (item.str !== undefined) for (const id of open) if (id) text.set(id, (text.get(id) ?? '') + item.str);
      }
      const textOf = (node: StructNode): string => (node.type === 'content' ? (text.get(node.id ?? '') ?? '') : (node.children ?? []).map(textOf).join(' '));
      const walk = (node: StructNode) => {
        if (node.role === 'Figure') figures.push({ page: number, alt: normalise(node.alt ?? ''), text: normalise(textOf(node)) });
        for (const child of node.children ?? []) walk(child);
      };
      walk(tree);
      page.cleanup();
    }
    if (untaggedPages && markInfo?.Marked) fail(`${untaggedPages} of ${document.numPages} pages have no structure tree.`);
    for (const figure of figures.filter((f) => !f.alt)) {
      const what = figure.text ? ` (its text begins "${figure.text.slice(0, 60)}")` : '';
      fail(`A Figure on page ${figure.page}${what} has no alternative text in the structure tree, so a screen reader announces an image and cannot say what it shows.`);
    }
    const alts = new Set(figures.map((f) => f.alt));
    for (const image of expected.images ?? []) {
      if (!alts.has(image)) fail(`The image or chart "${image.slice(0, 80)}" has no Figure with that alternative text in the PDF's structure tree, so a screen reader skips it or cannot say what it shows.`);
    }
  } finally {
    await document.destroy();
  }

  const fonts = await unembeddedFonts(pdfFile);
  if (fonts instanceof Error) {
    fail(`pdffonts could not list the PDF's fonts (${fonts.message}). Install poppler-utils.`);
  } else {
    for (const font of fonts) fail(`The font ${font} is not embedded, so the PDF may show different letters on another computer.`);
  }
  return failures;
}
