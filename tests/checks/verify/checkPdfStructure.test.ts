import { copyFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../../scripts/build.ts';
import { checkPdfStructure, expectedImages } from '../../../scripts/checks/verify/checkPdfStructure.ts';
import { PlanValidationError } from '../../../scripts/errors/PlanValidationError.ts';
import { printPdf } from '../../../scripts/write/pdf/printPdf.ts';
import { buildInto, type BuiltPlan } from '../../helpers/buildFixture.ts';
import { closeSharedBrowser, sharedBrowser } from '../../helpers/browser.ts';
import { copyOutput, type CorruptedOutput } from '../../helpers/corruptOutput.ts';
import { fixturesDir } from '../../helpers/fixturePlan.ts';

let minimal: BuiltPlan;
let corrupted: CorruptedOutput;

beforeAll(async () => {
  minimal = await buildInto(path.join(fixturesDir, 'minimal'), { pdf: true, browser: await sharedBrowser() });
  corrupted = await copyOutput(minimal.currentDir);
  await copyFile(path.join(fixturesDir, 'broken-alt-text/content/images/structure.png'), corrupted.file('print/picture.png'));
});
afterAll(async () => {
  await closeSharedBrowser();
  await corrupted?.cleanup();
});

/** Prints a changed copy of the plan's print page and checks the PDF Chromium makes of it. */
async function printChanged(name: string, change: (html: string) => string) {
  const browser = await sharedBrowser();
  const html = corrupted.file(`print/${name}.html`);
  await writeFile(html, change(await corrupted.read('print/index.html')));
  const pdf = corrupted.file(`print/${name}.pdf`);
  await writeFile(pdf, await printPdf(browser, html, [corrupted.dir]));
  return checkPdfStructure(pdf, { language: 'en-GB', images: await expectedImages(browser, html) });
}

describe('checkPdfStructure', () => {
  it('passes both PDFs of the minimal plan: tagged, titled, en-GB, bookmarked, fonts embedded, every figure with alt text', async () => {
    const browser = await sharedBrowser();
    const pdfs = (await readdir(path.join(minimal.pdfDir))).sort();
    expect(pdfs).toHaveLength(2);
    const [plan, youngPeople] = pdfs.map((f) => path.join(minimal.pdfDir, f)) as [string, string];
    const youngPeoplePage = path.join(minimal.currentDir, 'site/young-people/index.html');
    // The young-person page has a picture beside each heading; each must be a Figure with its alt text.
    const pictures = await expectedImages(browser, youngPeoplePage);
    expect(pictures).toContain('Picture of an arrow going up');
    expect(await checkPdfStructure(youngPeople, { language: 'en-GB', images: pictures })).toEqual([]);
    expect(await checkPdfStructure(plan, { language: 'en-GB', images: await expectedImages(browser, path.join(minimal.currentDir, 'print/index.html')) })).toEqual([]);
  });

  it('catches an image printed with no alt text: a Figure without alternative text', async () => {
    const failures = await printChanged('no-alt', (html) => html.replace('<h2 id="local-context--about-this-chapter">', '<p><img src="picture.png" width="60" height="60"></p>\n<h2 id="local-context--about-this-chapter">'));
    expect(failures.map((f) => f.message)).toEqual([expect.stringMatching(/^A Figure on page \d+ has no alternative text in the structure tree/)]);
    expect(failures[0]!.checker).toBe('pdf');
  });

  it('catches a chart whose text alternative does not reach the PDF', async () => {
    // Chromium tags nothing for a role="img" wrapper whose SVG is hidden: the chart is lost to screen readers.
    const failures = await printChanged('chart', (html) =>
      html.replace('<h2 id="performance--about-this-chapter">', '<div role="img" aria-label="First-time entrants fell from 210 to 139"><svg aria-hidden="true" width="200" height="100"><rect width="200" height="100" fill="#1d4f91"/></svg></div>\n<h2 id="performance--about-this-chapter">'),
    );
    expect(failures.map((f) => f.message)).toEqual([expect.stringMatching(/^The image or chart "First-time entrants fell from 210 to 139" has no Figure with that alternative text/)]);
  });

  it('catches a PDF with no tags, title, language, bookmarks or embedded fonts', async () => {
    const document = await PDFDocument.create();
    const page = document.addPage();
    page.drawText('Youth Justice Plan', { font: await document.embedFont(StandardFonts.Helvetica), x: 50, y: 700 });
    const file = corrupted.file('pdf/bare.pdf');
    await writeFile(file, await document.save());
    const messages = (await checkPdfStructure(file, { language: 'en-GB' })).map((f) => f.message);
    expect(messages).toEqual([
      expect.stringMatching(/^The PDF is not tagged/),
      expect.stringMatching(/^The PDF has no title/),
      expect.stringMatching(/^The PDF does not declare its language/),
      expect.stringMatching(/^The PDF has no bookmarks/),
      expect.stringMatching(/^The font Helvetica is not embedded/),
    ]);
  });

  it('the broken-alt-text fixture (a picture written ![](images/structure.png)) never reaches a PDF: the build refuses it', async () => {
    const error = await buildPlan({ planDir: path.join(fixturesDir, 'broken-alt-text'), outputDir: path.join(minimal.outputDir, 'refused'), pdf: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanValidationError);
    expect((error as PlanValidationError).problems).toEqual([
      expect.objectContaining({ code: 'image-without-alt', file: 'content/17-appendix-structure.md', line: 11, found: '![](images/structure.png)' }),
    ]);
  });
});
