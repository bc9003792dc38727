export interface ShortcodeCall {
  name: string;
  args: string[];
  /** 1-based line within the text parsed. */
  line: number;
  column: number;
  raw: string;
  /** True when the call stands alone on its line, as block content (tables, charts) must. */
  alone: boolean;
}

/**
 * Finds shortcodes written in Nunjucks style, e.g. {% table "custody-rate" %}.
 * yjplan reads them itself instead of running chapters through Nunjucks:
 * authors get exact line numbers, and a chapter cannot run template code.
 * Anything else in {% %} or {{ }} is returned as `unparsed` so it can be reported.
 */
export function parseShortcodes(text: string): { calls: ShortcodeCall[]; unparsed: { raw: string; line: number; column: number }[] } {
  const calls: ShortcodeCall[] = [];
  const unparsed: { raw: string; line: number; column: number }[] = [];
  const pattern = /\{%-?([\s\S]*?)-?%\}|\{\{[\s\S]*?\}\}/g;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    const before = text.slice(0, index);
    const line = before.split('\n').length;
    const column = index - before.lastIndexOf('\n');
    const inner = match[1];
    const parsed = inner === undefined ? null : /^\s*([a-z][a-z-]*)((?:\s+"[^"\n]*")*)\s*$/.exec(inner);
    if (!parsed) {
      unparsed.push({ raw: match[0], line, column });
      continue;
    }
    const args = [...(parsed[2] ?? '').matchAll(/"([^"\n]*)"/g)].map((m) => m[1]!);
    const lineStart = before.lastIndexOf('\n') + 1;
    const lineEndIndex = text.indexOf('\n', index);
    const lineText = text.slice(lineStart, lineEndIndex === -1 ? undefined : lineEndIndex);
    calls.push({ name: parsed[1]!, args, line, column, raw: match[0], alone: lineText.trim() === match[0] });
  }
  return { calls, unparsed };
}
