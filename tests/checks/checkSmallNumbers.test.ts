import { afterEach, describe, expect, it } from 'vitest';
import { checkSmallNumbers, type SmallNumberOptions } from '../../scripts/checks/narrative/checkSmallNumbers.ts';
import { validationProblems } from '../helpers/checkPlan.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';

const publicOptions: SmallNumberOptions = { threshold: 4, severity: 'error', notCounts: [] };
/** Body line 1 is file line 5, as after four lines of front matter. */
const found = (text: string, options: Partial<SmallNumberOptions> = {}) =>
  checkSmallNumbers('content/x.md', text, 5, { ...publicOptions, ...options }).map((p) => [p.line, p.found]);

describe('checkSmallNumbers', () => {
  it('finds small counts of people typed into prose, with the line', () => {
    expect(found('Intro.\n\nLast year 3 young people were remanded.')).toEqual([[7, '3 young people']]);
    expect(found('Of these, two out of three were looked after.')).toEqual([[5, 'two out of three']]);
    expect(found('2 of the 5 girls had an EHCP.')).toEqual([[5, '2 of the 5']]);
  });

  it('finds the counts the old check missed', () => {
    expect(found('Reoffending fell (3 re-offenders) this year.')).toEqual([[5, '3 re-offenders']]);
    expect(found('We placed the remaining 3 young people with foster carers.')).toEqual([[5, '3 young people']]);
    // The year is not a count; the 4 after it is.
    expect(found('In 2021 4 children were remanded.')).toEqual([[5, '4 children']]);
    expect(found('On 3 April 2 children were arrested.')).toEqual([[5, '2 children']]);
    expect(found('Of the girls: 2 were cautioned, and boys (1) too.')).toEqual([
      [5, 'girls: 2'],
      [5, 'boys (1)'],
    ]);
    expect(found('We worked with 3 looked-after children and three young men.')).toEqual([
      [5, '3 looked-after children'],
      [5, 'three young men'],
    ]);
  });

  it('reads headings, lists, emphasis, links and second lines of a paragraph', () => {
    expect(found('## 2 girls were cautioned\n\nText.')).toEqual([[5, '2 girls']]);
    expect(found('- First item\n- **3** children waited')).toEqual([[6, '3 children']]);
    expect(found('A paragraph\nthat goes on: [two boys](https://example.org) were seen.')).toEqual([[6, 'two boys']]);
  });

  it('reads a hand-typed table: a small number in a cell is a count, unless its column is a label', () => {
    const table = '| Outcome | Children |\n| --- | --- |\n| Referral order | 20 |\n| Custody | 2 |\n';
    expect(found(`Intro.\n\n${table}`)).toEqual([[10, 'Custody | 2']]);
    expect(found('| Action | Priority |\n| --- | --- |\n| Open a hub | 2 |\n')).toEqual([]);
    expect(found('| Group | Note |\n| --- | --- |\n| Girls | 3 girls were cautioned |\n')).toEqual([[7, '3 girls']]);
  });

  it('reads the text around a shortcode, but not the shortcode itself', () => {
    expect(found('{% count "cohort" "Looked after" %} children were looked after.')).toEqual([]);
    expect(found('In 2025, {% latest "custody" %} children were sentenced, and 3 young people were remanded.')).toEqual([[5, '3 young people']]);
  });

  it('reads code blocks, which are published, but not internal blocks, which are not', () => {
    expect(found('```text\nNotes: 3 children\n```\n')).toEqual([[6, '3 children']]);
    expect(found('```Internal\n3 children\n```\n')).toEqual([]);
  });

  it('ignores large numbers, percentages, years, money, labels and things that are not people', () => {
    expect(found('We worked with 120 children in 2024.')).toEqual([]);
    expect(found('Reoffending fell by 3% among children.')).toEqual([]);
    expect(found('The service has 4 teams.')).toEqual([]);
    expect(found('Year 3 pupils and children aged 4 to 9 took part.')).toEqual([]);
    expect(found('Plan template agreed with the two secure establishments children from Eastmoor are most often placed in.')).toEqual([]);
    expect(found('It cost £3 per child, and no one was harmed.')).toEqual([]);
    expect(found('We met 2 of the 3 targets, and one of the 4 priorities.')).toEqual([]);
  });

  it('finds one child singled out of a group, but not "one of" things that are not people', () => {
    expect(found('One of the children was remanded.')).toEqual([[5, 'One of the children']]);
    expect(found('This plan is one of a family of local plans.')).toEqual([]);
    expect(found("Each member champions one of this plan's priorities.")).toEqual([]);
  });

  it('follows the threshold: 3 is not small at threshold 2, and nothing is at 0', () => {
    expect(found('3 children and 2 girls', { threshold: 2 })).toEqual([[5, '2 girls']]);
    expect(found('3 children', { threshold: 0 })).toEqual([]);
  });

  it('is an error for the public, points to {% count %}, and accepts a phrase the author says is not a count', () => {
    const [problem] = checkSmallNumbers('content/x.md', 'Year 3 and 3 pupils.', 1, publicOptions);
    expect(problem).toMatchObject({ severity: 'error', code: 'small-number-in-text', line: 1, found: '3 pupils' });
    expect(problem!.fix).toContain('{% count "DATA-ID" "Row label" %}');
    expect(problem!.fix).toContain('not_counts');
    expect(found('3 pupils', { notCounts: ['3  Pupils'] })).toEqual([]);
    expect(checkSmallNumbers('content/x.md', '3 pupils', 1, { ...publicOptions, severity: 'warning' })[0]?.severity).toBe('warning');
  });
});

