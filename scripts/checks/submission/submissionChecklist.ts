import type { PlanFigures } from '../../compute/computePlanFigures.ts';
import type { RenderedPlan } from '../../render/renderPlan.ts';
import type { ValidPlan } from '../../validate/validatePlan.ts';
import { pdfFileName } from '../../write/pdf/pdfFileName.ts';

export interface ChecklistItem {
  passed: boolean;
  label: string;
  detail: string;
}

export interface SubmissionChecklist {
  items: ChecklistItem[];
  ready: boolean;
  /** The file to send to the YJB. */
  pdfFileName: string;
}

/** What the YJB expects before a plan is sent, checked against the plan itself. */
export function submissionChecklist(valid: ValidPlan, figures: PlanFigures, rendered: RenderedPlan): SubmissionChecklist {
  const items: ChecklistItem[] = [];
  const add = (passed: boolean, label: string, detail: string) => items.push({ passed, label, detail });

  const required = valid.framework.chapters.filter((c) => c.required);
  const emptyOrMissing = required.filter((definition) => {
    const chapter = valid.chapters.find((c) => c.definition.id === definition.id);
    if (!chapter) return true;
    return !definition.generated && (chapter.source?.body.trim() ?? '') === '';
  });
  add(
    emptyOrMissing.length === 0,
    'Every required chapter is written',
    emptyOrMissing.length ? `Not yet written: ${emptyOrMissing.map((c) => c.title).join('; ')}.` : `${required.length} required chapters of the ${valid.framework.title}.`,
  );

  const signOff = valid.plan.sign_off;
  add(signOff.signed !== null, 'The chair has signed the plan', signOff.signed ? `Signed by ${signOff.chair.name} on ${signOff.signed}.` : 'Add the date the chair signed as sign_off.signed in plan.yaml. Until then every page says DRAFT.');

  const board = figures.byId.get('board');
  add(board?.kind === 'board' && board.figures.members.length > 0 && board.figures.meetings.length > 0, 'Board membership and attendance (Appendix 1)', board?.kind === 'board' ? `${board.figures.members.length} members, ${board.figures.meetings.length} meetings.` : 'data/board.yaml is missing.');

  const staff = figures.byId.get('staff');
  add(staff?.kind === 'staff' && staff.figures.diversity.rows.length > 0 && staff.figures.structure.length > 0, 'Service structure and staff diversity (Appendix 2)', staff?.kind === 'staff' ? `${staff.figures.structure.length} roles; diversity by ${staff.figures.diversity.categoryLabel.toLowerCase()}.` : 'data/staff.yaml is missing.');

  const partners = figures.byId.get('partner-contributions');
  const budgets = [...figures.byId.values()].filter((f) => f.kind === 'budgets');
  const emptyBudgets = budgets.filter((b) => b.kind === 'budgets' && b.figures.lines.length === 0);
  const partnersTotal = partners?.kind === 'partner-contributions' ? partners.figures.total.total : 0;
  add(
    partnersTotal > 0 && emptyBudgets.length === 0,
    'Budget tables are complete and add up',
    partnersTotal > 0
      ? `Partner contributions total computed from ${partners?.kind === 'partner-contributions' ? partners.figures.rows.length : 0} partners; ${budgets.length} budget table(s), totals and variances computed to the penny${emptyBudgets.length ? `; empty: ${emptyBudgets.map((b) => b.file).join(', ')}` : ''}.`
      : 'data/partner-contributions.yaml has no contributions yet.',
  );

  const mismatches = rendered.problems.filter((p) => p.code === 'stated-total-mismatch');
  add(mismatches.length === 0, 'Stated totals agree with their rows', mismatches.length ? mismatches.map((p) => `${p.file}: ${p.message}`).join(' ') : 'No stated total disagrees with its rows.');

  add(!rendered.draft, 'No DRAFT mark', rendered.draft ? 'The PDF is marked DRAFT until the plan is signed.' : 'The PDF carries no DRAFT mark.');

  add(rendered.youngPeople !== undefined && rendered.youngPeople.sections.length > 0, 'A young-person version is included', rendered.youngPeople ? `${rendered.youngPeople.sections.length} sections in content/young-people/.` : 'Add plain-language pages in content/young-people/.');

  return { items, ready: items.every((i) => i.passed), pdfFileName: pdfFileName(valid.plan) };
}

export function formatChecklist(checklist: SubmissionChecklist): string {
  const lines = checklist.items.map((item) => `${item.passed ? '[x]' : '[ ]'} ${item.label}\n    ${item.detail}`);
  lines.push(
    checklist.ready
      ? `\nReady to send. Send this file to the YJB: dist/current/pdf/${checklist.pdfFileName}`
      : `\nNot ready to send: ${checklist.items.filter((i) => !i.passed).length} item(s) above still need doing. The PDF to send, once they are done: dist/current/pdf/${checklist.pdfFileName.replace('-draft.pdf', '.pdf')}`,
  );
  return lines.join('\n');
}
