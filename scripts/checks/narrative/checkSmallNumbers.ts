import type { Problem } from '../../errors/Problem.ts';
import { proseOf } from './markdownProse.ts';
import { findSmallCounts, isLabelHeading } from './smallCounts.ts';

export interface SmallNumberOptions {
  threshold: number;
  /** An error for a public build, where a small count of children in the text is a disclosure; a warning for the board's. */
  severity: Problem['severity'];
  /** Phrases the author has said are not counts of people (disclosure.not_counts in plan.yaml). */
  notCounts: readonly string[];
  /** Collects each not_counts phrase that matched, so one that no longer matches anything can be reported. */
  used?: Set<string>;
}

/** Where a piece of text sits, for the problem: a line in a Markdown file, or a field in a YAML one. */
export type TextPlace = Pick<Problem, 'file' | 'line' | 'column' | 'field'>;

const numberNames = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
const normalise = (phrase: string) => phrase.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Numbers typed into text are not computed, so disclosure control cannot
 * reach them. Any small count of people in a chapter (prose, headings,
 * lists, hand-typed tables, code blocks, and lines around a shortcode) is
 * reported at its line, pointing the author to {% count %}, which is
 * protected.
 */
export function checkSmallNumbers(file: string, body: string, bodyLine: number, options: SmallNumberOptions): Problem[] {
  if (options.threshold <= 0) return [];
  const { pieces, tables } = proseOf(body);
  const problems: Problem[] = [];
  for (const piece of pieces) {
    for (const count of findSmallCounts(piece.text, options.threshold)) {
      const lineInPiece = piece.text.slice(0, count.start).split('\n').length - 1;
      problems.push(...smallNumberProblem({ file, line: bodyLine + piece.line - 1 + lineInPiece }, count.found, options));
    }
  }
  // A hand-typed table of counts ("| Custody | 2 |") bypasses the tables the build protects.
  for (const table of tables) {
    for (const row of table.rows) {
      row.cells.forEach((cell, column) => {
        const value = /^\s*(\d+)\s*$/.exec(cell)?.[1];
        if (value === undefined || Number(value) < 1 || Number(value) > options.threshold || isLabelHeading(table.headings[column] ?? '')) return;
        const found = `${row.cells[0]?.trim() ?? ''} | ${value}`;
        problems.push(...smallNumberProblem({ file, line: bodyLine + row.line - 1 }, found, options, true));
      });
    }
  }
  return problems;
}

/** The same check for one piece of text held in YAML (a priority, an action's progress, a table's description). */
export function checkSmallNumbersInText(text: string, place: TextPlace, options: SmallNumberOptions): Problem[] {
  if (options.threshold <= 0) return [];
  return findSmallCounts(text, options.threshold).flatMap((count) => smallNumberProblem(place, count.found, options));
}

function smallNumberProblem(place: TextPlace, found: string, options: SmallNumberOptions, inTable = false): Problem[] {
  const excused = options.notCounts.find((phrase) => normalise(phrase) === normalise(found));
  if (excused !== undefined) {
    options.used?.add(excused);
    return [];
  }
  const fewer = numberNames[options.threshold + 1] ?? String(options.threshold + 1);
  return [
    {
      severity: options.severity,
      code: 'small-number-in-text',
      ...place,
      message: inTable
        ? `The hand-typed table gives a small number (${found}). Numbers typed into a table are not hidden by the build, and a small number can identify a child.`
        : `"${found}" gives a small number of people in the text. Numbers typed into the text are not hidden by the build, and a small number can identify a child.`,
      found,
      fix:
        (inTable
          ? 'Put the counts in a file in data/breakdowns/ and show it with {% table "DATA-ID" %}, which hides small numbers'
          : `Use {% count "DATA-ID" "Row label" %} (or {% latest "INDICATOR-ID" %}), which shows the number only when it is more than ${options.threshold}, or reword (for example "fewer than ${fewer}")`) +
        `. If this is not a count of people, add "${found}" under disclosure: not_counts: in plan.yaml.`,
    },
  ];
}
