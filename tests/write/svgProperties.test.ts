import fc from 'fast-check';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sanitiseSvg } from '../../scripts/write/site/sanitiseSvg.ts';
import { buildInto } from '../helpers/buildFixture.ts';
import { closeSharedBrowser, sharedBrowser } from '../helpers/browser.ts';
import { startCountingServer, type CountingServer } from '../helpers/countingServer.ts';
import { copyFixturePlan } from '../helpers/fixturePlan.ts';
import { activeParts } from '../helpers/untrustedOutput.ts';

let server: CountingServer;
beforeAll(async () => {
  server = await startCountingServer();
});
afterAll(async () => {
  await closeSharedBrowser();
  await server.close();
});

const ran = (how: string) => `document.documentElement.setAttribute('data-ran','${how}')`;

/** Random SVG files: ordinary drawing mixed with every way known to run script or reach out of an SVG. */
function svgFiles() {
  const o = () => server.origin;
  const hostileElement = fc.constantFrom(
    () => `<script>${ran('script')}</script>`,
    () => `<script><![CDATA[${ran('cdata')}]]></script>`,
    () => `<svg:script xmlns:svg="http://www.w3.org/2000/svg">${ran('prefixed')}</svg:script>`,
    () => `<foreignObject width="9" height="9"><body xmlns="http://www.w3.org/1999/xhtml"><img src="${o()}/f.png" onerror="${ran('foreign')}"/></body></foreignObject>`,
    () => `<image href="${o()}/i.png" width="5" height="5"/>`,
    () => `<image xlink:href="${o()}/i2.png" width="5" height="5"/>`,
    () => `<use href="${o()}/u.svg#x"/>`,
    () => `<use xlink:href="data:image/svg+xml,&lt;svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/&gt;#x"/>`,
    () => `<a href="javascript:${ran('link')}"><rect width="9" height="9"/></a>`,
    () => `<a xlink:href=" JaVaScRiPt:${ran('link2')}"><text>x</text></a>`,
    () => `<animate attributeName="href" to="javascript:${ran('animate')}" begin="0s"/>`,
    () => `<set attributeName="onload" to="${ran('set')}"/>`,
    () => `<style>@import url(${o()}/s.css); rect { fill: url(${o()}/p.svg#p); background-image: url('${o()}/b.png') }</style>`,
    () => `<rect width="9" height="9" style="fill: url(${o()}/q.svg#q)" onclick="${ran('click')}"/>`,
    () => `<iframe src="${o()}/frame.html"/>`,
    () => `<feImage href="${o()}/fe.png"/>`,
    () => `<handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">${ran('handler')}</handler>`,
    () => `<math><mi xlink:href="javascript:${ran('math')}">x</mi></math>`,
    () => `<title><![CDATA[</title><script>${ran('breakout')}</script>]]></title>`,
    () => `<desc>&lt;script&gt;${ran('escaped')}&lt;/script&gt;</desc>`,
  );
  const ordinaryElement = fc.oneof(
    fc.constantFrom('<rect width="10" height="5" fill="#1d4f91"/>', '<circle cx="5" cy="5" r="3" fill="url(#g)"/>', '<g transform="translate(2,2)"><path d="M0 0L5 5"/></g>', '<use href="#dot"/>'),
    fc.string({ maxLength: 20 }).map((text) => `<text x="1" y="9">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text>`),
  );
  const rootAttributes = fc.subarray([`onload="${ran('onload')}"`, 'width="40"', 'height="20"', `style="background: url(${server.origin}/r.png)"`, 'xmlns:xlink="http://www.w3.org/1999/xlink"']);
  const prolog = fc.constantFrom('', '<?xml version="1.0" encoding="UTF-8"?>\n', `<!DOCTYPE svg [<!ENTITY x "<script>${ran('entity')}</script>">]>\n`, '<!-- a comment -->\n');
  return fc
    .tuple(prolog, rootAttributes, fc.array(fc.oneof(hostileElement.map((make) => make()), ordinaryElement), { minLength: 1, maxLength: 6 }))
    .map(([start, attributes, children]) => `${start}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attributes.filter((a) => !a.startsWith('xmlns')).join(' ')}><defs><symbol id="dot"><circle r="1"/></symbol><linearGradient id="g"/></defs>${children.join('')}</svg>`);
}

describe('random SVG files', () => {
  it('come out of the sanitiser with no script, handler, embedding or link out, and no address of another host', async () => {
    await fc.assert(
      fc.asyncProperty(svgFiles(), async (svg) => {
        const clean = await sanitiseSvg(svg);
        expect(activeParts(clean)).toEqual([]);
        expect(clean).not.toContain(server.origin);
        expect(clean.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('published by the build as a chapter picture and a logo, run nothing and fetch nothing when opened on their own', async () => {
    const browser = await sharedBrowser();
    await fc.assert(
      fc.asyncProperty(svgFiles(), async (svg) => {
        const plan = await copyFixturePlan('minimal');
        try {
          await plan.write('content/images/map.svg', svg);
          await plan.write('content/images/logo.svg', svg);
          await plan.edit('content/03-child-first.md', (t) => `${t}\n![Map of the four localities](images/map.svg)\n`);
          await plan.edit('plan.yaml', (t) => `${t}theme:\n  logo: content/images/logo.svg\n  logo_alt: Testshire County Council logo\n`);
          const built = await buildInto(plan.dir);
          for (const file of ['site/assets/content/images/map.svg', 'site/assets/logo.svg']) {
            expect(activeParts(await built.read(file)), file).toEqual([]);
            const page = await browser.newPage();
            try {
              await page.goto(pathToFileURL(path.join(built.currentDir, file)).href, { waitUntil: 'load' });
              await page.mouse.click(5, 5);
              expect(await page.evaluate(() => document.documentElement.getAttribute('data-ran')), file).toBeNull();
            } finally {
              await page.close();
            }
          }
          expect(server.requests).toEqual([]);
        } finally {
          await plan.cleanup();
        }
      }),
      { numRuns: 6 },
    );
  });
});