describe('small numbers in every piece of published text', () => {
  let fixture: FixturePlan | undefined;
  afterEach(async () => {
    await fixture?.cleanup();
    fixture = undefined;
  });

  async function problemsAfter(change: (plan: FixturePlan) => Promise<void>, audience: 'public' | 'internal' = 'public') {
    fixture = await copyFixturePlan('minimal');
    await change(fixture);
    return (await validationProblems(fixture.dir, audience)).filter((p) => p.code === 'small-number-in-text').map((p) => [p.severity, p.file, p.line, p.field, p.found]);
  }

  it('reads action progress, priorities and chapter summaries in YAML, at their lines', async () => {
    const problems = await problemsAfter(async (p) => {
      await p.edit('data/actions/improvement.yaml', (t) => t.replace(/progress: .*/, 'progress: Trialled with 2 boys in May.'));
      await p.edit('plan.yaml', (t) => t.replace(/summary: .*/, 'summary: Reach children early; last year 3 children were diverted.'));
      await p.edit('content/03-child-first.md', (t) => t.replace('chapter: child-first', 'chapter: child-first\nsummary: How the remaining 2 young people were helped'));
    });
    expect(problems).toEqual([
      ['error', 'content/03-child-first.md', 3, 'summary', '2 young people'],
      ['error', 'plan.yaml', 10, 'priorities[0].summary', '3 children'],
      ['error', 'data/actions/improvement.yaml', 7, 'actions[0].progress', '2 boys'],
    ]);
  });

  it('leaves out an internal action and internal notes, and is a warning for the internal build', async () => {
    const change = (p: FixturePlan) =>
      p.edit('data/actions/improvement.yaml', (t) => t.replace(/internal_notes: .*/, 'internal_notes: 2 children complained.').replace(/progress: .*/, 'progress: Trialled with 2 boys in May.'));
    expect((await problemsAfter(change)).map((p) => p[0])).toEqual(['error']);
    await fixture?.cleanup();
    expect((await problemsAfter(change, 'internal')).map((p) => p[0])).toEqual(['warning']);
  });

  it('accepts a phrase listed in not_counts, and warns about one that no longer matches anything, at its line', async () => {
    fixture = await copyFixturePlan('minimal');
    await fixture.edit('data/actions/improvement.yaml', (t) => t.replace(/progress: .*/, 'progress: Trialled with 2 boys in May.'));
    // plan.yaml ends at line 18: disclosure at 19, not_counts at 20, the phrases at 21 and 22.
    await fixture.edit('plan.yaml', (t) => `${t}disclosure:\n  not_counts:\n    - "2 boys"\n    - "3 girls"\n`);
    const problems = (await validationProblems(fixture.dir)).filter((p) => ['small-number-in-text', 'unused-not-count'].includes(p.code));
    expect(problems.map((p) => [p.severity, p.code, p.file, p.line, p.field])).toEqual([['warning', 'unused-not-count', 'plan.yaml', 22, 'disclosure.not_counts[1]']]);
  });

  it('reads a chart summary the author wrote, which could give away a value the chart hides', async () => {
    const problems = await problemsAfter((p) =>
      p.write(
        'data/indicators/custody.yaml',
        'title: Custody\nmeasure: Children sentenced\nunit: number\nperiods: ["2025"]\nseries:\n  - { name: T, comparator: yjs, values: [2] }\nchart:\n  type: bar\n  summary: In 2025 two children were sentenced to custody.\n',
      ),
    );
    expect(problems).toEqual([['error', 'data/indicators/custody.yaml', 9, 'chart.summary', 'two children']]);
  });

  it('reads the young-person pages', async () => {
    const problems = await problemsAfter((p) =>
      p.write('content/young-people/01-hello.md', '---\ntitle: Hello\norder: 1\n---\n\nLast year 2 girls helped us write this.\n'),
    );
    expect(problems).toEqual([['error', 'content/young-people/01-hello.md', 6, undefined, '2 girls']]);
  });
});
