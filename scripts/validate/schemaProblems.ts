import type { z } from 'zod';
import type { Problem } from '../errors/Problem.ts';
import { locateYamlPath } from '../load/locateYamlPath.ts';
import type { SourceFile } from '../load/readPlanFile.ts';
import { closestMatch } from './closestMatch.ts';
import { formatFieldPath } from './fieldPath.ts';
import { allowedKeysAt } from './schemaAt.ts';

/**
 * Turns schema issues into problems an author can act on: the file, the
 * line, the field, what was expected, what was found, and a fix.
 * `yamlText` is the YAML the paths refer to (front matter for chapters).
 */
export function schemaProblems(
  issues: readonly z.core.$ZodIssue[],
  source: SourceFile,
  schema: z.core.$ZodType,
  yamlText = source.text,
  lineOffset = 0,
): Problem[] {
  const problems: Problem[] = [];
  const all = issues.flatMap(branchMeant);
  // A misspelt required key (visoin:) is one mistake, not two: report it once, at the typo, and not
  // also as "vision is missing" at the top of the block.
  const misspelt = new Set<string>();
  for (const issue of all) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = allowedKeysAt(schema, issue.path);
    for (const key of issue.keys) {
      const meant = closestMatch(key, allowed);
      if (meant) misspelt.add(formatFieldPath([...issue.path, meant]));
    }
  }
  for (const issue of all) {
    const input0 = (issue as { input?: unknown }).input;
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && input0 === undefined && misspelt.has(formatFieldPath(issue.path))) continue;
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(schema, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const suggestion = closestMatch(key, allowed);
        problems.push({
          severity: 'error',
          code: 'unknown-field',
          file: source.file,
          ...locateYamlPath(yamlText, path, true, lineOffset),
          field: formatFieldPath(path),
          message: suggestion && misspelt.has(formatFieldPath([...issue.path, suggestion])) && isMissing(all, [...issue.path, suggestion]) ? `Unknown field "${key}", and the required field "${suggestion}" is missing.` : `Unknown field "${key}".`,
          expected: allowed.length ? `one of ${allowed.join(', ')}` : undefined,
          found: key,
          fix: suggestion ? `Did you mean "${suggestion}"?` : 'Remove it, or check the spelling against the fields expected here.',
        });
      }
      continue;
    }
    const input = (issue as { input?: unknown }).input;
    // zod reports a missing enum field as invalid_value, any other missing field as invalid_type.
    const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && input === undefined && issue.path.length > 0;
    const field = formatFieldPath(issue.path);
    const lastStep = issue.path[issue.path.length - 1];
    problems.push({
      severity: 'error',
      code: missing ? 'missing-field' : issue.code === 'invalid_type' || (issue.code === 'custom' && issue.params?.code === 'wrong-type') ? 'wrong-type' : 'invalid-value',
      file: source.file,
      ...locateYamlPath(yamlText, missing ? issue.path.slice(0, -1) : issue.path, false, lineOffset),
      field: field || undefined,
      message: missing
        ? `The required field "${String(lastStep)}" is missing.`
        : notValidMessage(issue.path),
      expected: expectedText(issue),
      found: missing ? undefined : describeFound(input),
      fix: missing ? `Add "${String(lastStep)}:" here.` : fixFor(issue, input),
    });
  }
  return problems;
}

/** True when the schema found nothing at `path`: a required field left out. */
function isMissing(issues: readonly z.core.$ZodIssue[], path: readonly PropertyKey[]): boolean {
  const field = formatFieldPath(path);
  return issues.some((i) => (i.code === 'invalid_type' || i.code === 'invalid_value') && (i as { input?: unknown }).input === undefined && formatFieldPath(i.path) === field);
}

/** "The value of "status" is not valid.": the field by its own name; where it is, the problem's place says. */
function notValidMessage(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  const key = [...path].reverse().find((step) => typeof step === 'string');
  if (last === undefined) return 'The value of this file is not valid.';
  if (typeof last === 'number') return key === undefined ? `Item ${last + 1} is not valid.` : `Item ${last + 1} of "${String(key)}" is not valid.`;
  return `The value of "${String(last)}" is not valid.`;
}

/**
 * A value that could take several shapes (a date, or a block with date: and
 * how:) fails every shape when it is wrong. Report what is wrong with the
 * shape the author wrote, the one whose type matched, rather than "Invalid input".
 */
function branchMeant(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const matching = issue.errors.filter((branch) => !branch.some((sub) => sub.code === 'invalid_type' && sub.path.length === 0));
  if (matching.length !== 1) return [issue];
  return matching[0]!.map((sub) => ({ ...sub, path: [...issue.path, ...sub.path] }) as z.core.$ZodIssue).flatMap(branchMeant);
}

function expectedText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return `one of ${issue.values.map((v) => String(v)).join(', ')}`;
  if (issue.code === 'invalid_type' && /^Invalid input/.test(issue.message)) return `a value of type ${issue.expected}`;
  if (issue.code === 'too_small' && issue.origin === 'array') return `at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
  return issue.message;
}

function fixFor(issue: z.core.$ZodIssue, input: unknown): string | undefined {
  // A schema that knows the fix for its own value (a date slip such as "Aug-22") says it in params.fix.
  if (issue.code === 'custom' && typeof issue.params?.fix === 'string') return issue.params.fix;
  if (issue.code === 'invalid_value' && typeof input === 'string') {
    const suggestion = closestMatch(input, issue.values.map(String));
    return suggestion ? `Did you mean "${suggestion}"?` : `Use one of: ${issue.values.map(String).join(', ')}.`;
  }
  if (issue.code === 'invalid_type' && typeof input === 'string' && issue.expected === 'number') {
    return 'Write the number without quotes, symbols or commas, for example 1250.50.';
  }
  if (issue.code === 'too_small' && issue.origin === 'array' && Array.isArray(input) && input.length === 0) {
    const field = issue.path[issue.path.length - 1];
    return `The list${field === undefined ? '' : ` "${String(field)}"`} is empty: add at least ${String(issue.minimum)}.`;
  }
  return undefined;
}

export function describeFound(value: unknown): string {
  if (value === null) return 'nothing (an empty value)';
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'a block of fields';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}
