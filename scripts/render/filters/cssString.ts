/**
 * Writes any text as one quoted CSS string, e.g. for `content:` in the PDF's
 * running header. Letters, digits, spaces and plain punctuation stay as they
 * are; everything else (quotes, backslashes, newlines, < and >, braces,
 * semicolons, control characters) becomes a CSS hex escape, so plan text can
 * never end the string, open a rule, load a url() or close the <style> element.
 */
export function cssString(text: string): string {
  let quoted = '"';
  for (const character of String(text)) {
    quoted += /[\p{L}\p{N} ,.:!?'’()&\-–—/+%#£]/u.test(character) ? character : `\\${character.codePointAt(0)!.toString(16)} `;
  }
  return `${quoted}"`;
}
