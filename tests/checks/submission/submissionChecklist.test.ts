import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixturePlan, repoRoot, type FixturePlan } from '../../helpers/fixturePlan.ts';

const run = promisify(execFile);
const cli = path.join(repoRoot, 'scripts/cli/bin.js');

async function checkSubmission(dir: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run('node', [cli, 'check', '--submission', '--plan', dir], { encoding: 'utf8' });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

let plan: FixturePlan | undefined;
afterEach(async () => plan?.cleanup());

describe('yjplan check --submission', () => {
  it('says an unsigned plan with no young-person pages is not ready, and why', async () => {
    plan = await copyFixturePlan('minimal');
    const { code, stdout } = await checkSubmission(plan.dir);
    expect(code).toBe(1);
    expect(stdout).toContain('[ ] The chair has signed the plan');
    expect(stdout).toContain('[ ] No DRAFT mark');
    expect(stdout).toContain('[ ] A young-person version is included');
    expect(stdout).toContain('[x] Every required chapter is written');
    expect(stdout).toContain('[x] Board membership and attendance (Appendix 1)');
    expect(stdout).toContain('Not ready to send: 3 item(s)');
  });

  it('is not ready while a stated total disagrees with its rows, naming the file and both figures', async () => {
    plan = await copyFixturePlan('tracker');
    await plan.edit('data/partner-contributions.yaml', (t) => t.replace('stated_total: 857980', 'stated_total: 858000'));
    const { code, stdout } = await checkSubmission(plan.dir);
    expect(code).toBe(1);
    expect(stdout).toContain('[ ] Stated totals agree with their rows\n    data/partner-contributions.yaml: The rows give a total of £857,980, but the source states £858,000.');
  });

  it('names an empty required chapter', async () => {
    plan = await copyFixturePlan('minimal');
    await plan.write('content/11-standards.md', '---\nchapter: standards\n---\n');
    const { stdout } = await checkSubmission(plan.dir);
    expect(stdout).toContain('[ ] Every required chapter is written');
    expect(stdout).toContain('Not yet written: Standards for children in the justice system.');
  });

  it('passes a complete, signed plan and prints the PDF file to send', async () => {
    plan = await copyFixturePlan('minimal');
    await plan.edit('plan.yaml', (t) => t.replace('signed: null', 'signed: 2025-06-25'));
    await plan.write('content/young-people/01-about.md', '---\ntitle: What this plan is\norder: 1\n---\n\nThis plan says how we will help you.\n');
    const { code, stdout } = await checkSubmission(plan.dir);
    expect(stdout).not.toContain('[ ]');
    expect(stdout).toContain('Ready to send. Send this file to the YJB: dist/current/pdf/testshire-county-council-youth-justice-plan-2025-26.pdf');
    expect(code).toBe(0);
  });
});
