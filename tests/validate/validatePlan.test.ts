import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../scripts/errors/formatProblems.ts';
import { validationProblems } from '../helpers/checkPlan.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';

let fixture: FixturePlan | undefined;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

async function broken(change: (plan: FixturePlan) => Promise<void>) {
  fixture = await copyFixturePlan('minimal');
  await change(fixture);
  const problems = await validationProblems(fixture.dir);
  return { problems, errors: problems.filter((p) => p.severity === 'error'), text: problems.map(formatProblem).join('\n\n') };
}

describe('validatePlan', () => {
  it('accepts the minimal fixture plan with no errors', async () => {
    const { errors } = await broken(async () => {});
    expect(errors).toEqual([]);
  });

  it('names a missing required chapter and its prompt', async () => {
    const { errors } = await broken((p) => p.remove('content/03-child-first.md'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'missing-chapter', file: 'content/' });
    expect(errors[0]!.message).toContain('"Child First" (child-first)');
    expect(errors[0]!.message).toContain('Explain how the service puts Child First principles into practice');
    expect(errors[0]!.fix).toContain('chapter: child-first');
  });

  it('reports an unknown chapter id at its line, with a suggestion', async () => {
    const { errors } = await broken((p) => p.edit('content/03-child-first.md', (t) => t.replace('chapter: child-first', 'chapter: child-frist')));
    const unknown = errors.find((e) => e.code === 'unknown-chapter');
    expect(unknown).toMatchObject({ file: 'content/03-child-first.md', line: 2, field: 'chapter', found: 'child-frist', fix: 'Did you mean "child-first"?' });
  });

  it('reports a chapter id used twice, naming both files', async () => {
    const { errors } = await broken((p) => p.write('content/99-extra.md', '---\nchapter: governance\n---\n\nMore.\n'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'duplicate-chapter', file: 'content/99-extra.md', line: 2 });
    expect(errors[0]!.message).toContain('content/05-governance.md');
  });

  it('reports a misspelt key with the line, the allowed keys and a suggestion', async () => {
    const { errors, text } = await broken((p) => p.edit('data/board.yaml', (t) => t.replace('    organisation: Testshire Police', '    organisaton: Testshire Police')));
    const unknown = errors.find((e) => e.code === 'unknown-field');
    expect(unknown).toMatchObject({ file: 'data/board.yaml', line: 10, column: 5, field: 'members[1].organisaton', fix: 'Did you mean "organisation"?' });
    expect(unknown!.expected).toContain('organisation');
    expect(text).toContain('data/board.yaml:10:5 error [unknown-field] members, item 2 (Sam Sample), organisaton');
  });

  it('reports a missing choice field as missing, with the choices, at its row', async () => {
    const { errors } = await broken((p) => p.edit('data/actions/improvement.yaml', (t) => t.replace('    status: not-started\n', '')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'missing-field', field: 'actions[1].status', line: 10, found: undefined, fix: 'Add "status:" here.' });
    expect(errors[0]!.message).toBe('The required field "status" is missing.');
    expect(errors[0]!.expected).toBe('one of completed, on-track, may-exceed-target-date, not-started, not recorded');
  });

  it('reports a mistake in an action plan once, not again as broken links from the inspection file', async () => {
    const { errors } = await broken(async (p) => {
      await p.write(
        'data/inspection.yaml',
        'published: 2024-09-18\noverall: Good\nratings:\n  "1.1": Good\nrecommendations:\n  - id: "1"\n    text: Improve information sharing.\n    actions: ["improvement#1.2"]\n',
      );
      await p.edit('data/actions/improvement.yaml', (t) => t.replace('    status: not-started\n', '    status: not started\n'));
    });
    expect(errors.map((e) => [e.file, e.code])).toEqual([['data/actions/improvement.yaml', 'invalid-value']]);
    expect(errors[0]!.fix).toBe('Did you mean "not-started"?');
  });

  it('reports a wrong type with what was expected and found', async () => {
    const { errors } = await broken((p) => p.edit('data/partner-contributions.yaml', (t) => t.replace('staffing: 100000.10', 'staffing: "£100,000.10"')));
    expect(errors[0]).toMatchObject({ code: 'wrong-type', file: 'data/partner-contributions.yaml', line: 3, field: 'partners[0].staffing', found: '"£100,000.10"' });
    expect(errors[0]!.expected).toContain('an amount in pounds');
    expect(errors[0]!.fix).toContain('without quotes');
  });

  it('reports a date that will not parse', async () => {
    const { errors } = await broken((p) => p.edit('plan.yaml', (t) => t.replace('plan_date: 2025-06-20', 'plan_date: 2025-02-30')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid-value', file: 'plan.yaml', line: 5, field: 'plan_date', found: '"2025-02-30"' });
    expect(errors[0]!.expected).toContain('YYYY-MM-DD');
  });

  it('reports a YAML syntax error with its line', async () => {
    const { errors } = await broken((p) => p.edit('data/glossary.yaml', (t) => t.replace('    definition: The local', '   definition: The local')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'yaml-syntax', file: 'data/glossary.yaml' });
    expect(errors[0]!.line).toBeGreaterThanOrEqual(4);
  });

  it('reports a duplicate YAML key', async () => {
    const { errors } = await broken((p) => p.edit('plan.yaml', (t) => t.replace('period: 2025-26', 'period: 2025-26\nperiod: 2026-27')));
    expect(errors[0]).toMatchObject({ code: 'yaml-syntax', file: 'plan.yaml', line: 5 });
    expect(errors[0]!.message).toContain('duplicated mapping key');
  });

  it('reports a missing data file that a chapter needs', async () => {
    const { errors } = await broken((p) => p.remove('data/board.yaml'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'missing-data-file', file: 'data/board.yaml' });
    expect(errors[0]!.message).toContain('Appendix 1: Board membership and attendance');
  });

  it('reports every problem in one run', async () => {
    const { errors } = await broken(async (p) => {
      await p.remove('content/03-child-first.md');
      await p.edit('data/board.yaml', (t) => t.replace('role: Superintendent', 'rol: Superintendent'));
      await p.edit('plan.yaml', (t) => t.replace('plan_date: 2025-06-20', 'plan_date: 20/06/2025'));
    });
    // "rol:" is one mistake: the unknown key that should be "role", not also a missing "role".
    expect(errors.map((e) => e.code).sort()).toEqual(['invalid-value', 'missing-chapter', 'unknown-field']);
  });

  it('reports a missing plan.yaml plainly', async () => {
    const { errors } = await broken((p) => p.remove('plan.yaml'));
    expect(errors[0]).toMatchObject({ code: 'missing-file', file: 'plan.yaml' });
    expect(errors[0]!.fix).toContain('--plan DIR');
  });

  it('reports an unknown framework edition with the ones available', async () => {
    const { errors } = await broken((p) => p.edit('plan.yaml', (t) => t.replace('framework: yjb-2023', 'framework: yjb-2024')));
    expect(errors[0]).toMatchObject({ code: 'unknown-framework', line: 1, found: 'yjb-2024' });
    expect(errors[0]!.expected).toContain('yjb-2022');
  });

  it('reports a file in data/ it does not recognise', async () => {
    const { errors } = await broken((p) => p.write('data/boards.yaml', 'meetings: []\n'));
    expect(errors[0]).toMatchObject({ code: 'unknown-data-file', file: 'data/boards.yaml', fix: 'Did you mean data/board.yaml?' });
  });

  it('refuses a theme colour without enough contrast, naming the ratio', async () => {
    const { errors } = await broken((p) => p.edit('plan.yaml', (t) => `${t}theme:\n  primary: "#7fa7d9"\n`));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'low-contrast-theme', file: 'plan.yaml', line: 20, field: 'theme.primary' });
    expect(errors[0]!.found).toMatch(/^#7fa7d9 \(2\.\d\d:1\)$/);
  });
});
