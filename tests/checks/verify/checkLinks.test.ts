import { load } from 'cheerio';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFiles } from '../../../scripts/checks/verify/builtFiles.ts';
import { checkLinks } from '../../../scripts/checks/verify/checkLinks.ts';
import { buildInto, type BuiltPlan } from '../../helpers/buildFixture.ts';
import { copyOutput, lineOf, type CorruptedOutput } from '../../helpers/corruptOutput.ts';
import { fixturesDir } from '../../helpers/fixturePlan.ts';

let minimal: BuiltPlan;
let anchor: BuiltPlan;
let corrupted: CorruptedOutput;

const linksOf = async (outputDir: string) => {
  const site = path.join(outputDir, 'site');
  return checkLinks({ root: site, htmlFiles: await builtFiles(site, ['.html']), cssFiles: await builtFiles(path.join(site, 'assets'), ['.css']) });
};

beforeAll(async () => {
  minimal = await buildInto(path.join(fixturesDir, 'minimal'));
  anchor = await buildInto(path.join(fixturesDir, 'broken-anchor'));
  corrupted = await copyOutput(minimal.currentDir);
});
afterAll(() => corrupted?.cleanup());

describe('checkLinks', () => {
  it('passes every link, fragment and file of the minimal plan, glossary links included', async () => {
    const $ = load(await minimal.read('site/introduction.html'));
    expect($('a.glossary-term').attr('href')).toBe('glossary.html#term-yjs');
    expect(await linksOf(minimal.currentDir)).toEqual([]);
  });

  it('catches the broken-anchor fixture: a link to a section that does not exist, with its file and line', async () => {
    const failures = await linksOf(anchor.currentDir);
    const page = await anchor.read('site/governance.html');
    expect(failures).toEqual([
      {
        checker: 'links',
        file: path.join(anchor.currentDir, 'site/governance.html'),
        line: lineOf(page, '<a href="#how-we-spend-the-money">'),
        column: expect.any(Number),
        message: '<a href="#how-we-spend-the-money"> goes nowhere: this page has no element with id "how-we-spend-the-money".',
      },
    ]);
  });

  it('catches links, fragments and files broken after the build, and anything loaded from another host', async () => {
    await corrupted.edit('site/introduction.html', (t) =>
      t
        .replace('href="glossary.html#term-yjs"', 'href="glossary.html#term-no-such-term"')
        .replace('</main>', '<p><a href="resources-and-services.html#partners-partner-contributions-caption">Table</a> <a href="resources-and-services.html#partners-no-such-caption">Gone</a> <a href="no-such-chapter.html">Missing</a> <a href="https://www.gov.uk/government/organisations/youth-justice-board-for-england-and-wales">YJB</a> <a href="javascript:alert(1)">Script</a> <a href="/index.html">Root</a></p><img src="https://tracker.example/pixel.png" alt="Logo"><img src="//cdn.example/logo.png" alt="Logo"></main>')
        .replace('</head>', '<link rel="stylesheet" href="https://fonts.example/css2?family=Arial"></head>'),
    );
    await corrupted.edit('site/assets/site.css', (t) => `${t}\n.x { background: url("https://images.example/bg.png"); }\n.y { background: url(missing.png); }\n`);
    const messages = (await linksOf(corrupted.dir)).map((f) => `${path.relative(corrupted.dir, f.file)}: ${f.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'site/introduction.html: <a href="glossary.html#term-no-such-term"> goes nowhere: glossary.html has no element with id "term-no-such-term".',
        'site/introduction.html: <a href="resources-and-services.html#partners-no-such-caption"> goes nowhere: resources-and-services.html has no element with id "partners-no-such-caption".',
        'site/introduction.html: <a href="no-such-chapter.html"> goes nowhere: there is no file no-such-chapter.html.',
        expect.stringMatching(/^site\/introduction.html: <a href="javascript:alert\(1\)"> uses a javascript: URL/),
        expect.stringMatching(/^site\/introduction.html: <a href="\/index.html"> starts with "\/"/),
        expect.stringMatching(/^site\/introduction.html: <img src="https:\/\/tracker.example\/pixel.png"> loads a file from another place \(tracker.example\)/),
        expect.stringMatching(/^site\/introduction.html: <img src="\/\/cdn.example\/logo.png"> loads a file from another host \(cdn.example\)/),
        expect.stringMatching(/^site\/introduction.html: <link href="https:\/\/fonts.example\/css2\?family=Arial"> loads a file from another place \(fonts.example\)/),
        expect.stringMatching(/^site\/assets\/site.css: url\(https:\/\/images.example\/bg.png\) loads a file from another place/),
        'site/assets/site.css: url(missing.png) goes nowhere: there is no file assets/missing.png.',
      ]),
    );
    // The caption that exists and the link out to the YJB's website are fine.
    expect(messages.join('\n')).not.toContain('partners-partner-contributions-caption');
    expect(messages.join('\n')).not.toContain('www.gov.uk');
    expect(messages).toHaveLength(10);
  });
});
