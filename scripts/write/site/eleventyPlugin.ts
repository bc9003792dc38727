import path from 'node:path';
import { templatesDir } from '../../paths.ts';
import { componentEnvironment } from '../../render/components/componentEnvironment.ts';
import type { SiteModel } from './siteModel.ts';
import { isSvgAsset } from './writeSvgAssets.ts';

/** The parts of Eleventy's config API yjplan uses (Eleventy ships no types). */
export interface EleventyConfigLike {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  setQuietMode?(quiet: boolean): void;
  setLibrary(extension: string, library: unknown): void;
}

/**
 * Wires the yjplan engine into Eleventy: the pages in templates/pages read
 * the rendered plan from global data `yjplan`; Eleventy only lays it out
 * and writes files. Assets are copied as they are, except SVG pictures.
 */
export function yjplanEleventyPlugin(eleventyConfig: EleventyConfigLike, site: SiteModel): void {
  eleventyConfig.addGlobalData('yjplan', site);
  // One Nunjucks environment for pages and components alike, with one set of filters and search path.
  eleventyConfig.setLibrary('njk', componentEnvironment());
  const fonts = path.join(path.dirname(templatesDir), 'node_modules/@fontsource/atkinson-hyperlegible/files');
  const passthrough: Record<string, string> = {
    [path.join(templatesDir, 'assets/site.css')]: 'assets/site.css',
    [path.join(templatesDir, 'assets/print.css')]: 'assets/print.css',
    [path.join(templatesDir, 'assets/young-people.css')]: 'assets/young-people.css',
  };
  for (const weight of ['400', '700']) {
    for (const style of ['normal', 'italic']) {
      const file = `atkinson-hyperlegible-latin-${weight}-${style}.woff2`;
      passthrough[path.join(fonts, file)] = `assets/fonts/${file}`;
    }
  }
  // SVG pictures are written sanitised by writeSvgAssets, never copied as they are.
  for (const asset of site.assets) if (!isSvgAsset(asset.from)) passthrough[asset.from] = asset.to;
  eleventyConfig.addPassthroughCopy(passthrough);
}
