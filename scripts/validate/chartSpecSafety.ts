/** Why a part of a raw Vega-Lite spec is refused. */
export type UnsafeReason = 'url' | 'data' | 'href' | 'image-mark' | 'address';

export interface UnsafePart {
  /** Path inside the spec, e.g. ['layer', 0, 'data', 'url']. */
  path: (string | number)[];
  reason: UnsafeReason;
  /** The key was refused (point at it), or the value (point at that). */
  atKey: boolean;
}

/**
 * Addresses a browser or Vega would follow. data: and file: count only when
 * written as an address (no space after the colon), so a title such as
 * "Data: Ministry of Justice" is still allowed.
 */
const addressPattern = /^(?:(?:javascript|vbscript):|(?:data|file|blob|filesystem):\S|[a-z][a-z0-9+.-]*:\/\/|[\/\\]{2})/i;
/** A CSS url() that is not a reference inside the same drawing (url(#pattern)). */
const cssUrlPattern = /url\s*\(\s*['"]?\s*(?!#)/i;

/**
 * Every part of an author's raw Vega-Lite spec that could make a chart read
 * or call something outside the plan, or carry a link: a `url` anywhere
 * (data, images, lookups), any `data` or `datasets` (yjplan fills in the
 * data from the file the spec is in), an `href` anywhere, an image mark,
 * and any text that is itself an address (http://, //host, javascript:,
 * data:, file:) or a CSS url(). The top-level `$schema`, which names the
 * Vega-Lite version and is never fetched, is allowed. The whole spec is
 * walked, so no nesting (layers, facets, concatenations, config) hides a part.
 */
export function unsafeChartSpecParts(spec: Record<string, unknown>): UnsafePart[] {
  const found: UnsafePart[] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      if (looksLikeAddress(value)) found.push({ path, reason: 'address', atKey: false });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const here = [...path, key];
      if (path.length === 0 && key === '$schema') continue;
      const reason = refusedKey(key, child);
      if (reason) found.push({ path: here, reason, atKey: reason !== 'image-mark' });
      else visit(child, here);
    }
  };
  visit(spec, []);
  return found;
}

function refusedKey(key: string, value: unknown): UnsafeReason | undefined {
  if (key === 'url') return 'url';
  if (key === 'data' || key === 'datasets') return 'data';
  if (key === 'href') return 'href';
  if (key === 'mark' && markType(value) === 'image') return 'image-mark';
  return undefined;
}

function markType(mark: unknown): unknown {
  return mark && typeof mark === 'object' && 'type' in mark ? (mark as { type: unknown }).type : mark;
}

export function looksLikeAddress(text: string): boolean {
  // As a browser reads a URL: leading spaces and controls go, and tabs and newlines anywhere, so "java\tscript:" is still javascript:.
  const squeezed = text.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return addressPattern.test(squeezed) || cssUrlPattern.test(text);
}
