import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { readFile } from 'node:fs/promises';
import { auditTable, type Finding, type Published, type PublishedTable } from '../../disclosure/auditTable.ts';
import type { LinearRow } from '../../disclosure/solveRanges.ts';
import type { VerifyFailure } from './VerifyFailure.ts';

/**
 * The disclosure audit run on the built pages, from the printed text alone:
 * it reads every table of counts (marked data-disclosure by its template),
 * its numbers, symbols, totals and shares, and works out what a reader could
 * from them. It shares the audit with the build but none of the code that
 * chose what to hide, so a mistake in suppression, in a template or in a
 * symbol shows here.
 */
export async function checkDisclosure(htmlFiles: string[]): Promise<VerifyFailure[]> {
  const failures: VerifyFailure[] = [];
  for (const file of htmlFiles) {
    const $ = load(await readFile(file, 'utf8'));
    $('table[data-disclosure]').each((_, element) => {
      const table = $(element);
      const threshold = Number(table.attr('data-threshold'));
      if (!(threshold > 0)) return; // the internal build hides nothing
      const caption = table.find('caption').first().text().replace(/\s+/g, ' ').trim();
      const read = readTable($, table, threshold, table.attr('data-symbol') ?? '');
      for (const problem of read.problems) failures.push({ checker: 'disclosure', file, message: `Table "${caption}": ${problem}` });
      if (read.problems.length) return;
      for (const finding of auditTable(read.table).findings) {
        failures.push({ checker: 'disclosure', file, message: `Table "${caption}": ${describeFinding(finding, read.names[finding.slot] ?? 'a value', threshold)}` });
      }
    });
  }
  return failures;
}

function describeFinding(finding: Finding, name: string, threshold: number): string {
  const values = (r: { min: number; max: number }) => (r.min === r.max ? `${r.min}` : `${r.min} to ${r.max === Infinity ? 'any number' : r.max}`);
  if (finding.kind === 'contradiction') return 'no table of counts fits the printed numbers and symbols, so they cannot all be right.';
  if (finding.kind === 'pinned') return `${name} can be worked out from what is printed: it is ${finding.range.min}.`;
  return `a reader can narrow ${name} to ${values(finding.range)}, though its symbol says 1 to ${threshold}${finding.band && finding.band.max < threshold ? ` (${values(finding.band)} from the symbols alone)` : ''}.`;
}

interface ReadTable {
  table: PublishedTable;
  /** What a reader would call each slot, e.g. "Robbery / Court". */
  names: string[];
  problems: string[];
}

