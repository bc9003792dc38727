import type { Budget, PartnerContributions } from '../schemas/budget.ts';
import { sumPence, toPence, type Pence } from './money.ts';

export interface BudgetLine {
  category: string;
  budget: Pence;
  actual: Pence;
  /** actual minus budget: positive is an overspend, negative an underspend. */
  variance: Pence;
}

export interface BudgetFigures {
  title: string;
  description: string | undefined;
  source: string | undefined;
  lines: BudgetLine[];
  total: BudgetLine;
}

export function computeBudget(budget: Budget): BudgetFigures {
  const lines = budget.lines.map((line) => {
    const planned = toPence(line.budget);
    const actual = toPence(line.actual);
    return { category: line.category, budget: planned, actual, variance: actual - planned };
  });
  const total = {
    category: 'Total',
    budget: sumPence(lines.map((l) => l.budget)),
    actual: sumPence(lines.map((l) => l.actual)),
    variance: sumPence(lines.map((l) => l.variance)),
  };
  return { title: budget.title, description: budget.description, source: budget.source, lines, total };
}

export interface PartnerContributionRow {
  partner: string;
  staffing: Pence;
  paymentsInKind: Pence;
  otherDelegatedFunds: Pence;
  total: Pence;
}

export interface PartnerContributionFigures {
  title: string;
  source: string | undefined;
  rows: PartnerContributionRow[];
  total: PartnerContributionRow;
}

export function computePartnerContributions(data: PartnerContributions): PartnerContributionFigures {
  const rows = data.partners.map((p) => {
    const staffing = toPence(p.staffing);
    const paymentsInKind = toPence(p.payments_in_kind);
    const otherDelegatedFunds = toPence(p.other_delegated_funds);
    return { partner: p.partner, staffing, paymentsInKind, otherDelegatedFunds, total: staffing + paymentsInKind + otherDelegatedFunds };
  });
  const column = (pick: (r: PartnerContributionRow) => Pence) => sumPence(rows.map(pick));
  return {
    title: data.title,
    source: data.source,
    rows,
    total: {
      partner: 'Total',
      staffing: column((r) => r.staffing),
      paymentsInKind: column((r) => r.paymentsInKind),
      otherDelegatedFunds: column((r) => r.otherDelegatedFunds),
      total: column((r) => r.total),
    },
  };
}
