import path from 'node:path';

/**
 * Where one build's outputs live inside an output folder OUT:
 *
 *   OUT/current/site/                 the website (with its own copies of the PDFs in site/pdf/)
 *   OUT/current/pdf/                  the PDFs for the YJB
 *   OUT/current/print/                the page the PDF was printed from
 *   OUT/current/yjplan-output.json    the manifest: yjplan's mark, the audience, the build and its files
 *   OUT/.yjplan-lock                  while a build writes here: who it is
 *   OUT/.yjplan-staging-ID/           a build in progress, published by renaming it to OUT/current
 *   OUT/.yjplan-retired-ID/           the previous output, deleted once the new one is in place
 *
 * Site, PDF and print share one parent folder so that they are published
 * with one rename: OUT/current always holds the outputs of a single build.
 */
export const currentFolderName = 'current';
export const manifestFileName = 'yjplan-output.json';
export const lockFileName = '.yjplan-lock';
export const stagingPrefix = '.yjplan-staging-';
export const retiredPrefix = '.yjplan-retired-';

/** The folders of the layout before outputs moved into OUT/current (yjplan 0.1 and earlier). */
export const legacyOutputFolders = ['site', 'pdf', 'print'];
/**
 * Staging folders older yjplan versions left behind when killed (mkdtemp's
 * six characters): they only ever held yjplan's own output. Their retired
 * folders (.retired-XXXXXX) are left alone, since those could hold a folder
 * of the user's that an older version moved aside.
 */
export const legacyStaging = /^\.staging-[A-Za-z0-9]{6}$/;
export const legacyRetired = /^\.retired-[A-Za-z0-9]{6}$/;

/** The folder holding the last published build of OUT. */
export function publishedDir(outputDir: string): string {
  return path.join(outputDir, currentFolderName);
}

export function isLeftoverName(name: string): boolean {
  return name.startsWith(stagingPrefix) || name.startsWith(retiredPrefix) || legacyStaging.test(name);
}
