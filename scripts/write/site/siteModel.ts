import path from 'node:path';
import type { RenderedPlan } from '../../render/renderPlan.ts';
import { glossaryUrl, planImageAssetUrl, signatureAssetUrl } from '../../render/renderPlan.ts';
import { youngPeopleUrl } from '../../render/renderYoungPeople.ts';
import { publishedImagePath } from '../../render/markdown/planImages.ts';

/** The rendered plan plus what only the website needs: where its files go and what to link. */
export interface SiteModel extends RenderedPlan {
  glossaryUrl: string | undefined;
  youngPeopleUrl: string | undefined;
  pdfFileName: string | undefined;
  youngPeoplePdfFileName: string | undefined;
  logoUrl: string | undefined;
  /** Files copied from the plan folder into the site, e.g. the logo. */
  assets: { from: string; to: string }[];
}

export function buildSiteModel(rendered: RenderedPlan, planDir: string, options: { pdfFileName?: string | undefined; youngPeoplePdfFileName?: string | undefined }): SiteModel {
  const assets: SiteModel['assets'] = [];
  let logoUrl: string | undefined;
  if (rendered.plan.theme.logo) {
    logoUrl = planImageAssetUrl(rendered.plan.theme.logo);
    assets.push({ from: path.join(planDir, rendered.plan.theme.logo), to: logoUrl });
  }
  for (const image of rendered.images) assets.push({ from: path.join(planDir, image), to: publishedImagePath(image) });
  const signature = rendered.plan.sign_off.signature;
  if (signature && rendered.plan.sign_off.signed) assets.push({ from: path.join(planDir, signature), to: signatureAssetUrl(signature) });
  return {
    ...rendered,
    glossaryUrl: rendered.chapters.some((c) => c.url === glossaryUrl) ? glossaryUrl : undefined,
    youngPeopleUrl: rendered.youngPeople ? youngPeopleUrl : undefined,
    youngPeoplePdfFileName: rendered.youngPeople ? options.youngPeoplePdfFileName : undefined,
    pdfFileName: options.pdfFileName,
    logoUrl,
    assets,
  };
}
