import { execFileSync } from 'node:child_process';
import { mkdtemp, rename, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { maxYamlDepth } from '../../scripts/load/parseYaml.ts';
import { readPlanFile } from '../../scripts/load/readPlanFile.ts';
import { validationProblems } from '../helpers/checkPlan.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';

// A plan folder is untrusted input: a national build runs many partnerships' plans on one machine.
let fixture: FixturePlan | undefined;
let outside: string | undefined;
afterEach(async () => {
  await fixture?.cleanup();
  if (outside) await rm(outside, { recursive: true, force: true });
  fixture = outside = undefined;
});

async function errorsAfter(name: string, change: (plan: FixturePlan) => Promise<void>) {
  fixture = await copyFixturePlan(name);
  await change(fixture);
  return (await validationProblems(fixture.dir)).filter((p) => p.severity === 'error');
}

/** Nine levels of nine aliases: 9^9, about 387 million strings, if anything expanded it. */
function billionLaughs(indent: string): string {
  const lines = [`${indent}l0: &l0 "lol"`];
  for (let level = 1; level <= 9; level++) lines.push(`${indent}l${level}: &l${level} [${Array(9).fill(`*l${level - 1}`).join(', ')}]`);
  return lines.join('\n');
}

describe('a plan file that would exhaust the machine', () => {
  it('refuses YAML aliases that expand without limit (a billion laughs in a Vega-Lite usermeta), at the first alias', async () => {
    const errors = await errorsAfter('figures', (p) =>
      p.edit('data/indicators/reoffending-rate.yaml', (t) => `${t}    usermeta:\n${billionLaughs('      ')}\n`),
    );
    // The spec's last line is line 17; usermeta is 18, its l0 line 19 and the first alias (in l1) line 20.
    expect(errors).toEqual([expect.objectContaining({ code: 'yaml-too-large', file: 'data/indicators/reoffending-rate.yaml', line: 20 })]);
    expect(errors[0]!.message).toContain('1,000,000 values');
  });

  it('says "more than 1,000,000 values", without blaming aliases, for a file of plain values that large', async () => {
    const errors = await errorsAfter('minimal', (p) => p.write('data/glossary.yaml', `terms: []\nextra: [${'0,'.repeat(1_000_001)}0]\n`));
    expect(errors).toEqual([expect.objectContaining({ code: 'yaml-too-large', file: 'data/glossary.yaml', line: undefined, message: 'This YAML holds more than 1,000,000 values, far more than any plan needs.' })]);
  });

  it('still reads a file that uses a few aliases', async () => {
    const errors = await errorsAfter('minimal', (p) =>
      p.edit('data/glossary.yaml', (t) => t.replace('expansion: Youth Justice Service', 'expansion: &yjs Youth Justice Service') + '  - term: YOS\n    expansion: *yjs\n    definition: The older name for a youth justice service.\n'),
    );
    expect(errors).toEqual([]);
  });

  it(`refuses lists nested 3,000 deep with the file and line, not a stack overflow`, async () => {
    const errors = await errorsAfter('minimal', (p) => p.write('data/glossary.yaml', `# deep\nterms:\n  - ${'['.repeat(3000)}${']'.repeat(3000)}\n`));
    expect(errors).toEqual([expect.objectContaining({ code: 'yaml-too-deep', file: 'data/glossary.yaml', line: 3 })]);
    expect(errors[0]!.message).toContain(`more than ${maxYamlDepth} deep`);
  });

  it('refuses deep nesting in a chapter\'s front matter at the line in the chapter file', async () => {
    const errors = await errorsAfter('minimal', (p) => p.edit('content/02-local-context.md', (t) => t.replace('chapter: local-context\n', `chapter: local-context\nnote: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`)));
    expect(errors).toContainEqual(expect.objectContaining({ code: 'yaml-too-deep', file: 'content/02-local-context.md', line: 3 }));
  });

  it('refuses a 3 GB file by its size, without reading it', async () => {
    const errors = await errorsAfter('minimal', async (p) => {
      // A sparse file: 3 GB long, no disc space used.
      await truncate(path.join(p.dir, 'data/glossary.yaml'), 3 * 1024 ** 3);
    });
    expect(errors).toEqual([expect.objectContaining({ code: 'file-too-large', file: 'data/glossary.yaml', message: expect.stringContaining('3072.0 MB') })]);
  });

  it('refuses a named pipe instead of waiting for it to be written', async () => {
    const errors = await errorsAfter('minimal', async (p) => {
      await rm(path.join(p.dir, 'plan.yaml'));
      execFileSync('mkfifo', [path.join(p.dir, 'plan.yaml')]);
    });
    expect(errors).toEqual([expect.objectContaining({ code: 'not-a-file', file: 'plan.yaml' })]);
  });
});

describe('a linked folder that leads out of the plan', () => {
  async function moveOut(p: FixturePlan, folder: string): Promise<string> {
    outside = await mkdtemp(path.join(os.tmpdir(), 'yjplan-outside-'));
    const target = path.join(outside, path.basename(folder));
    await rename(path.join(p.dir, folder), target);
    await symlink(target, path.join(p.dir, folder));
    return target;
  }

  it('refuses a linked data folder as a whole, naming where it leads', async () => {
    let target = '';
    const errors = await errorsAfter('minimal', async (p) => {
      target = await moveOut(p, 'data');
    });
    // Not also every data file the chapters need, reported missing.
    expect(errors).toEqual([expect.objectContaining({ code: 'link-outside-plan', file: 'data', message: expect.stringContaining(target) })]);
  });

  it('refuses a linked content folder, and reads none of its chapters', async () => {
    const errors = await errorsAfter('minimal', async (p) => {
      await moveOut(p, 'content');
    });
    expect(errors).toEqual([expect.objectContaining({ code: 'link-outside-plan', file: 'content' })]);
  });

  it('refuses a linked folder inside data/ (data/actions)', async () => {
    const errors = await errorsAfter('minimal', async (p) => {
      await moveOut(p, 'data/actions');
    });
    expect(errors).toContainEqual(expect.objectContaining({ code: 'link-outside-plan', file: 'data/actions' }));
  });

  it('refuses to read a file through a linked folder even when the file itself is not a link', async () => {
    fixture = await copyFixturePlan('minimal');
    outside = await mkdtemp(path.join(os.tmpdir(), 'yjplan-outside-'));
    await writeFile(path.join(outside, 'glossary.yaml'), 'terms: []\n');
    await symlink(outside, path.join(fixture.dir, 'data/shared'));
    const read = await readPlanFile(fixture.dir, 'data/shared/glossary.yaml');
    expect(read).toEqual({ ok: false, problem: expect.objectContaining({ code: 'link-outside-plan', file: 'data/shared/glossary.yaml', message: expect.stringContaining('linked folder') }) });
  });

  it('reads a linked folder that stays inside the plan', async () => {
    const errors = await errorsAfter('minimal', async (p) => {
      await rename(path.join(p.dir, 'data/actions'), path.join(p.dir, 'shared-actions'));
      await symlink(path.join(p.dir, 'shared-actions'), path.join(p.dir, 'data/actions'));
    });
    expect(errors).toEqual([]);
  });
});
