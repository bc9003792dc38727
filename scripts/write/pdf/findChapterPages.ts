import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Chromium drops the space where a heading wraps onto a second line
 * ("partnership arrangements" => "partnershiparrangements") and skips text
 * that is visually hidden, so bookmarks are matched on letters and digits only.
 */
export function bookmarkKey(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Reads a PDF's bookmarks and returns the page each one points at, keyed by bookmarkKey(title).
 * Chromium makes a bookmark for every heading, so after a first print this
 * says exactly where each chapter began; the contents page is then filled in.
 */
export async function findBookmarkPages(pdf: Uint8Array): Promise<Map<string, number>> {
  const document = await getDocument({ data: pdf.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages = new Map<string, number>();
  try {
    const walk = async (items: Awaited<ReturnType<typeof document.getOutline>>) => {
      for (const item of items ?? []) {
        const destination = typeof item.dest === 'string' ? await document.getDestination(item.dest) : item.dest;
        const reference = destination?.[0];
        if (reference && typeof reference === 'object') {
          const index = await document.getPageIndex(reference as { num: number; gen: number });
          const key = bookmarkKey(item.title);
          if (!pages.has(key)) pages.set(key, index + 1);
        }
        await walk(item.items);
      }
    };
    await walk(await document.getOutline());
  } finally {
    await document.destroy();
  }
  return pages;
}
