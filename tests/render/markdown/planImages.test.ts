import { load } from 'cheerio';
import { existsSync } from 'node:fs';
import { symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { preparePlan } from '../../../scripts/preparePlan.ts';
import { PlanValidationError } from '../../../scripts/errors/PlanValidationError.ts';
import { buildInto } from '../../helpers/buildFixture.ts';
import { copyFixturePlan, type FixturePlan } from '../../helpers/fixturePlan.ts';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
let plan: FixturePlan | undefined;
afterEach(async () => plan?.cleanup());

async function planWithPicture(markdown: string) {
  plan = await copyFixturePlan('minimal');
  await plan.write('content/images/map.svg', svg);
  await plan.edit('content/03-child-first.md', (t) => `${t}\n${markdown}\n`);
  return plan;
}

async function problemsOf(dir: string) {
  const error = await preparePlan(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PlanValidationError);
  return (error as PlanValidationError).problems;
}

describe('pictures in chapters', () => {
  it('are published with the site, and found from the chapter page, the young-person page and the print', async () => {
    const p = await planWithPicture('![Map of the four localities](images/map.svg)');
    await p.write('content/young-people/01-about.md', '---\ntitle: About\norder: 1\n---\n\nThis is us.\n\n![Map of where we work](../images/map.svg)\n');
    const built = await buildInto(p.dir);
    expect(load(await built.read('site/child-first.html'))('main img').attr('src')).toBe('assets/content/images/map.svg');
    expect(load(await built.read('site/young-people/index.html'))('main img').attr('src')).toBe('../assets/content/images/map.svg');
    expect(existsSync(path.join(built.currentDir, 'site/assets/content/images/map.svg'))).toBe(true);
  });

  it('must exist: a wrong name is an error at its line', async () => {
    const p = await planWithPicture('![Map of the four localities](images/mpa.svg)');
    const problems = await problemsOf(p.dir);
    expect(problems.map((e) => [e.code, e.file, e.line, e.found])).toEqual([['missing-image', 'content/03-child-first.md', 9, 'images/mpa.svg']]);
  });

  it('must be inside the plan folder, also through a link', async () => {
    const p = await planWithPicture('![A file elsewhere](../../outside.svg)');
    expect((await problemsOf(p.dir)).map((e) => [e.code, e.line])).toEqual([['image-outside-plan', 9]]);
    await p.cleanup();

    const linked = await planWithPicture('![A linked picture](images/linked.svg)');
    const outside = path.join(os.tmpdir(), `yjplan-outside-${process.pid}.svg`);
    await writeFile(outside, svg);
    await symlink(outside, path.join(linked.dir, 'content/images/linked.svg'));
    expect((await problemsOf(linked.dir)).map((e) => [e.code, e.line])).toEqual([['image-outside-plan', 9]]);
  });

  it('leave a picture on another website alone in the page', async () => {
    const p = await planWithPicture('![Logo](https://example.org/logo.png)');
    const { rendered } = await preparePlan(p.dir);
    expect(rendered.images).toEqual([]);
    expect(rendered.chapters.find((c) => c.id === 'child-first')!.html).toContain('src="https://example.org/logo.png"');
  });
});
