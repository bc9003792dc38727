/** The candidate nearest to a misspelling (edit distance at most 2, or 3 for long words), e.g. stauts => status. */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const limit = word.length > 8 ? 3 : 2;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** Damerau–Levenshtein (optimal string alignment), so a swap of two letters counts as one edit. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The ref an author meant: refs are matched on their letters and digits alone
 * (PR13 => PR-13, "1 .4" => 1.4), and never to a ref with other numbers, so
 * PR13 is not "corrected" to PR-3, which would mark the wrong action.
 */
export function closestRef(written: string, refs: readonly string[]): string | undefined {
  const bare = (ref: string) => ref.toLowerCase().replace(/[^a-z0-9]/g, '');
  const digits = (ref: string) => ref.replace(/\D+/g, ' ').trim();
  const same = refs.filter((ref) => bare(ref) === bare(written));
  if (same.length === 1) return same[0];
  return closestMatch(written, refs.filter((ref) => digits(ref) === digits(written)));
}
