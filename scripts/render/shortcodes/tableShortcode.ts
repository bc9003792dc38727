import type { DataFigures } from '../../compute/computePlanFigures.ts';
import { duplicateCountingRule } from '../../compute/computeActionSummary.ts';
import { renderComponent } from '../components/componentEnvironment.ts';
import { anchorId } from '../filters/anchorId.ts';
import { relativeUrl } from '../filters/relativeUrl.ts';
import type { Shortcode, ShortcodeContext } from './ShortcodeContext.ts';

/** {% table "ID" %}: the right table for any data file. */
export const tableShortcode: Shortcode = {
  block: true,
  usage: '{% table "DATA-ID" %}',
  render([id], context) {
    const entry = context.lookup(id);
    return entry ? renderDataTable(entry, context) : '';
  },
};

export function renderDataTable(entry: DataFigures, context: ShortcodeContext): string {
  const symbol = context.figures.disclosure.symbol;
  const threshold = context.figures.disclosure.threshold;
  const common = { id: entry.id, symbol, threshold };
  switch (entry.kind) {
    case 'actions':
      return renderComponent('action-table', {
        ...common,
        ...entry.figures,
        duplicateRule: duplicateCountingRule,
        planDate: context.plan.plan_date,
        priorityTitles: Object.fromEntries(context.plan.priorities.map((p) => [p.id, p.title])),
      });
    case 'budgets':
      return renderComponent('budget-table', { ...common, ...entry.figures });
    case 'partner-contributions':
      return renderComponent('partner-contributions-table', { ...common, ...entry.figures });
    case 'breakdowns':
      return renderComponent('breakdown-table', { ...common, ...entry.figures });
    case 'indicators':
      return renderComponent('indicator-table', { ...common, ...entry.figures });
    case 'kpis':
      return renderComponent('kpi-table', {
        ...common,
        ...entry.figures,
        // A KPI split by cohort that leaves one out shows [z] there, and the note says what [z] means.
        notApplicable: entry.figures.rows.some((row) => !row.overall && (!row.outOfCourt || !row.court)),
      });
    case 'board':
      return renderComponent('board-table', { ...common, ...entry.figures });
    case 'staff':
      // Staff, not children: each table's counting says whose numbers are hidden, and whether.
      return (
        renderComponent('breakdown-table', { ...common, ...entry.figures.diversity }) +
        (entry.figures.disability ? renderComponent('breakdown-table', { ...common, id: 'staff-disability', ...entry.figures.disability }) : '')
      );
    case 'inspection':
      return renderComponent('rating-grid', {
        ...common,
        ...entry.figures,
        recommendations: entry.figures.recommendations.map((r) => ({
          ...r,
          links: r.actions.map((reference) => {
            const [planId, ref] = reference.split('#');
            // Link only to a row this audience's table shows: an internal action is not on the public page.
            const target = planId ? context.figures.byId.get(planId) : undefined;
            const shown = target?.kind === 'actions' && target.figures.rows.some((row) => row.ref === ref);
            const page = planId && shown ? context.actionPages.get(planId) : undefined;
            const anchor = anchorId(`action-${planId}-${ref}`);
            return { text: `Action ${ref}`, href: page ? `${page === context.pageUrl ? '' : relativeUrl(page, context.pageUrl)}#${anchor}` : undefined };
          }),
        })),
      });
    case 'glossary':
      return renderComponent('glossary-list', { terms: entry.figures.terms });
  }
}
