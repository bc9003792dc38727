import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../scripts/errors/formatProblems.ts';
import { errorsAfterChanging, validationProblems } from '../helpers/checkPlan.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';

// Cross-reference problems, each made by breaking one line of a copy of the minimal fixture
// (or of a small valid file written into it first), and each expected alone, at its line.

const errorsAfter = errorsAfterChanging('minimal');

const actionsFile = 'data/actions/improvement.yaml';

describe('action plans', () => {
  it('reports a ref used twice, at the second one', async () => {
    const errors = await errorsAfter((p) => p.edit(actionsFile, (t) => t.replace('ref: "1.2"', 'ref: "1.1"')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'duplicate-ref', file: actionsFile, line: 10, field: 'actions[1].ref',
        place: 'actions, item 2 (1.1), ref', fix: 'Give each action its own ref.' });
    expect(errors[0]!.message).toBe('The ref "1.1" is used by more than one action.');
  });

  it('reports a duplicate_of that points at no action, and never guesses a ref with other numbers (1.7 is not 1.1)', async () => {
    const errors = await errorsAfter((p) => p.edit(actionsFile, (t) => t.replace('duplicate_of: "1.1"', 'duplicate_of: "1.7"')));
    expect(errors).toEqual([
      {
        severity: 'error',
        code: 'duplicate-of-missing',
        file: actionsFile,
        line: 26,
        column: 19,
        field: 'actions[3].duplicate_of',
        place: 'actions, item 4 (1.4), duplicate_of',
        message: 'Action 1.4 says it duplicates action "1.7", but there is no action with that ref in this file.',
        expected: 'one of 1.1, 1.2, 1.3, 1.4',
        found: '1.7',
        fix: 'Correct the ref, or remove duplicate_of.',
      },
    ]);
  });

  it('matches a ref exactly on its letters and digits: PR13 means PR-13, never PR-3', async () => {
    const errors = await errorsAfter((p) =>
      p.edit(actionsFile, (t) => t.replace('ref: "1.1"', 'ref: "PR-3"').replace('ref: "1.2"', 'ref: "PR-13"').replace('duplicate_of: "1.1"', 'duplicate_of: "PR13"')),
    );
    expect(errors).toEqual([expect.objectContaining({ code: 'duplicate-of-missing', field: 'actions[3].duplicate_of', found: 'PR13', fix: 'Did you mean "PR-13"?' })]);
  });

  it('warns when a duplicate\'s status differs from its original\'s, naming both', async () => {
    const plan = await copyFixturePlan('minimal');
    try {
      await plan.edit(actionsFile, (t) => t.replace('    status: on-track\n    duplicate_of: "1.1"', '    status: completed\n    duplicate_of: "1.1"'));
      const warnings = (await validationProblems(plan.dir)).filter((p) => p.code === 'duplicate-status-differs');
      expect(warnings).toEqual([
        expect.objectContaining({
          severity: 'warning',
          file: actionsFile,
          line: 25,
          field: 'actions[3].status',
          message: 'Action 1.4 repeats 1.1, but its status is "completed" and 1.1\'s is "on-track". The summary counts 1.1\'s status only.',
        }),
      ]);
    } finally {
      await plan.cleanup();
    }
  });

  it('says how to fix a duplicate_of with no ref near it', async () => {
    const errors = await errorsAfter((p) => p.edit(actionsFile, (t) => t.replace('duplicate_of: "1.1"', 'duplicate_of: "speech therapy"')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'duplicate-of-missing', line: 26, found: 'speech therapy', fix: 'Correct the ref, or remove duplicate_of.' });
  });

  it('reports an action that says it duplicates itself', async () => {
    const errors = await errorsAfter((p) => p.edit(actionsFile, (t) => t.replace('duplicate_of: "1.1"', 'duplicate_of: "1.4"')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'duplicate-of-self', line: 26, field: 'actions[3].duplicate_of', message: 'Action 1.4 says it duplicates itself.' });
  });

  it('reports actions that repeat each other in a loop once, since none of them would be counted', async () => {
    // 1.4 already repeats 1.1; make 1.1 repeat 1.4 too.
    const errors = await errorsAfter((p) => p.edit(actionsFile, (t) => t.replace('    status: on-track\n    internal_notes', '    status: on-track\n    duplicate_of: "1.4"\n    internal_notes')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: 'duplicate-of-cycle',
      file: actionsFile,
      line: 9,
      field: 'actions[0].duplicate_of',
      message: 'Actions 1.1 and 1.4 are each marked as a duplicate of the other, so neither would be counted.',
      found: '1.1 → 1.4 → 1.1',
      fix: 'Mark only the later one: remove duplicate_of from 1.1, and keep duplicate_of: "1.1" on 1.4.',
    });
  });

  it('accepts a chain of repeats that ends at an original', async () => {
    // 1.2 repeats 1.4, which repeats 1.1: each counted once, under 1.1.
    const errors = await errorsAfter((p) => p.edit(actionsFile, (t) => t.replace('    status: not-started\n  - ref: "1.3"', '    status: not-started\n    duplicate_of: "1.4"\n  - ref: "1.3"')));
    expect(errors).toEqual([]);
  });

  it('reports a ref such as 1.20 written without quotes, which YAML reads as the number 1.2', async () => {
    const errors = await errorsAfter((p) => p.edit(actionsFile, (t) => t.replace('ref: "1.2"', 'ref: 1.20')));
    expect(errors).toEqual([
      {
        severity: 'error',
        code: 'ref-read-as-number',
        file: actionsFile,
        line: 10,
        column: 10,
        field: 'actions[1].ref',
        place: 'actions, item 2 (1.2), ref',
        message: '1.20 is read as the number 1.2, so the plan would show "1.2", not "1.20".',
        expected: '"1.20" in quotes',
        found: '1.20',
        fix: 'Put it in quotes: ref: "1.20".',
      },
    ]);
  });

  it('accepts numbers that read as written, and checks duplicate_of the same way', async () => {
    expect(await errorsAfter((p) => p.edit(actionsFile, (t) => t.replace('ref: "1.2"', 'ref: 2')))).toEqual([]);
    const errors = await errorsAfter((p) => p.edit(actionsFile, (t) => t.replace('duplicate_of: "1.1"', 'duplicate_of: 1.10')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'ref-read-as-number', line: 26, field: 'actions[3].duplicate_of', fix: 'Put it in quotes: duplicate_of: "1.10".' });
  });

  it('reports an action naming a priority that plan.yaml does not have', async () => {
    const errors = await errorsAfter((p) => p.edit(actionsFile, (t) => t.replace('    status: not-started\n  - ref: "1.3"', '    status: not-started\n    priority: preventon\n  - ref: "1.3"')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'unknown-priority', line: 15, field: 'actions[1].priority', expected: 'one of prevention', fix: 'Did you mean "prevention"?' });
  });
});

