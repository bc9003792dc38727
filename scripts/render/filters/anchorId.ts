/**
 * Makes text safe as part of an HTML id and a #link to it: an id may hold
 * any character but whitespace, so only runs of whitespace become hyphens.
 * "action-plan-A 1" => "action-plan-A-1"; "1.2" stays "1.2".
 */
export function anchorId(text: string): string {
  return String(text).trim().replace(/\s+/g, '-');
}
