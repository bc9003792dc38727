import Eleventy from '@11ty/eleventy';
import path from 'node:path';
import { engineRoot } from '../../paths.ts';
import { yjplanEleventyPlugin, type EleventyConfigLike } from './eleventyPlugin.ts';
import type { SiteModel } from './siteModel.ts';
import { writeSvgAssets } from './writeSvgAssets.ts';

/** Writes the website into `outputDir` with Eleventy, using the project's .eleventy.js for layout settings. */
export async function writeSite(site: SiteModel, outputDir: string): Promise<void> {
  const previousCwd = process.cwd();
  // Eleventy resolves its input folder from the working directory.
  process.chdir(engineRoot);
  try {
    const eleventy = new Eleventy('templates/pages', path.resolve(previousCwd, outputDir), {
      quietMode: true,
      configPath: path.join(engineRoot, '.eleventy.js'),
      config(eleventyConfig: EleventyConfigLike) {
        yjplanEleventyPlugin(eleventyConfig, site);
      },
    });
    // Eleventy always prints a "Wrote N files" line; yjplan reports its own outputs, so only warnings and errors pass.
    eleventy.logger.overrideLogger({ log() {}, info() {}, warn: console.warn, error: console.error });
    await eleventy.write();
    await writeSvgAssets(site.assets, path.resolve(previousCwd, outputDir));
  } finally {
    process.chdir(previousCwd);
  }
}
