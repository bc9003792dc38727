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

  it('must not come from another host: a remote picture is an error at its line, however its address is written', async () => {
    const p = await planWithPicture(
      ['![Logo](https://example.org/logo.png)', '', '![Logo](http://127.0.0.1:8080/x.png)', '', '![Logo](//example.org/logo.png)', '', '![Logo](HTTPS://EXAMPLE.ORG/LOGO.PNG)', '', '![Logo](ftp://example.org/logo.png)'].join('\n'),
    );
    const problems = await problemsOf(p.dir);
    expect(problems.map((e) => [e.code, e.file, e.line, e.found])).toEqual([
      ['remote-image', 'content/03-child-first.md', 9, 'https://example.org/logo.png'],
      ['remote-image', 'content/03-child-first.md', 11, 'http://127.0.0.1:8080/x.png'],
      ['remote-image', 'content/03-child-first.md', 13, '//example.org/logo.png'],
      ['remote-image', 'content/03-child-first.md', 15, 'HTTPS://EXAMPLE.ORG/LOGO.PNG'],
      ['remote-image', 'content/03-child-first.md', 17, 'ftp://example.org/logo.png'],
    ]);
    expect(problems[0]!.fix).toContain('content/images/');
  });

  it('must be a file: a picture written in as a data: address is refused, and so is a #fragment', async () => {
    const p = await planWithPicture('![Dot](data:image/png;base64,iVBORw0KGgo=)\n\n![Here](#top)');
    expect((await problemsOf(p.dir)).map((e) => [e.code, e.line])).toEqual([['inline-image', 9], ['not-an-image', 11]]);
  });

  it('are refused from another host in the young-person version too', async () => {
    plan = await copyFixturePlan('minimal');
    await plan.write('content/young-people/01-about.md', '---\ntitle: About\norder: 1\n---\n\nThis is us.\n\n![Map of where we work](https://example.org/map.png)\n');
    expect((await problemsOf(plan.dir)).map((e) => [e.code, e.file, e.line])).toEqual([['remote-image', 'content/young-people/01-about.md', 8]]);
  });
});
