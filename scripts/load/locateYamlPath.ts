import { isMap, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';

export interface SourcePosition {
  line: number;
  column: number;
}

/**
 * Finds the line and column of a field inside YAML text, e.g. ['actions', 2, 'status'].
 * js-yaml does not keep positions, so this re-reads the file with the
 * `yaml` library, which does; it runs only when there is a problem to point at.
 * With `atKey`, points at the key rather than its value (for unknown fields).
 * Falls back to the nearest parent that exists.
 */
export function locateYamlPath(text: string, fieldPath: readonly PropertyKey[], atKey = false, lineOffset = 0): SourcePosition | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  let node: unknown = document.contents;
  let range: [number, number, number?] | null | undefined = (node as Node | null)?.range;
  for (let i = 0; i < fieldPath.length; i++) {
    const step = fieldPath[i];
    const last = i === fieldPath.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item: Pair) => keyText(item.key) === String(step));
      if (!pair) break;
      const keyNode = pair.key as Node | null;
      const valueNode = pair.value as Node | null;
      range = (last && atKey ? keyNode?.range : (valueNode?.range ?? keyNode?.range)) ?? range;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (!item) break;
      range = item.range ?? range;
      node = item;
    } else {
      break;
    }
  }
  if (!range) return undefined;
  const { line, col } = lineCounter.linePos(range[0]);
  return { line: line + lineOffset, column: col };
}

function keyText(key: unknown): string {
  if (key && typeof key === 'object' && 'value' in key) return String((key as { value: unknown }).value);
  return String(key);
}
