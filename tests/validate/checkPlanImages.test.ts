import { symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validationProblems } from '../helpers/checkPlan.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';

let plan: FixturePlan | undefined;
afterEach(async () => plan?.cleanup());

async function withSignature(signature: string) {
  plan = await copyFixturePlan('minimal');
  await plan.edit('plan.yaml', (t) => t.replace('  signed: null', `  signed: 2025-06-25\n  signature: ${signature}`));
  return (await validationProblems(plan.dir)).filter((p) => p.severity === 'error');
}

describe('the logo and signature images', () => {
  it('must exist: a typo is reported at its line in plan.yaml', async () => {
    const errors = await withSignature('content/images/signatur.png');
    expect(errors).toEqual([
      expect.objectContaining({ code: 'missing-image', file: 'plan.yaml', line: 19, field: 'sign_off.signature', found: 'content/images/signatur.png' }),
    ]);
  });

  it('must be an image type a browser shows', async () => {
    const errors = await withSignature('content/01-introduction.md');
    expect(errors.map((e) => e.code)).toEqual(['not-an-image']);
  });

  it('must be inside the plan folder', async () => {
    plan = await copyFixturePlan('minimal');
    const outside = path.join(os.tmpdir(), `yjplan-outside-${process.pid}.svg`);
    await plan.write('../' + path.basename(outside), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await symlink(outside, path.join(plan.dir, 'logo.svg'));
    await plan.edit('plan.yaml', (t) => `${t}\ntheme:\n  logo: logo.svg\n  logo_alt: Testshire County Council logo\n`);
    const errors = (await validationProblems(plan.dir)).filter((p) => p.severity === 'error');
    expect(errors.map((e) => [e.code, e.field])).toEqual([['image-outside-plan', 'theme.logo']]);
  });
});
