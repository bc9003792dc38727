import type { DOMPurify } from 'dompurify';

interface Sanitiser {
  purify: DOMPurify;
  serialise(node: Node): string;
}

let sanitiser: Promise<Sanitiser> | undefined;

/** DOMPurify needs a DOM; jsdom is loaded on first use only (about 0.7 s), since most plans publish no SVG. */
function loadSanitiser(): Promise<Sanitiser> {
  sanitiser ??= (async () => {
    const [{ default: createDOMPurify }, { JSDOM }] = await Promise.all([import('dompurify'), import('jsdom')]);
    const { window } = new JSDOM('');
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    purify.addHook('afterSanitizeAttributes', (node) => {
      for (const attribute of [...node.attributes]) {
        const value = attribute.value;
        // A reference may point only inside the drawing itself (#id), never to a file or another site.
        if (/^(?:xlink:)?href$/i.test(attribute.name) && !value.trim().startsWith('#')) node.removeAttribute(attribute.name);
        else if (hasOutsideUrl(value)) node.removeAttribute(attribute.name);
      }
    });
    purify.addHook('uponSanitizeElement', (node, data) => {
      if (data.tagName === 'style' && node.textContent !== null) node.textContent = withoutOutsideUrls(node.textContent);
    });
    const serializer = new window.XMLSerializer();
    return { purify, serialise: (node) => serializer.serializeToString(node) };
  })();
  return sanitiser;
}

/** A CSS url() that leads out of the drawing, or an @import. */
function hasOutsideUrl(text: string): boolean {
  return /@import|url\s*\(\s*['"]?\s*(?!#)/i.test(text);
}

function withoutOutsideUrls(css: string): string {
  return css.replace(/@import[^;]*;?/gi, '').replace(/url\s*\(\s*['"]?\s*(?!#)[^)]*\)/gi, 'none');
}

/** An empty drawing, published when a file holds no SVG that can be read, so nothing unchecked is ever published. */
const emptySvg = '<svg xmlns="http://www.w3.org/2000/svg"/>';

/** Deeper than any real drawing; the DOM and its serialiser recurse, and overflow the stack at a few thousand. */
export const maxSvgDepth = 500;

/** How deeply the tags in `markup` nest, read from the tags alone (an overestimate for odd markup is harmless). */
function tagDepth(markup: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [tag, closing, , selfClosing] of markup.matchAll(/<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g)) {
    if (closing) depth--;
    else if (!selfClosing && tag) depth++;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/**
 * Makes an SVG file inert when it is opened on its own, as a browser does
 * with a link straight to it (the page's policy covers only HTML pages).
 * DOMPurify with its SVG profile removes script, event handlers,
 * foreignObject, animation that could set a link, and everything it does not
 * know; the hooks above also drop any link or url() that leads outside the
 * drawing. The result is written as XML, so it stays a valid SVG file.
 * A file with no readable SVG (none at all, or nested absurdly deep) is
 * published as an empty drawing rather than stopping the build.
 */
export async function sanitiseSvg(svg: string): Promise<string> {
  if (tagDepth(svg) > maxSvgDepth) return emptySvg;
  const { purify, serialise } = await loadSanitiser();
  try {
    const fragment = purify.sanitize(svg, {
      USE_PROFILES: { svg: true, svgFilters: true },
      // Symbols reused inside the drawing; the hook keeps their href to #id only.
      ADD_TAGS: ['use'],
      RETURN_DOM_FRAGMENT: true,
    }) as DocumentFragment | null;
    const root = [...(fragment?.childNodes ?? [])].find((node) => node.nodeName.toLowerCase() === 'svg');
    return root ? `${serialise(root)}\n` : emptySvg;
  } catch {
    // Markup the parser or serialiser cannot handle is no drawing a reader could see either.
    return emptySvg;
  }
}
