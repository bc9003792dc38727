import { load, type CheerioAPI } from 'cheerio';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDisclosure } from '../../scripts/checks/verify/checkDisclosure.ts';
import { possibleCells, type Printed } from '../helpers/bruteForceReader.ts';
import { buildComponentPlan, type ComponentPlan } from '../helpers/componentPlan.ts';
import { copyOutput, type CorruptedOutput } from '../helpers/corruptOutput.ts';

/**
 * The hostile reader against built websites: plans with the settings a
 * service may choose (threshold 1 with a reason, symbol [c], tables published
 * in full), read from the printed HTML only, and verify's disclosure checker
 * run over them as the information governance officer would before signing off.
 */

const reason = '  reason: Agreed with the information governance officer on 1 May 2026.\n';

/** Children by most serious offence at threshold 1: two 1s whose sum the shown rows give away. */
const offencesOfChildren = `title: Children by most serious offence
category_label: Offence
rows:
  - { label: Robbery, count: 1 }
  - { label: Arson, count: 0 }
  - { label: Sexual offences, count: 1 }
  - { label: Drugs, count: 7 }
  - { label: Violence against the person, count: 13 }
  - { label: Fraud, count: 0 }
`;

/** Proven offences (not children), published in full whatever their size. */
const provenOffences = `title: Proven offences by outcome
counting: offences
category_label: Offence type
columns: [Out of court, Court]
rows:
  - { label: Robbery, counts: [1, 3] }
  - { label: Arson, counts: [0, 2] }
  - { label: Theft, counts: [12, 9] }
`;

/** Children remanded each year: a count of children with no totals to hide another figure in. */
const remands = `title: Children remanded
measure: Children remanded to youth detention accommodation
unit: number
decimals: 0
periods: ["2022", "2023", "2024", "2025"]
series:
  - { name: Testshire, comparator: yjs, values: [3, 1, 0, 2] }
`;

async function planWith(disclosure: string | undefined, extra: Record<string, string>, shortcodes: string[]): Promise<ComponentPlan> {
  return buildComponentPlan({
    change: async (plan) => {
      if (disclosure) await plan.edit('plan.yaml', (t) => `${t}disclosure:\n${disclosure}`);
      for (const [file, text] of Object.entries(extra)) await plan.write(file, text);
      await plan.edit('content/09-performance.md', (t) => `${t}\n${shortcodes.join('\n\n')}\n`);
    },
  });
}

async function verifyFailures(plan: ComponentPlan): Promise<string[]> {
  const pages = (await plan.built.pages()).map((p) => path.join(plan.built.siteDir, p));
  return (await checkDisclosure(pages)).map((f) => `${path.basename(f.file)}: ${f.message}`);
}

/** A one-column breakdown as printed on the page: its cells and the total in its footer. */
function printedOneWay($: CheerioAPI, caption: string): Printed {
  const table = $('table[data-disclosure]').filter((_, t) => $(t).find('caption').text().trim() === caption);
  expect(table.length, `a table captioned "${caption}"`).toBe(1);
  const cells = table.find('tbody [data-role="row-total"]').map((_, td) => [[$(td).text().trim()]]).get() as string[][];
  return { cells, grand: table.find('tfoot [data-role="grand-total"]').text().trim() };
}

