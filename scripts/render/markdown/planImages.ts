import type MarkdownIt from 'markdown-it';
import path from 'node:path';
import { relativeUrl } from '../filters/relativeUrl.ts';
import { imageTokensWithLines } from './imageTokens.ts';

export interface PlanImagesEnv {
  /** Folder of the Markdown file inside the plan, e.g. "content" or "content/young-people". */
  sourceDir?: string;
  /** The page the HTML is for, e.g. "child-first.html", so image paths can be made relative to it. */
  pageUrl?: string;
  /** Each picture taken from the plan folder: 1-based line in the Markdown, as written, and its path in the plan (undefined if it leaves the folder). */
  planImages?: { line: number; src: string; planPath: string | undefined }[];
}

/** Where a picture from the plan folder is published: content/images/map.png => assets/content/images/map.png. */
export function publishedImagePath(planPath: string): string {
  return `assets/${planPath}`;
}

/**
 * Pictures in chapters are written relative to the Markdown file, e.g.
 * ![Map of the localities](images/map.png). They are copied into the site's
 * assets, so each src is rewritten to the published copy, relative to the
 * page. Links to other sites are left alone (the link checker reports them).
 */
export function planImagesPlugin(md: MarkdownIt): void {
  md.core.ruler.push('yjplan_plan_images', (state) => {
    const env = state.env as PlanImagesEnv;
    if (env.sourceDir === undefined || env.pageUrl === undefined) return;
    env.planImages ??= [];
    for (const { image, line } of imageTokensWithLines(state.tokens)) {
      const src = image.attrGet('src') ?? '';
      if (/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(src)) continue;
      const resolved = path.posix.normalize(path.posix.join(env.sourceDir, decodeURI(src.split(/[?#]/)[0]!)));
      const planPath = resolved.startsWith('../') || resolved === '..' || path.posix.isAbsolute(src) ? undefined : resolved;
      env.planImages.push({ line, src, planPath });
      if (planPath) image.attrSet('src', relativeUrl(publishedImagePath(planPath), env.pageUrl));
    }
  });
}
