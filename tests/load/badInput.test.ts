import { symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import { afterEach, describe, expect, it } from 'vitest';
import { validationProblems } from '../helpers/checkPlan.ts';
import { buildInto } from '../helpers/buildFixture.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';

let fixture: FixturePlan | undefined;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

async function errorsAfter(change: (plan: FixturePlan) => Promise<void>) {
  fixture = await copyFixturePlan('minimal');
  await change(fixture);
  return (await validationProblems(fixture.dir)).filter((p) => p.severity === 'error');
}

describe('bad input', () => {
  it('reads a file with a byte order mark and Windows line endings as if it were clean', async () => {
    const errors = await errorsAfter(async (p) => {
      await p.edit('data/board.yaml', (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`);
      await p.edit('content/02-local-context.md', (t) => t.replace(/\n/g, '\r\n'));
    });
    expect(errors).toEqual([]);
  });

  it('reports a file that is not UTF-8', async () => {
    const errors = await errorsAfter((p) => writeFile(path.join(p.dir, 'data/glossary.yaml'), Buffer.from([0x74, 0x65, 0x72, 0x6d, 0x73, 0x3a, 0x20, 0xff, 0xfe, 0x0a])));
    expect(errors).toEqual([expect.objectContaining({ code: 'not-utf8', file: 'data/glossary.yaml', fix: expect.stringContaining('UTF-8') })]);
  });

  it('reports tabs used for indentation, with the line', async () => {
    const errors = await errorsAfter((p) => p.edit('data/glossary.yaml', (t) => t.replace('    expansion:', '\texpansion:')));
    expect(errors[0]).toMatchObject({ code: 'yaml-syntax', file: 'data/glossary.yaml', line: 3 });
  });

  it('reports an empty data file', async () => {
    const errors = await errorsAfter((p) => p.write('data/glossary.yaml', '  \n'));
    expect(errors[0]).toMatchObject({ code: 'empty-file', file: 'data/glossary.yaml' });
  });

  it('refuses a very large file', async () => {
    const errors = await errorsAfter((p) => p.write('data/glossary.yaml', `terms: []\n# ${'x'.repeat(3 * 1024 * 1024)}\n`));
    expect(errors[0]).toMatchObject({ code: 'file-too-large', file: 'data/glossary.yaml' });
  });

  it('refuses a link that leads outside the plan folder', async () => {
    const errors = await errorsAfter(async (p) => {
      const outside = path.join(os.tmpdir(), `yjplan-outside-${process.pid}.yaml`);
      await writeFile(outside, 'terms: []\n');
      await p.remove('data/glossary.yaml');
      await symlink(outside, path.join(p.dir, 'data/glossary.yaml'));
    });
    expect(errors[0]).toMatchObject({ code: 'link-outside-plan', file: 'data/glossary.yaml' });
  });

  it('reports a chapter without front matter', async () => {
    const errors = await errorsAfter((p) => p.write('content/02-local-context.md', 'Just text.\n'));
    expect(errors.map((e) => e.code)).toEqual(expect.arrayContaining(['missing-front-matter', 'missing-chapter']));
  });

  it('makes script, event handlers and javascript: links in Markdown harmless', async () => {
    fixture = await copyFixturePlan('minimal');
    await fixture.edit('content/02-local-context.md', (t) => `${t}\n<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[Click](javascript:alert(3)) and [data](data:text/html,hi)\n`);
    const built = await buildInto(fixture.dir);
    const html = await built.read('site/local-context.html');
    const $ = load(html);
    expect($('script')).toHaveLength(0);
    expect($('img[onerror]')).toHaveLength(0);
    expect($('a[href^="javascript:"], a[href^="data:"]')).toHaveLength(0);
    expect($('.prose').text()).toContain('<script>alert(1)</script>');
  });
});
