import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validationProblems } from '../helpers/checkPlan.ts';
import { copyFixturePlan, repoRoot, type FixturePlan } from '../helpers/fixturePlan.ts';

let fixture: FixturePlan | undefined;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

async function errorsWith(file: string, text: string) {
  fixture = await copyFixturePlan('minimal');
  await fixture.write(file, text);
  return (await validationProblems(fixture.dir)).filter((p) => p.severity === 'error').map((p) => [p.code, p.line, p.field, p.found]);
}

describe('a table that says it counts something other than children', () => {
  it('is refused when its title says it counts children (the example plan\'s outcomes, relabelled to be published in full)', async () => {
    const outcomes = await readFile(path.join(repoRoot, 'data/breakdowns/outcomes-by-type.yaml'), 'utf8');
    const relabelled = outcomes.replace('category_label: Outcome\n', 'category_label: Outcome\ncounting: outcomes\n');
    expect(await errorsWith('data/breakdowns/outcomes.yaml', relabelled)).toEqual([['counting-says-people', 2, 'title', 'Children by their most serious outcome, April 2025 to March 2026']]);
  });

  it('is refused when a column or the chart\'s value axis names people', async () => {
    const table = (extra: string) => `title: Offences\ncounting: offences\ncolumns: [Boys, Girls]\nrows:\n  - { label: Theft, counts: [9, 2] }\n${extra}`;
    expect(await errorsWith('data/breakdowns/offences.yaml', table(''))).toEqual([['counting-says-people', 3, 'columns[0]', 'Boys']]);
    const axis = 'title: Offences\ncounting: offences\nrows:\n  - { label: Theft, count: 2 }\nchart:\n  type: bar\n  y_title: Number of children\n';
    expect(await errorsWith('data/breakdowns/offences.yaml', axis)).toEqual([['counting-says-people', 7, 'chart.y_title', 'Number of children']]);
  });

  it('accepts the example plan\'s offences ("Proven offences by children", counting offences), and a relabelled table marked identifying', async () => {
    const offences = await readFile(path.join(repoRoot, 'data/breakdowns/offences-by-type.yaml'), 'utf8');
    expect(await errorsWith('data/breakdowns/offences.yaml', offences)).toEqual([]);
    await fixture?.cleanup();
    expect(await errorsWith('data/breakdowns/offences.yaml', 'title: Children by offence\ncounting: offences\nidentifying: true\nrows:\n  - { label: Theft, count: 2 }\n')).toEqual([]);
  });
});