describe('a plan at threshold 1, read from its website', () => {
  let plan: ComponentPlan;
  let copy: CorruptedOutput | undefined;
  beforeAll(async () => {
    plan = await planWith(`  threshold: 1\n${reason}`, { 'data/breakdowns/offences-of-children.yaml': offencesOfChildren, 'data/indicators/remands.yaml': remands }, [
      '{% table "offences-of-children" %}',
      '{% table "remands" %}',
    ]);
  });
  afterAll(async () => {
    await copy?.cleanup();
    await plan?.cleanup();
  });

  it('does not let a reader subtract two [c] down to 1 each', async () => {
    // Printed before the fix: [c], 0, [c], 7, 13, 0 | 22. 22 − 7 − 13 = 2 for two hidden numbers, each
    // at least 1 (0 is shown): both are 1, the very number threshold 1 hides.
    const printed = printedOneWay(await plan.page('performance'), 'Children by most serious offence');
    expect(printed.cells.map((c) => c[0])).toContain('[c]');
    const cells = possibleCells(printed, { threshold: 1, symbol: '[c]' }, 22);
    expect(cells[0]![0]!.length, 'Robbery').toBeGreaterThan(1);
    expect(cells[2]![0]!.length, 'Sexual offences').toBeGreaterThan(1);
  });

  it('does not publish an indicator\'s hidden figure with a note that says it is 1', async () => {
    // Before the fix: 3, [c], 0, 2 with "[c] marks a number that is not shown: the number 1."
    const $ = await plan.page('performance');
    const table = $('#indicator-remands-caption').closest('table');
    expect(table.find('tbody td').map((_, td) => $(td).text().trim()).get()).toEqual(['3', '[c]', '0', '[c]']);
    const notes = table.parent().nextAll('.table-note').map((_, p) => $(p).text().replace(/\s+/g, ' ').trim()).get();
    expect(notes).toContain("To protect children's privacy, [c] marks a number that is not shown: a number from 1 to 2. [c] is the Government Statistical Service’s mark for confidential.");
    expect(notes.join(' ')).not.toContain('the number 1');
  });

  it('passes verify, and verify finds the 1s in the table as it was published before the fix', async () => {
    expect(await verifyFailures(plan)).toEqual([]);
    // The page as printed before the fix, Drugs shown: [c], 0, [c], 7, 13, 0 | 22. Verify read each [c] as
    // "1 to 1" and found both at 1, which met that band, so it passed the page. Read as a reader must
    // (each [c] at least 1), 22 − 7 − 13 = 2 pins both.
    copy = await copyOutput(plan.built.currentDir);
    await copy.edit('site/performance.html', (html) => {
      const $ = load(html);
      const row = $('table[data-disclosure] tbody tr').filter((_, tr) => $(tr).find('th').text().trim() === 'Drugs');
      row.find('[data-role="row-total"]').text('7');
      row.find('[data-role="share"]').text('31.8%');
      return $.html();
    });
    const failures = (await checkDisclosure([copy.file('site/performance.html')])).map((f) => f.message);
    expect(failures).toEqual([
      'Table "Children by most serious offence": Robbery can be worked out from what is printed: it is 1.',
      'Table "Children by most serious offence": Sexual offences can be worked out from what is printed: it is 1.',
    ]);
  });
});

describe('a plan whose author marks small numbers [c]', () => {
  let plan: ComponentPlan;
  beforeAll(async () => {
    plan = await planWith('  symbol: "[c]"\n', {}, []);
  });
  afterAll(async () => plan?.cleanup());

  it('passes verify, which had read every [c] as 1 to 4 and so called a correct table impossible', async () => {
    // Children we worked with: 11, 23, 3, 9 | 46 prints 11, 23, [c], [c] | 46 (the 3 is small, the 9 hides it).
    // Read as two numbers from 1 to 4 they add up to at most 8, not 46 − 34 = 12: "no table of counts fits".
    const $ = await plan.page('performance');
    expect(printedOneWay($, 'Children we worked with').cells.map((c) => c[0])).toEqual(['11', '23', '[c]', '[c]']);
    expect(await verifyFailures(plan)).toEqual([]);
  });
});

describe('tables published in full', () => {
  let plan: ComponentPlan;
  beforeAll(async () => {
    plan = await planWith(undefined, { 'data/breakdowns/proven-offences.yaml': provenOffences }, ['{% table "proven-offences" %}']);
  });
  afterAll(async () => plan?.cleanup());

  it('are not failed by verify for showing the small numbers they are meant to show', async () => {
    // Offences (counting: offences) and staff by ethnicity and sex (the default staff policy) show 1, 2, 3:
    // before the fix their tables carried the plan's threshold, 4, and verify failed each small number
    // ("shows 2, a number from 1 to 4, which must be hidden"), as it does on the example plan's Appendix 2.
    const $ = await plan.page('performance');
    const offences = $('table[data-disclosure]').filter((_, t) => $(t).find('caption').text().trim() === 'Proven offences by outcome');
    expect(offences.find('tbody tr').first().find('td').map((_, td) => $(td).text().trim()).get()).toEqual(['1', '3', '4', '14.8%']);
    expect(await verifyFailures(plan)).toEqual([]);
  });
});
