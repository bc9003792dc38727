import MarkdownIt from 'markdown-it';
import { glossaryTermsPlugin } from './glossaryTerms.ts';
import { headingIdsPlugin } from './headingIds.ts';
import { tableScopePlugin } from './tableScope.ts';
import { tableWrapPlugin } from './tableWrap.ts';
import { imageAltPlugin } from './imageAlt.ts';
import { internalBlocksPlugin } from './internalBlocks.ts';
import { planImagesPlugin } from './planImages.ts';

/**
 * The one Markdown renderer for every output. Raw HTML is off: authors'
 * <script>, <iframe> or onclick= appear as visible text, never as markup,
 * and markdown-it's link check refuses javascript: and data: URLs.
 */
export function createMarkdown(): MarkdownIt {
  return new MarkdownIt({ html: false, linkify: false, typographer: true })
    .use(headingIdsPlugin)
    .use(glossaryTermsPlugin)
    .use(tableScopePlugin)
    .use(tableWrapPlugin)
    .use(imageAltPlugin)
    .use(planImagesPlugin)
    .use(internalBlocksPlugin);
}
