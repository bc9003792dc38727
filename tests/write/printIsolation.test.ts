import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { preparePlan } from '../../scripts/preparePlan.ts';
import { printPdf } from '../../scripts/write/pdf/printPdf.ts';
import { writePdf } from '../../scripts/write/pdf/writePdf.ts';
import { buildSiteModel } from '../../scripts/write/site/siteModel.ts';
import { writeSite } from '../../scripts/write/site/writeSite.ts';
import { buildInto } from '../helpers/buildFixture.ts';
import { closeSharedBrowser, sharedBrowser } from '../helpers/browser.ts';
import { startCountingServer, type CountingServer } from '../helpers/countingServer.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';

const pdftext = (file: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-'], { encoding: 'utf8' });
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

let server: CountingServer;
let outside: string;
const marker = `OUTSIDE-MARKER-${process.pid}`;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  server = await startCountingServer();
  // A file elsewhere on the machine: a stylesheet that would print the marker on every page if it were read.
  outside = await mkdtemp(path.join(os.tmpdir(), 'yjplan-outside-'));
  await writeFile(path.join(outside, 'evil.css'), `body::before { content: "${marker}"; }`);
});
beforeEach(() => {
  server.requests.length = 0;
});
afterAll(async () => {
  await closeSharedBrowser();
  await server.close();
  await rm(outside, { recursive: true, force: true });
  for (const cleanup of cleanups) await cleanup();
});

async function fixture(): Promise<FixturePlan> {
  const plan = await copyFixturePlan('minimal');
  cleanups.push(() => plan.cleanup());
  return plan;
}

describe('printing a PDF', () => {
  it('reads only files of the build: no request to another host, no file elsewhere, even from a page with no policy of its own', async () => {
    const build = await mkdtemp(path.join(os.tmpdir(), 'yjplan-print-'));
    cleanups.push(() => rm(build, { recursive: true, force: true }));
    await mkdir(path.join(build, 'print'));
    await writeFile(path.join(build, 'print/own.css'), 'p.own::after { content: " OWN-STYLE-READ"; }');
    const html = path.join(build, 'print/index.html');
    await writeFile(
      html,
      `<!DOCTYPE html><html lang="en"><head><title>t</title>
<link rel="stylesheet" href="own.css">
<link rel="stylesheet" href="${pathToFileURL(path.join(outside, 'evil.css')).href}">
<link rel="stylesheet" href="${server.origin}/style.css">
</head><body><p class="own">Printed</p>
<img src="${server.origin}/picture.png" alt="">
<img src="//127.0.0.1:${new URL(server.origin).port}/relative-scheme.png" alt="">
<iframe src="${server.origin}/frame.html"></iframe>
</body></html>`,
    );
    const pdfFile = path.join(build, 'out.pdf');
    await writeFile(pdfFile, await printPdf(await sharedBrowser(), html, [path.join(build, 'print')]));
    const text = pdftext(pdfFile);
    expect(text).toContain('OWN-STYLE-READ');
    expect(text).not.toContain(marker);
    expect(text).not.toContain('LEAKED');
    expect(server.requests).toEqual([]);
  });

  it('asks for nothing outside the build when a chapter holds remote pictures and stylesheets (validation bypassed)', async () => {
    const plan = await fixture();
    const { rendered } = await preparePlan(plan.dir);
    rendered.chapters[1]!.html +=
      `<img src="${server.origin}/chapter.png" alt="remote">` +
      `<link rel="stylesheet" href="${server.origin}/chapter.css">` +
      `<link rel="stylesheet" href="${pathToFileURL(path.join(outside, 'evil.css')).href}">`;
    const staging = await mkdtemp(path.join(os.tmpdir(), 'yjplan-staging-'));
    cleanups.push(() => rm(staging, { recursive: true, force: true }));
    await writeSite(buildSiteModel(rendered, plan.dir, {}), path.join(staging, 'site'));
    const pdfFile = path.join(staging, 'pdf/plan.pdf');
    await writePdf(await sharedBrowser(), rendered, { printDir: path.join(staging, 'print'), siteAssetsDir: path.join(staging, 'site/assets'), pdfFile });
    expect(server.requests).toEqual([]);
    expect(pdftext(pdfFile)).not.toContain(marker);
  });

  it('gives the print page the website\'s Content-Security-Policy and no inline style', async () => {
    const plan = await fixture();
    const built = await buildInto(plan.dir, { pdf: true, browser: await sharedBrowser() });
    const print = await built.read('print/index.html');
    const site = await built.read('site/index.html');
    const policy = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(policy(print)).toBe("default-src 'none'; img-src 'self' data:; style-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'");
    expect(policy(print)).toBe(policy(site));
    expect(print).not.toMatch(/<style|\sstyle=/);
  });
});

describe('plan text that reaches the print stylesheet', () => {
  it('cannot switch the DRAFT mark off or load a URL: a service name holding a newline and CSS is only text', async () => {
    const plan = await fixture();
    const hostile = `Testshire YJS\\n\\" } } @page { @top-right { content: none !important } } @page { @top-left { content: url(${server.origin}/header.png) } } .draft-watermark { display: none } p { x: \\"`;
    await plan.edit('plan.yaml', (t) => t.replace(/^service: .*$/m, `service: "${hostile}"`));
    const built = await buildInto(plan.dir, { pdf: true, browser: await sharedBrowser() });
    const pdf = path.join(built.currentDir, 'pdf', 'testshire-county-council-youth-justice-plan-2025-26-draft.pdf');
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(15);
    for (let page = 1; page <= pages; page++) expect(pdftext(pdf, page), `page ${page}`).toContain('DRAFT');
    expect(server.requests).toEqual([]);
    // The running title still names the service on each page after the cover.
    expect(pdftext(pdf, 3)).toContain('Testshire YJS');
    const style = await readFile(path.join(built.currentDir, 'print/page.css'), 'utf8');
    expect(style.split('\n').filter(Boolean)).toHaveLength(2);
    expect(style).toContain('@page { @top-right { content: "DRAFT";');
  });
});
