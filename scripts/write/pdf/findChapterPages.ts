import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString } from 'pdf-lib';

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
 * Chromium writes each bookmark's destination as [pageRef /XYZ x y zoom].
 * Read with pdf-lib, which the build loads anyway for the metadata.
 */
export async function findBookmarkPages(pdf: Uint8Array): Promise<Map<string, number>> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const pageNumbers = new Map(document.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const pages = new Map<string, number>();
  const visit = (item: PDFDict | undefined, depth: number) => {
    for (let current = item; current && depth < 50; current = current.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = current.lookup(PDFName.of('Title'));
      const destination = current.lookup(PDFName.of('Dest'));
      const target = destination instanceof PDFArray ? destination.get(0) : undefined;
      const page = target instanceof PDFRef ? pageNumbers.get(target.toString()) : undefined;
      if ((title instanceof PDFString || title instanceof PDFHexString) && page !== undefined) {
        const key = bookmarkKey(title.decodeText());
        if (!pages.has(key)) pages.set(key, page);
      }
      visit(current.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1);
    }
  };
  visit(document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict), 0);
  return pages;
}
