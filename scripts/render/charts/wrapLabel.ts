/**
 * Breaks a label into lines of at most `width` characters at spaces, so a
 * long category or period is shown whole rather than cut off. A single word
 * longer than the width keeps its own line.
 *
 *   wrapLabel("Long-term detention (section 250)", 20) => ["Long-term detention", "(section 250)"]
 */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [label];
}

/**
 * A Vega expression that shows each wrapped label as lines (Vega draws an
 * array as multi-line text), or undefined when every label fits on one line.
 */
export function wrappedLabelExpression(labels: string[], width: number): string | undefined {
  const wrapped = labels.map((label) => ({ label, lines: wrapLabel(label, width) })).filter((w) => w.lines.length > 1);
  if (!wrapped.length) return undefined;
  return wrapped.reduceRight((otherwise, w) => `datum.label === ${JSON.stringify(w.label)} ? ${JSON.stringify(w.lines)} : ${otherwise}`, 'datum.label');
}

/** How many lines the longest-wrapping label takes. */
export function maxLines(labels: string[], width: number): number {
  return Math.max(1, ...labels.map((label) => wrapLabel(label, width).length));
}
