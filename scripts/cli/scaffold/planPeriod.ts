/**
 * The plan period as plan.yaml writes it (2026-27), from the ways a service
 * manager writes it: 2026-27, 2026/27 (as the plan prints it), 2026-2027,
 * "2026 to 2027". Gives undefined for anything that is not two consecutive years.
 */
export function planPeriod(written: string): string | undefined {
  const match = /^\s*(\d{4})\s*(?:-|\/|–|to)\s*(\d{2}|\d{4})\s*$/i.exec(written);
  if (!match) return undefined;
  const start = Number(match[1]);
  // Two digits are the end year in the start's century, or the next one across a century (1999/00).
  const twoDigit = start - (start % 100) + Number(match[2]);
  const end = match[2]!.length === 2 ? (twoDigit <= start ? twoDigit + 100 : twoDigit) : Number(match[2]);
  return end === start + 1 ? `${start}-${String(end % 100).padStart(2, '0')}` : undefined;
}
