import yaml from 'js-yaml';
import type { Problem } from '../errors/Problem.ts';
import type { SourceFile } from './readPlanFile.ts';

export type YamlParseResult = { ok: true; data: unknown } | { ok: false; problem: Problem };

/**
 * Parses YAML with the core schema: dates stay as text, so the schema can
 * say "2025-02-30 is not a real date" instead of YAML silently rolling it
 * over to March. js-yaml already rejects duplicate keys and tab indents.
 * lineOffset places errors correctly for YAML that starts part-way down a
 * file (front matter).
 */
export function parseYaml(source: SourceFile, text = source.text, lineOffset = 0): YamlParseResult {
  try {
    return { ok: true, data: yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: source.file }) };
  } catch (error) {
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
}

function yamlFixFor(reason: string): string {
  if (/duplicated mapping key/.test(reason)) return 'Each key may appear only once in the same block. Remove or rename one of them.';
  if (/tab/i.test(reason)) return 'Indent with spaces, not tabs.';
  if (/bad indentation|end of the stream or a document separator/.test(reason))
    return 'Check the indentation: items at the same level must line up, using spaces.';
  if (/unexpected end of the stream within a (single|double) quoted scalar/.test(reason)) return 'A quotation mark is not closed.';
  return 'Check the line shown and the one above it. Text containing a colon followed by a space must be put in quotes.';
}
