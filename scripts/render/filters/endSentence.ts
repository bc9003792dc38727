/**
 * Ends a sentence with a full stop unless it already ends with one (or ? or !),
 * so a source written as "YJB data, 2025." does not print "2025..".
 * "YJB data" => "YJB data." ; "Ministry of Justice." => "Ministry of Justice."
 */
export function endSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]["'’”)]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
