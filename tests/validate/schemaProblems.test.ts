import { describe, expect, it } from 'vitest';
import { errorsAfterChanging } from '../helpers/checkPlan.ts';

// Values the schemas refuse in data files, each made by breaking one line of a copy of the
// minimal fixture (or of a small valid file written into it), and each expected alone, at its line.

const errorsAfter = errorsAfterChanging('minimal');

const actionsFile = 'data/actions/improvement.yaml';
const statuses = 'one of completed, on-track, may-exceed-target-date, not-started, not recorded';

describe('action status', () => {
  it('refuses a status that is not one of the YJB\'s, suggesting the one meant', async () => {
    const errors = await errorsAfter((p) => p.edit(actionsFile, (t) => t.replace('    status: on-track\n    internal_notes', '    status: on track\n    internal_notes')));
    expect(errors).toEqual([
      {
        severity: 'error',
        code: 'invalid-value',
        file: actionsFile,
        line: 8,
        column: 13,
        field: 'actions[0].status',
        place: 'actions, item 1 (1.1), status',
        message: 'The value of "status" is not valid.',
        expected: statuses,
        found: '"on track"',
        fix: 'Did you mean "on-track"?',
      },
    ]);
  });

  it('suggests the status whatever its capitals', async () => {
    const errors = await errorsAfter((p) => p.edit(actionsFile, (t) => t.replace('    status: not-started\n  - ref: "1.3"', '    status: Not started\n  - ref: "1.3"')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid-value', line: 14, field: 'actions[1].status', fix: 'Did you mean "not-started"?' });
  });

  it('lists the statuses when the one written is nothing like any of them', async () => {
    const errors = await errorsAfter((p) => p.edit(actionsFile, (t) => t.replace('    status: on-track\n    internal_notes', '    status: blocked\n    internal_notes')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field: 'actions[0].status', found: '"blocked"', fix: 'Use one of: completed, on-track, may-exceed-target-date, not-started, not recorded.' });
  });
});

describe('an empty action plan', () => {
  it('is accepted: the table then says no actions have been added yet', async () => {
    const errors = await errorsAfter((p) => p.write(actionsFile, 'title: Service improvement plan 2025/26\nactions: []\n'));
    expect(errors).toEqual([]);
  });
});

describe('budgets', () => {
  const budget = ['title: Budget and outturn 2024/25', 'lines:', '  - category: Staffing', '    budget: 1200', '    actual: 1150.50', '  - category: New post', '    budget: 0', '    actual: 0', ''].join('\n');
  const file = 'data/budgets/outturn.yaml';

  it('accepts a budget with a zero line and an underspend', async () => {
    expect(await errorsAfter((p) => p.write(file, budget))).toEqual([]);
  });

  it('refuses an amount written with a £ sign and a comma, and says how to write it', async () => {
    const errors = await errorsAfter((p) => p.write(file, budget.replace('budget: 1200', 'budget: £1,200')));
    expect(errors).toEqual([
      {
        severity: 'error',
        code: 'wrong-type',
        file,
        line: 4,
        column: 13,
        field: 'lines[0].budget',
        place: 'lines, item 1 (Staffing), budget',
        message: 'The value of "budget" is not valid.',
        expected: 'an amount in pounds written as a number, for example 12500.50 (no £ sign or commas)',
        found: '"£1,200"',
        fix: 'Write the number without quotes, symbols or commas, for example 1250.50.',
      },
    ]);
  });

  it('refuses a number in quotes the same way', async () => {
    const errors = await errorsAfter((p) => p.write(file, budget.replace('actual: 1150.50', 'actual: "1150.50"')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'wrong-type', line: 5, field: 'lines[0].actual', found: '"1150.50"' });
  });

  it('refuses fractions of a penny', async () => {
    const errors = await errorsAfter((p) => p.write(file, budget.replace('actual: 1150.50', 'actual: 1150.505')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid-value', line: 5, field: 'lines[0].actual', expected: 'an amount in pounds with at most two decimal places', found: '1150.505' });
  });

  it('refuses a partner contribution written as text', async () => {
    const errors = await errorsAfter((p) => p.edit('data/partner-contributions.yaml', (t) => t.replace('other_delegated_funds: 50000.05', 'other_delegated_funds: fifty thousand')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'wrong-type', line: 6, field: 'partners[1].other_delegated_funds', found: '"fifty thousand"' });
  });
});

describe('indicators', () => {
  const indicator = ['title: Reoffending', 'measure: Percentage who reoffend', 'unit: percent', 'periods: ["2022", "2023", "2024"]', 'series:', '  - name: Testshire', '    comparator: yjs', '    values: [34.2, null, 31.0]', ''].join('\n');
  const file = 'data/indicators/reoffending.yaml';

  it('accepts null for a period with no figure', async () => {
    expect(await errorsAfter((p) => p.write(file, indicator))).toEqual([]);
  });

  it('refuses a value that is not a number, saying null is the way to leave a gap', async () => {
    const errors = await errorsAfter((p) => p.write(file, indicator.replace('null', 'n/a')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'wrong-type', file, line: 8, field: 'series[0].values[1]', expected: 'a number, or null where there is no figure', found: '"n/a"' });
  });

  it('refuses a unit it does not know, suggesting the one meant', async () => {
    const errors = await errorsAfter((p) => p.write(file, indicator.replace('unit: percent', 'unit: percentage')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid-value', line: 3, field: 'unit', expected: 'one of rate, percent, number', fix: 'Did you mean "percent"?' });
  });

  it('refuses an indicator with no periods', async () => {
    const errors = await errorsAfter((p) => p.write(file, indicator.replace('periods: ["2022", "2023", "2024"]', 'periods: []').replace('[34.2, null, 31.0]', '[]')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid-value', line: 4, field: 'periods', expected: 'at least 1 item', fix: 'The list "periods" is empty: add at least 1.' });
  });
});

describe('breakdowns and counts of children', () => {
  const breakdown = ['title: Children we worked with', 'rows:', '  - label: Looked after', '    count: 11', ''].join('\n');
  const file = 'data/breakdowns/cohort.yaml';

  it('refuses a breakdown with no rows, saying the list is empty', async () => {
    const errors = await errorsAfter((p) => p.write(file, 'title: Children we worked with\nrows: []\n'));
    expect(errors).toEqual([
      {
        severity: 'error',
        code: 'invalid-value',
        file,
        line: 2,
        column: 7,
        field: 'rows',
        message: 'The value of "rows" is not valid.',
        expected: 'at least 1 item',
        found: 'a list of 0 items',
        fix: 'The list "rows" is empty: add at least 1.',
      },
    ]);
  });

  it('refuses a negative count and a count with a fraction', async () => {
    const negative = await errorsAfter((p) => p.write(file, breakdown.replace('count: 11', 'count: -1')));
    expect(negative).toHaveLength(1);
    expect(negative[0]).toMatchObject({ code: 'invalid-value', line: 4, field: 'rows[0].count', expected: 'a whole number, zero or more', found: '-1' });
    const fraction = await errorsAfter((p) => p.write(file, breakdown.replace('count: 11', 'count: 2.5')));
    expect(fraction).toHaveLength(1);
    expect(fraction[0]).toMatchObject({ line: 4, field: 'rows[0].count', expected: 'a whole number, zero or more', found: '2.5' });
  });

  it('refuses a KPI count written as text', async () => {
    const kpis = 'period: 2024-25\nindicators:\n  - id: ete\n    title: Education\n    measure: in education\n    out_of_court: { met: twelve, total: 20 }\n    court: { met: 5, total: 10 }\n';
    const errors = await errorsAfter((p) => p.write('data/kpis.yaml', kpis));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'wrong-type', line: 6, field: 'indicators[0].out_of_court.met', expected: 'a whole number, zero or more', found: '"twelve"' });
  });

  it('refuses a KPI with no figures, or with an overall figure beside cohort figures', async () => {
    const none = 'period: 2024-25\nindicators:\n  - id: ete\n    title: Education\n    measure: in education\n';
    const errors = await errorsAfter((p) => p.write('data/kpis.yaml', none));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'data/kpis.yaml', line: 3, field: 'indicators[0]', expected: 'at least one of out_of_court, court or overall' });
    const both = `${none}    court: { met: 5, total: 10 }\n    overall: { met: 5, total: 10 }\n`;
    const mixed = await errorsAfter((p) => p.write('data/kpis.yaml', both));
    expect(mixed).toHaveLength(1);
    expect(mixed[0]).toMatchObject({ line: 7, field: 'indicators[0].overall', expected: 'overall on its own, or out_of_court and/or court, but not both' });
  });
});

describe('action dates and "not recorded"', () => {
  const dueOf11 = (due: string) => (p: { edit: (f: string, c: (t: string) => string) => Promise<void> }) => p.edit(actionsFile, (t) => t.replace('    due: 2025-05-31\n    progress: Interviews', `    due: ${due}\n    progress: Interviews`));

  it('refuses "Aug-22", as a tracker writes it, and gives the month to write', async () => {
    const errors = await errorsAfter(dueOf11('Aug-22'));
    expect(errors).toEqual([
      expect.objectContaining({ code: 'invalid-value', file: actionsFile, line: 6, field: 'actions[0].due', found: '"Aug-22"', fix: 'Did you mean 2022-08?', expected: 'a date written as YYYY-MM-DD (2025-06-20), a month written as YYYY-MM (2022-08), or "not recorded"' }),
    ]);
  });

  it('refuses "31.12.22" and gives the day to write, reading it day first as UK dates are', async () => {
    const errors = await errorsAfter(dueOf11('31.12.22'));
    expect(errors).toEqual([expect.objectContaining({ field: 'actions[0].due', found: '"31.12.22"', fix: 'Did you mean 2022-12-31?' })]);
  });

  it('gives no guess for a date that is not a real day (31.02.22), and says how to write one', async () => {
    const errors = await errorsAfter(dueOf11('31.02.22'));
    expect(errors).toEqual([expect.objectContaining({ field: 'actions[0].due', fix: 'Write the date as YYYY-MM-DD, or the month as YYYY-MM.' })]);
  });

  it('accepts a month, and "not recorded" for a lead, a date and a status', async () => {
    expect(await errorsAfter(dueOf11('2025-05'))).toEqual([]);
    expect(await errorsAfter((p) => p.edit(actionsFile, (t) => t.replace('    lead: Operations Manager\n    due: 2025-12-31\n    status: not-started', '    lead: not recorded\n    due: not recorded\n    status: not recorded')))).toEqual([]);
  });

  it('keeps a lead required: an empty one is refused, pointing to "not recorded"', async () => {
    const errors = await errorsAfter((p) => p.edit(actionsFile, (t) => t.replace('    lead: Operations Manager', '    lead: ""')));
    expect(errors).toEqual([expect.objectContaining({ field: 'actions[1].lead', expected: 'some text, or "not recorded" where the source does not say' })]);
  });
});

describe('a misspelt required key', () => {
  it('is one mistake, reported at the typo with its fix, not also as a missing key at the top of the file', async () => {
    const errors = await errorsAfter((p) => p.edit('plan.yaml', (t) => t.replace('vision: Every child', 'visoin: Every child')));
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'unknown-field',
        file: 'plan.yaml',
        line: 6,
        field: 'visoin',
        message: 'Unknown field "visoin", and the required field "vision" is missing.',
        fix: 'Did you mean "vision"?',
      }),
    ]);
  });
});
