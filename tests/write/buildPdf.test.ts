import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookmarkKey, findBookmarkPages } from '../../scripts/write/pdf/findChapterPages.ts';
import { buildInto, type BuiltPlan } from '../helpers/buildFixture.ts';
import { closeSharedBrowser, sharedBrowser } from '../helpers/browser.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';

let draft: BuiltPlan;
let signed: BuiltPlan;
let signedFixture: FixturePlan;

const pdfinfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
const pdftext = (file: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-'], { encoding: 'utf8' });

beforeAll(async () => {
  const browser = await sharedBrowser();
  const draftFixture = await copyFixturePlan('minimal');
  draft = await buildInto(draftFixture.dir, { pdf: true, browser });
  signedFixture = await copyFixturePlan('minimal');
  await signedFixture.edit('plan.yaml', (t) => t.replace('signed: null', 'signed: 2025-06-25'));
  signed = await buildInto(signedFixture.dir, { pdf: true, browser });
  await draftFixture.cleanup();
});
afterAll(async () => {
  await closeSharedBrowser();
  await signedFixture.cleanup();
});

const draftPdf = () => path.join(draft.pdfDir, 'testshire-county-council-youth-justice-plan-2025-26-draft.pdf');
const signedPdf = () => path.join(signed.pdfDir, 'testshire-county-council-youth-justice-plan-2025-26.pdf');

describe('the print PDF', () => {
  it('is tagged, titled, in English, A4 and dated from the plan', () => {
    const info = pdfinfo(draftPdf());
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Testshire Youth Justice Service: Youth Justice Plan 2025\/26/);
    expect(info).toMatch(/Author:\s+Testshire County Council/);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(info).toMatch(/CreationDate:.*2025/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(20);
    expect(pages).toBeLessThan(40);
  });

  it('declares its language as en-GB', async () => {
    const document = await getDocument({ data: new Uint8Array(await readFile(draftPdf())), verbosity: 0 }).promise;
    const { info } = (await document.getMetadata()) as unknown as { info: Record<string, unknown> };
    expect(info.Language).toBe('en-GB');
    await document.destroy();
  });

  it('has a bookmark for every chapter, and the contents page numbers are where each chapter starts', async () => {
    const bookmarks = await findBookmarkPages(new Uint8Array(await readFile(draftPdf())));
    const contents = pdftext(draftPdf(), 2);
    const chapters = draft.result.rendered.chapters;
    expect(chapters.length).toBe(19);
    for (const chapter of chapters) {
      const title = `${chapter.number}. ${chapter.title}`;
      const page = bookmarks.get(bookmarkKey(title));
      expect(page, title).toBeDefined();
      // The contents line for this chapter ends with its page number.
      const line = contents.split('\n').find((l) => l.includes(chapter.title));
      expect(line, title).toBeDefined();
      expect(Number(/(\d+)\s*$/.exec(line!)![1]), title).toBe(page);
      // And that page really starts with the chapter heading.
      expect(pdftext(draftPdf(), page).replace(/\s+/g, ' ').includes(chapter.title), title).toBe(true);
    }
  });

  it('keeps the spaces in bookmark titles of headings that wrap', async () => {
    const document = await getDocument({ data: new Uint8Array(await readFile(draftPdf())), verbosity: 0 }).promise;
    const titles = ((await document.getOutline()) ?? []).map((item) => item.title);
    await document.destroy();
    expect(titles).toContain('5. Governance, leadership and partnership arrangements');
    expect(titles).toContain('Testshire Youth Justice Service: Youth Justice Plan 2025/26');
  });

  it('embeds its fonts', () => {
    const fonts = execFileSync('pdffonts', [draftPdf()], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font, font).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
    expect(fonts.some((f) => f.includes('AtkinsonHyperlegible'))).toBe(true);
  });

  it('carries DRAFT on every page while unsigned, and not once signed', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(pdfinfo(draftPdf()))![1]);
    for (let page = 1; page <= pages; page++) expect(pdftext(draftPdf(), page), `page ${page}`).toContain('DRAFT');
    expect(pdftext(signedPdf())).not.toContain('DRAFT');
    expect(pdftext(signedPdf())).toContain('Signed off by Alex Example on 25 June 2025');
  });

  it('shows page numbers as "Page N of M"', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(pdfinfo(signedPdf()))![1]);
    expect(pdftext(signedPdf(), 3)).toContain(`Page 3 of ${pages}`);
  });

  it('is the same on a second build of the same plan, apart from its ID', async () => {
    const again = await buildInto(signedFixture.dir, { pdf: true, browser: await sharedBrowser() });
    const strip = (bytes: Buffer) => bytes.toString('latin1').replace(/\/ID\s*\[[^\]]*\]/g, '');
    const first = strip(await readFile(signedPdf()));
    const second = strip(await readFile(path.join(again.pdfDir, 'testshire-county-council-youth-justice-plan-2025-26.pdf')));
    expect(second.length).toBe(first.length);
    expect(second === first).toBe(true);
  });

  it('links to the PDF from the website, which carries its own copy', async () => {
    const home = await draft.read('site/index.html');
    expect(home).toContain('href="pdf/testshire-county-council-youth-justice-plan-2025-26-draft.pdf"');
    await expect(readFile(path.join(draft.currentDir, 'site/pdf/testshire-county-council-youth-justice-plan-2025-26-draft.pdf'))).resolves.toBeDefined();
  });
});
