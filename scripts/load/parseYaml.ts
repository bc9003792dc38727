import yaml from 'js-yaml';
import { LineCounter, parseDocument, visit } from 'yaml';
import type { Problem } from '../errors/Problem.ts';
import type { SourceFile } from './readPlanFile.ts';

export type YamlParseResult = { ok: true; data: unknown } | { ok: false; problem: Problem };

/** Deeper than any real plan file (a Vega-Lite spec with layers inside concatenations is about 12 deep). */
export const maxYamlDepth = 100;
/**
 * Values a file may stand for once each alias (*name) is written out in full.
 * A 2 MB file without aliases cannot reach it; a "billion laughs" file of
 * nested aliases, which would stand for 10^9 values, stops here.
 */
export const maxYamlValues = 1_000_000;

class TooDeep extends Error {
  constructor(readonly line: number) {
    super('too deep');
  }
}

/**
 * Parses YAML with the core schema: dates stay as text, so the schema can
 * say "2025-02-30 is not a real date" instead of YAML silently rolling it
 * over to March. js-yaml already rejects duplicate keys and tab indents.
 * Nesting is bounded while parsing (js-yaml parses by recursion, so 3,000
 * nested [ would overflow the stack) and the size aliases expand to is
 * bounded before anything walks the data.
 * lineOffset places errors correctly for YAML that starts part-way down a
 * file (front matter).
 */
export function parseYaml(source: SourceFile, text = source.text, lineOffset = 0): YamlParseResult {
  let data: unknown;
  try {
    let depth = 0;
    data = yaml.load(text, {
      schema: yaml.CORE_SCHEMA,
      filename: source.file,
      listener(event, state) {
        depth += event === 'open' ? 1 : -1;
        if (depth > maxYamlDepth) throw new TooDeep(state.line + 1 + lineOffset);
      },
    });
  } catch (error) {
    if (error instanceof TooDeep) return { ok: false, problem: tooDeepProblem(source, error.line) };
    if (error instanceof yaml.YAMLException) {
      return {
        ok: false,
        problem: {
          severity: 'error',
          code: 'yaml-syntax',
          file: source.file,
          line: error.mark ? error.mark.line + 1 + lineOffset : undefined,
          column: error.mark ? error.mark.column + 1 : undefined,
          message: `The YAML could not be read: ${error.reason}.`,
          fix: yamlFixFor(error.reason),
        },
      };
    }
    throw error;
  }
  if (expandedSizeExceeds(data, maxYamlValues)) return { ok: false, problem: aliasProblem(source, text, lineOffset) };
  return { ok: true, data };
}

/**
 * True when the data, with every alias counted in full each time it is
 * used, holds more than `limit` values. Walks with its own stack and stops
 * at the limit, so it costs at most `limit` steps whatever the file holds.
 */
function expandedSizeExceeds(data: unknown, limit: number): boolean {
  const pending: unknown[] = [data];
  let count = 0;
  while (pending.length) {
    const value = pending.pop();
    if (++count > limit) return true;
    // One by one: spreading a list of a million items into push() would overflow the stack.
    if (value && typeof value === 'object') for (const item of Object.values(value)) pending.push(item);
  }
  return false;
}

function tooDeepProblem(source: SourceFile, line: number): Problem {
  return {
    severity: 'error',
    code: 'yaml-too-deep',
    file: source.file,
    line,
    message: `The YAML nests lists and sections more than ${maxYamlDepth} deep, far more than any plan needs.`,
    fix: 'Check the brackets [ ] and { } and the indentation near this line; a plan file is only a few levels deep.',
  };
}

function aliasProblem(source: SourceFile, text: string, lineOffset: number): Problem {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  let firstAlias: number | undefined;
  visit(document, {
    Alias(_, node) {
      firstAlias = node.range?.[0];
      return visit.BREAK;
    },
  });
  return {
    severity: 'error',
    code: 'yaml-too-large',
    file: source.file,
    line: firstAlias === undefined ? undefined : lineCounter.linePos(firstAlias).line + lineOffset,
    message:
      firstAlias === undefined
        ? `This YAML holds more than ${maxYamlValues.toLocaleString('en-GB')} values, far more than any plan needs.`
        : `With its aliases (*name) written out in full, this YAML stands for more than ${maxYamlValues.toLocaleString('en-GB')} values, far more than any plan needs.`,
    fix: firstAlias === undefined ? 'Check that the right file is here; split very large data into several files.' : 'Write the values out instead of repeating an alias of an alias; a plan file needs no aliases at all.',
  };
}

function yamlFixFor(reason: string): string {
  if (/duplicated mapping key/.test(reason)) return 'Each key may appear only once in the same block. Remove or rename one of them.';
  if (/tab/i.test(reason)) return 'Indent with spaces, not tabs.';
  if (/bad indentation|end of the stream or a document separator/.test(reason))
    return 'Check the indentation: items at the same level must line up, using spaces.';
  if (/unexpected end of the stream within a (single|double) quoted scalar/.test(reason)) return 'A quotation mark is not closed.';
  return 'Check the line shown and the one above it. Text containing a colon followed by a space must be put in quotes.';
}