describe('indicators', () => {
  const indicator = [
    'title: First time entrants',
    'measure: Rate per 100,000 children aged 10 to 17',
    'unit: rate',
    'decimals: 0',
    'periods: ["2023", "2024", "2025"]',
    'series:',
    '  - name: Testshire',
    '    comparator: yjs',
    '    values: [174, 161, 149]',
    '  - name: England and Wales',
    '    comparator: national',
    '    values: [154, 152, 147]',
    '',
  ].join('\n');
  const file = 'data/indicators/first-time-entrants.yaml';

  it('accepts the valid indicator the tests below break', async () => {
    expect(await errorsAfter((p) => p.write(file, indicator))).toEqual([]);
  });

  it('reports a series with fewer values than periods, since they cannot be matched up', async () => {
    const errors = await errorsAfter((p) => p.write(file, indicator.replace('values: [154, 152, 147]', 'values: [154, 152]')));
    expect(errors).toEqual([
      {
        severity: 'error',
        code: 'periods-mismatch',
        file,
        line: 12,
        column: 13,
        field: 'series[1].values',
        place: 'series, item 2 (England and Wales), values',
        message: 'The series "England and Wales" has 2 values but there are 3 periods, so its values cannot be matched to periods.',
        expected: '3 values (use null for a period with no figure)',
        found: '2 values',
        fix: 'Add or remove values so there is exactly one for each period, in the same order.',
      },
    ]);
  });

  it('reports a series with more values than periods too', async () => {
    const errors = await errorsAfter((p) => p.write(file, indicator.replace('values: [174, 161, 149]', 'values: [188, 174, 161, 149]')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'periods-mismatch', line: 9, field: 'series[0].values', found: '4 values' });
  });
});

