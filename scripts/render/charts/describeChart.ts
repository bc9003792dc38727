import type { BreakdownFigures } from '../../compute/computeBreakdown.ts';
import type { IndicatorFigures } from '../../compute/computeIndicator.ts';
import { formatCount, formatPercent } from '../filters/formatCount.ts';
import type { ChartSource } from './chartData.ts';
import type { Counting } from '../../compute/tableProtection.ts';

/** Whose privacy hidden numbers protect, by what the table counts. */
function whose(counting: Counting['counting'] | undefined): string {
  return counting === 'staff' ? 'staff members’' : counting === 'people' ? 'people’s' : 'children’s';
}

/**
 * A sentence or two saying what a chart shows, worked out from the same
 * figures it draws, for when the author has written no summary. Screen
 * readers announce it as the chart's description. It only uses values the
 * table also publishes (a hidden count reads as its symbol), so it cannot
 * reveal a suppressed count.
 */
export function describeChart(source: ChartSource, symbol: string): string {
  return source.kind === 'indicators' ? describeIndicator(source.figures) : describeBreakdown(source.figures, symbol);
}

function describeIndicator(figures: IndicatorFigures): string {
  const own = figures.series.find((s) => s.comparator === 'yjs') ?? figures.series[0]!;
  // A hidden figure is still a figure for its period: the summary gives it as the table does ("<5").
  const has = (s: IndicatorFigures["series"][number], i: number) => (s.values[i] ?? null) !== null || s.hidden[i] === true;
  const lastIndex = own.values.findLastIndex((_, i) => has(own, i));
  const firstIndex = own.values.findIndex((_, i) => has(own, i));
  if (lastIndex < 0) return `${figures.title}: there are no figures for ${own.name} yet.`;
  const sentences = [`${figures.measure} for ${own.name} was ${own.formatted[lastIndex]} in ${figures.periods[lastIndex]}`];
  if (firstIndex < lastIndex) sentences[0] += `, compared with ${own.formatted[firstIndex]} in ${figures.periods[firstIndex]}`;
  sentences[0] += '.';
  const others = figures.series.filter((s) => s !== own && has(s, lastIndex));
  if (others.length) sentences.push(`In the same period: ${others.map((s) => `${s.name} ${s.formatted[lastIndex]}`).join('; ')}.`);
  sentences.push(figures.lowerIsBetter ? 'Lower is better.' : 'Higher is better.');
  if (figures.hasSuppressed) sentences.push(`Small numbers are hidden to protect ${whose(figures.counting.counting)} privacy.`);
  return sentences.join(' ');
}

function describeBreakdown(figures: BreakdownFigures & { counting?: Counting }, symbol: string): string {
  const shown = figures.rows.filter((r) => r.total.value !== null).sort((a, b) => b.total.value! - a.total.value!);
  const total = formatCount(figures.grandTotal, symbol);
  const largest = shown[0];
  const kind = figures.counting?.counting;
  const counted = kind === undefined || kind === 'children' || kind === 'none' ? 'children' : kind;
  const parts = figures.overlapping
    ? [`${figures.title}: ${figures.rows.length} categories${figures.hasShares ? ` among ${total} ${counted}` : ''}; ${counted === 'children' ? 'a child' : 'each'} can be in more than one.`]
    : [`${figures.title}: ${figures.rows.length} categories, ${total} in total.`];
  // With a row hidden, the largest shown may not be the largest: a row hidden to protect its complement
  // (18 of 20 have a need) is often the biggest. Say only what the shown rows support.
  const among = shown.length < figures.rows.length ? 'Of the rows shown, the largest' : 'The largest';
  if (largest) parts.push(`${among} is ${largest.label} (${formatCount(largest.total, symbol)}${figures.hasShares ? `, ${formatPercent(largest.share)}` : ''}).`);
  if (shown.length < figures.rows.length) parts.push(`Small numbers are hidden to protect ${whose(figures.counting?.counting)} privacy.`);
  return parts.join(' ');
}
