import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Reads a PDF's bookmarks and returns the page each one points at, by title.
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
          if (!pages.has(item.title.trim())) pages.set(item.title.trim(), index + 1);
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
