import type { Plan } from '../../schemas/plan.ts';
import { slugify } from '../../render/filters/slugify.ts';

/** eastmoor-borough-council-youth-justice-plan-2025-26-draft.pdf: the name says draft until the plan is signed. */
export function pdfFileName(plan: Plan, variant = ''): string {
  const draft = plan.sign_off.signed === null ? '-draft' : '';
  return `${slugify(plan.authority)}-youth-justice-plan-${plan.period}${variant ? `-${variant}` : ''}${draft}.pdf`;
}