describe('breakdowns', () => {
  const breakdown = ['title: Offences by type', 'category_label: Offence type', 'columns: [Out of court, Court]', 'rows:', '  - label: Violence', '    counts: [34, 21]', '  - label: Theft', '    counts: [12, 6]', ''].join('\n');
  const single = ['title: Children we worked with', 'rows:', '  - label: Looked after', '    count: 11', '  - label: SEND', '    count: 23', ''].join('\n');
  const file = 'data/breakdowns/offences.yaml';

  it('accepts the valid breakdowns the tests below break', async () => {
    expect(await errorsAfter(async (p) => {
      await p.write(file, breakdown);
      await p.write('data/breakdowns/cohort.yaml', single);
    })).toEqual([]);
  });

  it('reports a row with both count and counts', async () => {
    const errors = await errorsAfter((p) => p.write(file, breakdown.replace('    counts: [12, 6]', '    count: 18\n    counts: [12, 6]')));
    expect(errors).toEqual([
      {
        severity: 'error',
        code: 'breakdown-row-shape',
        file,
        line: 7,
        column: 5,
        field: 'rows[1]',
        place: 'rows, item 2 (Theft)',
        message: 'Row "Theft" needs 2 counts, one for each column (Out of court, Court).',
        expected: 'counts: [N, N]',
        found: 'both count: and counts:',
        fix: 'Remove count: and keep counts:, with one count for each column.',
      },
    ]);
  });

  it('reports a row with neither count nor counts', async () => {
    const errors = await errorsAfter((p) => p.write(file, breakdown.replace('    counts: [12, 6]\n', '')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'breakdown-row-shape', line: 7, field: 'rows[1]', found: 'no counts' });
  });

  it('reports a row with too few counts for the columns', async () => {
    const errors = await errorsAfter((p) => p.write(file, breakdown.replace('counts: [12, 6]', 'counts: [12]')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'breakdown-row-shape', line: 7, found: '1 count', fix: 'Give one count for each column, in the same order.' });
  });

  it('reports counts in a table with no columns, and a row with both there too', async () => {
    const errors = await errorsAfter((p) => p.write(file, single.replace('    count: 23', '    counts: [20, 3]').replace('    count: 11', '    count: 11\n    counts: [11]')));
    expect(errors.map((e) => [e.code, e.line, e.field, e.found])).toEqual([
      ['breakdown-row-shape', 3, 'rows[0]', 'both count: and counts:'],
      ['breakdown-row-shape', 6, 'rows[1]', 'counts: [...]'],
    ]);
    expect(errors[0]!.message).toBe('Row "Looked after" needs a single count:, because this table has no columns: list.');
    expect(errors[1]!.fix).toBe('Write count: 12, or add columns: [...] and give every row counts: [...].');
  });

  it('checks the staff diversity table the same way, naming the field inside staff.yaml', async () => {
    const errors = await errorsAfter((p) => p.edit('data/staff.yaml', (t) => t.replace('counts: [2, 0]', 'counts: [2]')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'breakdown-row-shape', file: 'data/staff.yaml', line: 14, field: 'diversity.rows[1]', found: '1 count' });
  });
});

