import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sanitiseSvg } from './sanitiseSvg.ts';

/** True for a file published only through the SVG sanitiser, never copied as it is. */
export function isSvgAsset(file: string): boolean {
  return path.extname(file).toLowerCase() === '.svg';
}

/**
 * Publishes the plan's SVG pictures (chapter pictures, the logo, the
 * signature) sanitised, into the written site. Their size was checked when
 * the plan was validated.
 */
export async function writeSvgAssets(assets: { from: string; to: string }[], siteDir: string): Promise<void> {
  await Promise.all(
    assets.filter((asset) => isSvgAsset(asset.from)).map(async (asset) => {
      const target = path.join(siteDir, asset.to);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, await sanitiseSvg(await readFile(asset.from, 'utf8')));
    }),
  );
}
