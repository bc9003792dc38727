import type { Problem } from '../../errors/Problem.ts';

const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const people = '(?:children|child|young people|young person|boys?|girls?|pupils?|learners?|offenders?|victims?|of them|were|are|had|have)';

/**
 * Numbers typed into prose are not computed, so disclosure control cannot
 * reach them. This warns about small numbers in sentences about people
 * ("3 young people", "two out of three", "2 of the 5 girls"), pointing at the
 * line, so the author can use a shortcode or reword.
 */
export function checkSmallNumbers(file: string, body: string, bodyLine: number, threshold: number): Problem[] {
  if (threshold <= 0) return [];
  const problems: Problem[] = [];
  const number = '(\\d+|one|two|three|four|five|six|seven|eight|nine)';
  const patterns = [
    // "2 out of 3", "two of the five": a share of a group is a count however it is worded.
    new RegExp(`\\b${number}\\s+(?:out\\s+)?of\\s+(?:the\\s+)?${number}\\b`, 'gi'),
    // "one of the children", "two of our young people", but not "one of the priorities".
    new RegExp(`\\b${number}\\s+of\\s+(?:the|these|those|our|them)?\\s*(?:\\w+\\s+){0,2}?${people}\\b`, 'gi'),
    new RegExp(`\\b${number}\\s+(?:\\w+\\s+){0,2}?${people}\\b`, 'gi'),
  ];
  const lines = body.split('\n');
  lines.forEach((text, index) => {
    if (/\{%|^\s*\||^#/.test(text)) return;
    const spans: [number, number][] = [];
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const raw = match[1]!.toLowerCase();
        const value = words[raw] ?? Number(raw);
        const start = match.index ?? 0;
        const end = start + match[0].length;
        if (!(value >= 1 && value <= threshold) || spans.some(([a, b]) => start < b && end > a)) continue;
        // A year, a percentage or money is not a count of people.
        const after = text.slice((match.index ?? 0) + match[1]!.length, (match.index ?? 0) + match[1]!.length + 1);
        if (after === '%' || /£\s*$/.test(text.slice(0, match.index))) continue;
        spans.push([start, end]);
        problems.push({
          severity: 'warning',
          code: 'small-number-in-text',
          file,
          line: bodyLine + index,
          message: `"${match[0]}" gives a small number of people in the text. Small numbers can identify a child, and text is not protected by the build's suppression.`,
          found: match[0],
          fix: `Use {% count "DATA-ID" "Row label" %} so the number is hidden when it is ${threshold} or fewer, or reword (for example "fewer than five").`,
        });
      }
    }
  });
  return problems;
}