describe('the board', () => {
  it('reports attendance at a meeting that is not in the list of meetings', async () => {
    const errors = await errorsAfter((p) => p.edit('data/board.yaml', (t) => t.replace('attended: [2025-04-16]', 'attended: [2025-04-17]')));
    expect(errors).toEqual([
      {
        severity: 'error',
        code: 'unknown-meeting',
        file: 'data/board.yaml',
        line: 11,
        column: 16,
        field: 'members[1].attended[0]',
        place: 'members, item 2 (Sam Sample), attended, item 1',
        message: 'Sam Sample is recorded as attending a meeting on 2025-04-17, but that date is not in meetings.',
        expected: 'one of 2025-01-15, 2025-04-16',
        found: '2025-04-17',
        fix: 'Correct the date, or add the meeting to meetings.',
      },
    ]);
  });

  it('reports a meeting listed twice, which would count its attendance twice', async () => {
    const errors = await errorsAfter((p) => p.edit('data/board.yaml', (t) => t.replace('meetings: [2025-01-15, 2025-04-16]', 'meetings: [2025-01-15, 2025-04-16, 2025-01-15]')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'duplicate-meeting', file: 'data/board.yaml', line: 1, column: 36, field: 'meetings[2]', found: '2025-01-15' });
  });
});

describe('inspection recommendations', () => {
  const inspection = [
    'published: 2024-11-05',
    'overall: Good',
    'ratings:',
    '  "1.1": Good',
    'recommendations:',
    '  - id: R1',
    '    text: Improve the speed of speech and language assessments.',
    '    actions:',
    '      - improvement#1.1',
    '      - improvement#1.2',
    '',
  ].join('\n');
  const file = 'data/inspection.yaml';

  it('accepts recommendations that point at actions that exist', async () => {
    expect(await errorsAfter((p) => p.write(file, inspection))).toEqual([]);
  });

  it('reports a recommendation linked to a ref the action plan does not have, listing the refs it does', async () => {
    const errors = await errorsAfter((p) => p.write(file, inspection.replace('improvement#1.2', 'improvement#1.9')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: 'unknown-action',
      file,
      line: 10,
      field: 'recommendations[0].actions[1]',
      message: 'Recommendation R1 points at action "improvement#1.9", which does not exist.',
      found: 'improvement#1.9',
      fix: 'Refs in data/actions/improvement.yaml: 1.1, 1.2, 1.3, 1.4.',
    });
  });

  it('reports a recommendation linked to an action plan that does not exist', async () => {
    const errors = await errorsAfter((p) => p.write(file, inspection.replace('improvement#1.1', 'improvment#1.1')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'unknown-action', line: 9, field: 'recommendations[0].actions[0]', fix: 'There is no data/actions/improvment.yaml.' });
  });
});

describe('KPIs', () => {
  const kpis = [
    'period: April 2024 to March 2025',
    'indicators:',
    '  - id: accommodation',
    '    title: Suitable accommodation',
    '    measure: in suitable accommodation at the end of their order',
    '    out_of_court: { met: 18, total: 24 }',
    '    court:',
    '      met: 9',
    '      total: 10',
    '',
  ].join('\n');

  it('accepts KPIs where no more children met the measure than were counted', async () => {
    expect(await errorsAfter((p) => p.write('data/kpis.yaml', kpis))).toEqual([]);
  });

  it('reports more children meeting a KPI than there are in the cohort', async () => {
    const errors = await errorsAfter((p) => p.write('data/kpis.yaml', kpis.replace('met: 9', 'met: 12')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: 'kpi-met-over-total',
      file: 'data/kpis.yaml',
      line: 8,
      field: 'indicators[0].court.met',
      message: '"Suitable accommodation" (court): 12 children met the measure, but the cohort has only 10 children.',
      expected: 'met no more than total (10)',
      found: '12',
    });
  });
});

describe('how a cross-reference problem reads', () => {
  it('prints file:line:column, the code and the field, then what was expected, found and the fix', async () => {
    const errors = await errorsAfter((p) => p.edit('data/board.yaml', (t) => t.replace('attended: [2025-04-16]', 'attended: [2025-04-17]')));
    expect(formatProblem(errors[0]!)).toContain('data/board.yaml:11:16 error [unknown-meeting] members, item 2 (Sam Sample), attended, item 1');
    expect(formatProblem(errors[0]!)).toContain('Fix: Correct the date, or add the meeting to meetings.');
  });
});

