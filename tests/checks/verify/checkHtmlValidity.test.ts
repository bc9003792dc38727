import { load } from 'cheerio';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFiles } from '../../../scripts/checks/verify/builtFiles.ts';
import { checkHtmlValidity } from '../../../scripts/checks/verify/checkHtmlValidity.ts';
import type { VerifyFailure } from '../../../scripts/checks/verify/VerifyFailure.ts';
import { buildInto, type BuiltPlan } from '../../helpers/buildFixture.ts';
import { copyOutput, lineOf, type CorruptedOutput } from '../../helpers/corruptOutput.ts';
import { fixturesDir } from '../../helpers/fixturePlan.ts';

let minimal: BuiltPlan;
let nesting: BuiltPlan;
let corrupted: CorruptedOutput;
let failures: VerifyFailure[];

const filesOf = async (outputDir: string) => [...(await builtFiles(path.join(outputDir, 'site'), ['.html', '.css']))];
const under = (dir: string) => failures.filter((f) => f.file.startsWith(dir + path.sep));

beforeAll(async () => {
  minimal = await buildInto(path.join(fixturesDir, 'minimal'));
  nesting = await buildInto(path.join(fixturesDir, 'broken-nesting'));
  corrupted = await copyOutput(minimal.currentDir);
  // What the engine once wrote for a table inside a list item: a </p> with no <p> open, and a <p> the </li> cuts short.
  await corrupted.edit('site/resources-and-services.html', (t) => t.replace('</main>', '<ul>\n<li>Our partners give money</p>\n<div class="table-wrap">Table</div>\n<p></li>\n</ul>\n</main>'));
  await corrupted.edit('site/local-context.html', (t) => t.replace('</main>', '<p>Of these, <5 had been looked after.</p>\n</main>'));
  await corrupted.edit('site/assets/theme.css', (t) => `${t}\n.x { colr: red; }\n.y { max-width: 10pz; }\n`);
  // One run of the validator for every case, as verify does.
  ({ failures } = await checkHtmlValidity([...(await filesOf(minimal.currentDir)), ...(await filesOf(nesting.currentDir)), ...(await filesOf(corrupted.dir))]));
});
afterAll(() => corrupted?.cleanup());

describe('checkHtmlValidity (the Nu Html Checker)', () => {
  it('finds no errors in any page or stylesheet of the minimal plan', () => {
    expect(under(minimal.outputDir)).toEqual([]);
  });

  it('the broken-nesting fixture (a table inside a list item) builds into valid HTML: the table sits inside the <li>', async () => {
    expect(under(nesting.outputDir)).toEqual([]);
    const $ = load(await nesting.read('site/resources-and-services.html'));
    const item = $('.prose li').first();
    expect(item.text()).toContain('give money to the pooled budget each year');
    expect(item.find('table.partner-table')).toHaveLength(1);
    expect($('.prose li')).toHaveLength(2);
  });

  it('catches invalid nesting written into a built page, with its line', async () => {
    const page = await corrupted.read('site/resources-and-services.html');
    const found = under(corrupted.dir).filter((f) => f.file.endsWith('resources-and-services.html'));
    expect(found.map((f) => f.message)).toEqual(expect.arrayContaining([expect.stringMatching(/^No “p” element in scope but a “p” end tag seen\./)]));
    expect(found.find((f) => f.message.startsWith('No “p” element'))?.line).toBe(lineOf(page, '<li>Our partners give money</p>'));
    expect(found.every((f) => f.checker === 'html')).toBe(true);
  });

  it('catches an unescaped "<5" in a page', () => {
    const found = under(corrupted.dir).filter((f) => f.file.endsWith('local-context.html'));
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/^Bad character “5” after “<”/)]);
  });

  it('catches errors in a stylesheet, with their lines, while letting pass only the container queries the validator does not know yet', async () => {
    const css = await corrupted.read('site/assets/theme.css');
    expect(await corrupted.read('site/assets/site.css')).toContain('100cqi');
    const found = under(corrupted.dir).filter((f) => f.file.endsWith('.css'));
    expect(found).toEqual([
      expect.objectContaining({ checker: 'html', file: corrupted.file('site/assets/theme.css'), line: lineOf(css, 'colr'), message: expect.stringMatching(/Property “colr” doesn't exist/) }),
      expect.objectContaining({ checker: 'html', file: corrupted.file('site/assets/theme.css'), line: lineOf(css, '10pz'), message: expect.stringMatching(/Unknown dimension/) }),
    ]);
  });

  it('without Java, skips only this checker and says why, on a service manager\'s machine', async () => {
    const noJava = { JAVA_HOME: path.join(minimal.outputDir, 'no-java-here') };
    const saved = process.env.JAVA_HOME;
    process.env.JAVA_HOME = noJava.JAVA_HOME;
    try {
      const local = await checkHtmlValidity([path.join(minimal.currentDir, 'site/index.html')], noJava);
      expect(local.failures).toEqual([]);
      expect(local.skipped).toMatch(/^Java is not installed, so the Nu Html Checker \(the html checker\) did not run\..*apt-get install default-jre-headless/);
    } finally {
      if (saved === undefined) delete process.env.JAVA_HOME;
      else process.env.JAVA_HOME = saved;
    }
  });

  it('without Java in CI, fails, so a pipeline cannot pass with the validator unrun', async () => {
    const saved = process.env.JAVA_HOME;
    process.env.JAVA_HOME = path.join(minimal.outputDir, 'no-java-here');
    try {
      const ci = await checkHtmlValidity([path.join(minimal.currentDir, 'site/index.html')], { CI: 'true' });
      expect(ci.skipped).toBeUndefined();
      expect(ci.failures.map((f) => f.message)).toEqual([expect.stringMatching(/^Java is not installed/)]);
    } finally {
      if (saved === undefined) delete process.env.JAVA_HOME;
      else process.env.JAVA_HOME = saved;
    }
  });
});