/** Builds the audit's table from the printed cells: see the data-role attributes in the templates. */
function readTable($: CheerioAPI, table: Cheerio<Element>, threshold: number, symbol: string): ReadTable {
  const slots: Published[] = [];
  const names: string[] = [];
  const lines: number[][] = [];
  const facts: LinearRow[] = [];
  const problems: string[] = [];
  const add = (published: Published, name: string) => {
    names.push(name);
    return slots.push(published) - 1;
  };
  // When the plan's symbol is "[c]" itself (always at threshold 1), a reader cannot tell a small number
  // from one hidden to protect it: every "[c]" reads as hidden, at least 1 (see PublishedTable.oneMark).
  const oneMark = symbol === '[c]';
  const count = (cell: Cheerio<Element>, name: string): number => {
    const text = cell.text().trim();
    if (text === '[c]') return add({ kind: 'confidential' }, name);
    if (text === symbol) return add({ kind: 'small' }, name);
    const value = Number(text.replace(/,/g, ''));
    if (!/^\d[\d,]*$/.test(text) || !Number.isSafeInteger(value)) problems.push(`${name} reads "${text}", which is neither a count, ${symbol} nor [c].`);
    else if (value >= 1 && value <= threshold) problems.push(`${name} shows ${value}, a number from 1 to ${threshold}, which must be hidden.`);
    return add({ kind: 'shown', value }, name);
  };
  // A share says something only of a hidden count or total (of two shown ones it is their quotient).
  const share = (cell: Cheerio<Element>, part: number, whole: number) => {
    const match = /^(\d+(?:\.\d)?)%$/.exec(cell.text().trim());
    const shown = (slot: number) => slots[slot]!.kind === 'shown';
    const ofNothing = shown(whole) && (slots[whole] as { value: number }).value === 0;
    if (match && !ofNothing && !(shown(part) && shown(whole))) facts.push(...shareFacts(Math.round(Number(match[1]) * 10), part, whole));
  };
  const kind = table.attr('data-disclosure');
  const rowName = (row: Cheerio<Element>) => row.find('th[scope="row"]').first().text().replace(/\s+/g, ' ').trim();
  const columns = table.find('thead tr').last().find('th').slice(1).map((_, th) => $(th).text().replace(/\s+/g, ' ').trim()).get();

  if (kind === 'kpi') {
    table.find('tbody tr').each((_, tr) => {
      const row = $(tr);
      const title = rowName(row);
      // A cohort's three numbers are its met, children and % in that order, whether cells or spans.
      const mets = row.find('[data-role="met"]');
      const totals = row.find('[data-role="total"]');
      const percents = row.find('[data-role="percent"]');
      mets.each((i, element) => {
        const cohort = $(element).attr('data-cohort');
        const where = cohort && cohort !== 'overall' ? ` (${cohort})` : '';
        const met = count($(element), `${title}${where}: met`);
        const missed = add({ kind: 'unpublished' }, `${title}${where}: children who did not meet it`);
        const total = count(totals.eq(i), `${title}${where}: children`);
        lines.push([met, missed, total]);
        share(percents.eq(i), met, total);
      });
    });
    return { table: { threshold, slots, lines, facts, oneMark }, names, problems };
  }

  const groupCell = table.find('thead [data-role="group"]').first();
  const group = groupCell.length ? count(groupCell, 'the group size') : undefined;
  const footer = table.find('tfoot tr').first();
  const grand = kind === 'breakdown' ? count(footer.find('[data-role="grand-total"]').first(), 'the total') : undefined;
  const rowTotals: number[] = [];
  const cellsByRow: number[][] = [];
  table.find('tbody tr').each((_, tr) => {
    const row = $(tr);
    const label = rowName(row);
    const cells = row.find('[data-role="cell"]').map((j, td) => count($(td), `${label} / ${columns[j] ?? ''}`)).get();
    const total = count(row.find('[data-role="row-total"]').first(), cells.length ? `${label} / Total` : label);
    if (cells.length) lines.push([...cells, total]);
    cellsByRow.push(cells);
    rowTotals.push(total);
    const shareCell = row.find('[data-role="share"]').first();
    const whole = grand ?? group;
    if (shareCell.length && whole !== undefined) share(shareCell, total, whole);
    if (group !== undefined) lines.push([total, add({ kind: 'unpublished' }, `children not in "${label}"`), group]);
  });
  if (grand !== undefined) {
    lines.push([...rowTotals, grand]);
    const columnTotals = footer.find('[data-role="column-total"]').map((j, td) => count($(td), `Total / ${columns[j] ?? ''}`)).get();
    if (columnTotals.length) {
      columnTotals.forEach((total, j) => lines.push([...cellsByRow.map((cells) => cells[j]!), total]));
      lines.push([...columnTotals, grand]);
    }
  }
  return { table: { threshold, slots, lines, facts, oneMark }, names, problems };
}

/**
 * A share printed to one decimal place, k tenths of a percent of part / whole,
 * rounded half up: k ≤ 1000 part / whole + 1/2 < k + 1, in whole numbers
 * (2k − 1) whole ≤ 2000 part ≤ (2k + 1) whole − 1.
 */
export function shareFacts(tenths: number, part: number, whole: number): LinearRow[] {
  return [
    { terms: [[part, 2000], [whole, -(2 * tenths - 1)]], lower: 0, upper: Infinity },
    { terms: [[part, 2000], [whole, -(2 * tenths + 1)]], lower: -Infinity, upper: -1 },
  ];
}
