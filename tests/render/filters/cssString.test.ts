import { describe, expect, it } from 'vitest';
import { cssString } from '../../../scripts/render/filters/cssString.ts';

describe('cssString', () => {
  it('keeps letters, digits and plain punctuation as they are', () => {
    expect(cssString('Ynys Môn YJS: Youth Justice Plan 2025/26')).toBe('"Ynys Môn YJS: Youth Justice Plan 2025/26"');
    expect(cssString("Children's Services & Early Help (North)")).toBe('"Children\'s Services & Early Help (North)"');
  });

  it('escapes every character that could end the string, start a rule or close the <style> element', () => {
    // " is U+22, \ is U+5C, newline U+A, { U+7B, } U+7D, ; U+3B, < U+3C, > U+3E, @ U+40.
    expect(cssString('a"b')).toBe('"a\\22 b"');
    expect(cssString('a\\b')).toBe('"a\\5c b"');
    expect(cssString('a\nb')).toBe('"a\\a b"');
    expect(cssString('} @page { x: y; }')).toBe('"\\7d  \\40 page \\7b  x: y\\3b  \\7d "');
    expect(cssString('</style>')).toBe('"\\3c /style\\3e "');
    expect(cssString('url(http://x)')).toBe('"url(http://x)"');
  });
});
