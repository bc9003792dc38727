import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import type { RenderedPlan } from '../../render/renderPlan.ts';
import { printPdf } from './printPdf.ts';
import { setPdfMetadata } from './setPdfMetadata.ts';

/** Prints the young-person page itself (its print styles drop the navigation) as a short PDF, reading only files of the site. */
export async function writeYoungPeoplePdf(browser: Browser, rendered: RenderedPlan, options: { siteDir: string; htmlFile: string; pdfFile: string }): Promise<void> {
  const pdf = await printPdf(browser, options.htmlFile, [options.siteDir]);
  const [year, month, day] = rendered.plan.plan_date.split('-').map(Number);
  const withMetadata = await setPdfMetadata(pdf, {
    title: `${rendered.youngPeople?.title ?? 'Our plan for you'}: ${rendered.plan.service}`,
    author: rendered.plan.authority,
    subject: `The ${rendered.plan.service} plan for ${rendered.plan.period.replace('-', '/')}, for young people`,
    keywords: ['youth justice plan', 'young people', rendered.plan.service],
    date: new Date(Date.UTC(year!, month! - 1, day!, 12)),
  });
  await mkdir(path.dirname(options.pdfFile), { recursive: true });
  await writeFile(options.pdfFile, withMetadata);
}
