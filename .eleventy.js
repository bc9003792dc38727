// Eleventy only lays out and writes pages here. The yjplan engine
// (scripts/) loads, validates, computes and renders the plan; the CLI hands
// the result to Eleventy as global data `yjplan` (scripts/write/site/).
export default function (eleventyConfig) {
  eleventyConfig.setQuietMode(true);
  return {
    dir: { includes: '../components', layouts: '../layouts', data: '_data' },
    // Markdown is rendered by the engine, never by Eleventy, so no Liquid pass can touch it.
    markdownTemplateEngine: 'njk',
    htmlTemplateEngine: 'njk',
    templateFormats: ['njk'],
  };
}
