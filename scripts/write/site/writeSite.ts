import Eleventy from '@11ty/eleventy';
import path from 'node:path';
import { engineRoot, templatesDir } from '../../paths.ts';
import { yjplanEleventyPlugin, type EleventyConfigLike } from './eleventyPlugin.ts';
import type { SiteModel } from './siteModel.ts';
import { writeSvgAssets } from './writeSvgAssets.ts';

/** Writes the website into `outputDir` with Eleventy, using the project's .eleventy.js for layout settings. */
export async function writeSite(site: SiteModel, outputDir: string): Promise<void> {
  const eleventy = new Eleventy(path.join(templatesDir, 'pages'), path.resolve(outputDir), {
    quietMode: true,
    configPath: path.join(engineRoot, '.eleventy.js'),
    config(eleventyConfig: EleventyConfigLike) {
      yjplanEleventyPlugin(eleventyConfig, site);
    },
  });
  eleventy.logger.overrideLogger({ log() {}, info() {}, warn: console.warn, error: console.error });
  await eleventy.write();
  await writeSvgAssets(site.assets, path.resolve(outputDir));
}