describe('breakdowns where a child can be in several rows', () => {
  const file = 'data/breakdowns/needs.yaml';
  const needs = 'title: Needs\noverlapping: true\ngroup_size: 30\nrows:\n  - { label: Speech and language, count: 21 }\n  - { label: Known to CAMHS, count: 18 }\n';

  it('accepts rows that each fit within the group', async () => {
    expect(await errorsAfter((p) => p.write(file, needs))).toEqual([]);
  });

  it('reports a row counting more children than the group holds', async () => {
    const errors = await errorsAfter((p) => p.write(file, needs.replace('count: 21', 'count: 31')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'row-over-group-size', file, line: 5, field: 'rows[0].count', expected: 'no more than 30', found: '31' });
  });

  it('reports group_size without overlapping, and stated_total with it', async () => {
    const without = await errorsAfter((p) => p.write(file, needs.replace('overlapping: true\n', '')));
    expect(without.map((e) => [e.code, e.line, e.field])).toEqual([['group-size-without-overlapping', 2, 'group_size']]);
    const stated = await errorsAfter((p) => p.write(file, `${needs}stated_total: 39\n`));
    expect(stated.map((e) => [e.code, e.line, e.field])).toEqual([['stated-total-with-overlapping', 7, 'stated_total']]);
  });
});

describe('indicators', () => {
  it('reports a period listed twice, at the second one', async () => {
    const indicator = 'title: Custody\nmeasure: Rate per 1,000\nunit: rate\nperiods: ["2023", "2024", "2024"]\nseries:\n  - { name: Testshire, comparator: yjs, values: [0.2, 0.1, 0.1] }\n';
    const errors = await errorsAfter((p) => p.write('data/indicators/custody.yaml', indicator));
    expect(errors.map((e) => [e.code, e.line, e.field, e.found])).toEqual([['duplicate-period', 4, 'periods[2]', '2024']]);
  });
});

describe('inspection standards as the inspectorate writes them', () => {
  const inspectionWith = (lines: string[]) => (p: FixturePlan) => p.write('data/inspection.yaml', ['published: 2024-11-05', 'overall: Good', ...lines, ''].join('\n'));

  it('refuses a standard the 2021 edition does not have (3.5), at its line', async () => {
    const errors = await errorsAfter(inspectionWith(['ratings:', '  "1.1": Good', '  "3.5": Outstanding']));
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'unknown-standard',
        file: 'data/inspection.yaml',
        line: 5,
        field: 'ratings.3.5',
        message: 'There is no standard 3.5 in HM Inspectorate of Probation youth justice standards (2021).',
      }),
    ]);
  });

  it('accepts 3.4 and the victims standard in the editions that have them, and names an unknown edition', async () => {
    expect(await errorsAfter(inspectionWith(['standards: hmip-youth-2018', 'ratings:', '  "3.4": Good']))).toEqual([]);
    expect(await errorsAfter(inspectionWith(['standards: hmip-youth-2025', 'ratings:', '  V1.1: Good', '  V1.2: Requires improvement']))).toEqual([]);
    const errors = await errorsAfter(inspectionWith(['standards: hmip-youth-2012', 'ratings:', '  "1.1": Good']));
    expect(errors).toEqual([expect.objectContaining({ code: 'unknown-inspection-standards', line: 3, found: 'hmip-youth-2012' })]);
    expect(errors[0]!.fix).toMatch(/^Did you mean "hmip-youth-20\d\d"\?$/);
  });

  it('refuses a victims standard in the 2021 edition, which had none', async () => {
    const errors = await errorsAfter(inspectionWith(['ratings:', '  V1.1: Good']));
    expect(errors).toEqual([expect.objectContaining({ code: 'unknown-standard', field: 'ratings.V1.1' })]);
  });
});
