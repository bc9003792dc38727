import { load } from 'cheerio';
import { truncate } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInto, type BuiltPlan } from '../helpers/buildFixture.ts';
import { closeSharedBrowser, sharedBrowser } from '../helpers/browser.ts';
import { validationProblems } from '../helpers/checkPlan.ts';
import { startCountingServer, type CountingServer } from '../helpers/countingServer.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';

let server: CountingServer;
let plan: FixturePlan;
let built: BuiltPlan;
const published = ['site/assets/content/images/map.svg', 'site/assets/logo.svg', 'site/assets/signature.svg'];

/** An SVG that runs script, loads from a server and links out in every way a hostile author might try. */
function hostileSvg(origin: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20" viewBox="0 0 40 20" onload="document.documentElement.setAttribute('data-ran', 'onload')">
  <script>document.documentElement.setAttribute('data-ran', 'script')</script>
  <defs><symbol id="dot"><circle r="2"/></symbol></defs>
  <rect id="kept" width="40" height="20" fill="#1d4f91"/>
  <use xlink:href="#dot" x="5" y="5"/>
  <use href="${origin}/symbols.svg#dot"/>
  <image href="${origin}/picture.png" width="10" height="10"/>
  <a xlink:href="javascript:document.documentElement.setAttribute('data-ran', 'link')"><text x="2" y="15">Logo</text></a>
  <foreignObject width="40" height="20"><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="document.documentElement.setAttribute('data-ran', 'foreign')"/></body></foreignObject>
  <style>@import url(${origin}/style.css); rect { fill: url(${origin}/paint.svg#p); }</style>
  <animate attributeName="href" to="javascript:alert(1)"/>
  <set attributeName="onmouseover" to="alert(2)"/>
</svg>
`;
}

beforeAll(async () => {
  server = await startCountingServer();
  plan = await copyFixturePlan('minimal');
  const svg = hostileSvg(server.origin);
  await plan.write('content/images/map.svg', svg);
  await plan.write('content/images/logo.svg', svg);
  await plan.write('content/images/signature.svg', svg);
  await plan.edit('content/03-child-first.md', (t) => `${t}\n![Map of the four localities](images/map.svg)\n`);
  await plan.edit('plan.yaml', (t) =>
    t.replace('  signed: null', '  signed: 2025-06-25\n  signature: content/images/signature.svg') + 'theme:\n  logo: content/images/logo.svg\n  logo_alt: Testshire County Council logo\n',
  );
  built = await buildInto(plan.dir);
});
afterAll(async () => {
  await closeSharedBrowser();
  await server.close();
  await plan.cleanup();
});

describe('SVG pictures, logos and signatures', () => {
  it('are published without script, event handlers, foreignObject or any link out of the drawing', async () => {
    for (const file of published) {
      const $ = load(await built.read(file), { xml: true });
      expect($('script, foreignObject, foreignobject, animate, set, image[href], image[xlink\\:href]'), file).toHaveLength(0);
      const attributes = $('*').toArray().flatMap((element) => Object.entries('attribs' in element ? element.attribs : {}));
      expect(attributes.filter(([name]) => /^on/i.test(name)), file).toEqual([]);
      expect(attributes.filter(([name, value]) => /href$/i.test(name) && !value.startsWith('#')), file).toEqual([]);
      expect(await built.read(file), file).not.toContain(server.origin);
      // The drawing itself is kept.
      expect($('rect#kept').attr('fill'), file).toBe('#1d4f91');
      expect($('use').first().attr('xlink:href'), file).toBe('#dot');
    }
  });

  it('are inert when opened on their own in a browser: nothing runs and nothing is fetched', async () => {
    const browser = await sharedBrowser();
    server.requests.length = 0;
    for (const file of published) {
      const page = await browser.newPage();
      try {
        await page.goto(pathToFileURL(path.join(built.currentDir, file)).href, { waitUntil: 'load' });
        // Hovering and clicking are what an onmouseover or a link would wait for.
        await page.mouse.move(5, 15);
        await page.mouse.click(5, 15);
        expect(await page.evaluate(() => document.documentElement.getAttribute('data-ran')), file).toBeNull();
        expect(await page.evaluate(() => document.documentElement.localName), file).toBe('svg');
      } finally {
        await page.close();
      }
    }
    expect(server.requests).toEqual([]);
  });
});

describe('a picture far too large', () => {
  it('is refused at its line before anything copies it (a 20 MB sparse file)', async () => {
    const big = await copyFixturePlan('minimal');
    try {
      await big.write('content/images/map.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
      await truncate(path.join(big.dir, 'content/images/map.svg'), 20 * 1024 * 1024);
      await big.edit('content/03-child-first.md', (t) => `${t}\n![Map of the four localities](images/map.svg)\n`);
      const error = (await buildInto(big.dir).catch((e: unknown) => e)) as { problems?: { code: string; file: string; line?: number; message: string }[] };
      expect(error.problems?.map((p) => [p.code, p.file, p.line])).toEqual([['image-too-large', 'content/03-child-first.md', 9]]);
      expect(error.problems?.[0]?.message).toContain('20.0 MB');

      await big.write('content/images/logo.png', '');
      await truncate(path.join(big.dir, 'content/images/logo.png'), 20 * 1024 * 1024);
      await big.edit('plan.yaml', (t) => `${t}theme:\n  logo: content/images/logo.png\n  logo_alt: Testshire County Council logo\n`);
      const errors = (await validationProblems(big.dir)).filter((p) => p.severity === 'error');
      expect(errors.map((p) => [p.code, p.file, p.line, p.field])).toEqual([['image-too-large', 'plan.yaml', 20, 'theme.logo']]);
    } finally {
      await big.cleanup();
    }
  });
});
