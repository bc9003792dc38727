import { load } from 'cheerio';

/**
 * What in a piece of published SVG or HTML could run or reach out: script
 * elements, foreignObject and other embedding, event handler attributes,
 * and any href or src that leaves the drawing (javascript: included).
 * Text that merely reads "javascript:" is inert. Empty when nothing is active.
 */
export function activeParts(markup: string): string[] {
  const $ = load(markup, { xml: true });
  const found: string[] = [];
  $('script, foreignObject, foreignobject, iframe, object, embed').each((_, element) => {
    found.push(`<${element.tagName}>`);
  });
  for (const element of $('*').toArray()) {
    if (!('attribs' in element)) continue;
    for (const [name, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(name)) found.push(`${element.tagName} ${name}`);
      if (/(^|:)(href|src)$/i.test(name) && !value.trim().startsWith('#')) found.push(`${element.tagName} ${name}="${value}"`);
    }
  }
  return found;
}
