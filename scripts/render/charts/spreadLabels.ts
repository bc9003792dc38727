/**
 * Moves direct labels apart so none overlap, keeping each as close to its
 * line's end as it can. Positions are in pixels from the top; `gap` is the
 * least distance between two label centres. Order is preserved.
 *
 *   spreadLabels([100, 104, 300], 16, 0, 400) => [94, 110, 300]
 */
export function spreadLabels(wanted: number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  // Clusters of labels that would touch are centred on their wanted mean, then
  // merged with the cluster above if they now touch it: the classic one-pass layout.
  const clusters: { ids: number[]; mean: number; start: number }[] = [];
  for (const { y, i } of order) {
    clusters.push({ ids: [i], mean: y, start: y });
    while (clusters.length > 1) {
      const last = clusters[clusters.length - 1]!;
      const previous = clusters[clusters.length - 2]!;
      if (previous.start + previous.ids.length * gap <= last.start) break;
      const ids = [...previous.ids, ...last.ids];
      const mean = ids.reduce((sum, id) => sum + wanted[id]!, 0) / ids.length;
      clusters.splice(-2, 2, { ids, mean, start: mean - ((ids.length - 1) * gap) / 2 });
    }
  }
  const placed = new Array<number>(wanted.length);
  for (const cluster of clusters) cluster.ids.forEach((id, k) => (placed[id] = cluster.start + k * gap));
  // Keep every label inside the plot: push down from the top, then up from the bottom.
  const ids = order.map((o) => o.i);
  ids.forEach((id, k) => (placed[id] = Math.max(placed[id]!, k === 0 ? top : placed[ids[k - 1]!]! + gap)));
  for (let k = ids.length - 1; k >= 0; k--) {
    const limit = k === ids.length - 1 ? bottom : placed[ids[k + 1]!]! - gap;
    placed[ids[k]!] = Math.min(placed[ids[k]!]!, limit);
  }
  return placed;
}
