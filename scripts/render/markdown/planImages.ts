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
  /** Each picture that is not a file of the plan: from another host (http:, //host), written into the Markdown (data:), or a #fragment. */
  foreignImages?: { line: number; src: string; kind: ForeignImageKind }[];
}

export type ForeignImageKind = 'remote' | 'inline' | 'fragment';

/** What kind of address a picture's src is when it is not a path inside the plan; undefined for a path. */
export function foreignImageKind(src: string): ForeignImageKind | undefined {
  const trimmed = src.trim();
  if (/^data:/i.test(trimmed)) return 'inline';
  if (/^([a-z][a-z0-9+.-]*:|[\\/][\\/])/i.test(trimmed)) return 'remote';
  if (trimmed.startsWith('#')) return 'fragment';
  return undefined;
}

/** Where a picture from the plan folder is published: content/images/map.png => assets/content/images/map.png. */
export function publishedImagePath(planPath: string): string {
  return `assets/${planPath}`;
}

/**
 * Pictures in chapters are written relative to the Markdown file, e.g.
 * ![Map of the localities](images/map.png). They are copied into the site's
 * assets, so each src is rewritten to the published copy, relative to the
 * page. A plan is self-contained: a picture from another host (which the
 * PDF build would fetch, and the site's policy would block) or written into
 * the Markdown as data: is recorded, and refused where the page's problems
 * are gathered.
 */
export function planImagesPlugin(md: MarkdownIt): void {
  md.core.ruler.push('yjplan_plan_images', (state) => {
    const env = state.env as PlanImagesEnv;
    if (env.sourceDir === undefined || env.pageUrl === undefined) return;
    env.planImages ??= [];
    env.foreignImages ??= [];
    for (const { image, line } of imageTokensWithLines(state.tokens)) {
      const src = image.attrGet('src') ?? '';
      const foreign = foreignImageKind(src);
      if (foreign) {
        env.foreignImages.push({ line, src, kind: foreign });
        continue;
      }
      const resolved = path.posix.normalize(path.posix.join(env.sourceDir, decodeURI(src.split(/[?#]/)[0]!)));
      const planPath = resolved.startsWith('../') || resolved === '..' || path.posix.isAbsolute(src) ? undefined : resolved;
      env.planImages.push({ line, src, planPath });
      if (planPath) image.attrSet('src', relativeUrl(publishedImagePath(planPath), env.pageUrl));
    }
  });
}
