import { PDFDocument } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** The plan's date, so two builds of the same plan carry the same dates. */
  date: Date;
}

/**
 * Sets the document information Chromium cannot: author, subject, keywords
 * and fixed dates. pdf-lib rewrites only the info dictionary; the tags,
 * bookmarks and fonts Chromium wrote are kept as they are.
 */
export async function setPdfMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  document.setKeywords(metadata.keywords);
  document.setCreator('yjplan');
  document.setProducer('yjplan with Chromium');
  document.setCreationDate(metadata.date);
  document.setModificationDate(metadata.date);
  return document.save({ useObjectStreams: false });
}
