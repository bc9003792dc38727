import type { Budget, PartnerContributions } from '../schemas/budget.ts';
import { notRecorded, type NotRecorded } from '../schemas/notRecorded.ts';
import { hasPence, sumPence, toPence, type Pence } from './money.ts';

export interface BudgetLine {
  category: string;
  /** The council's cost code, where the source gives one. */
  code: string | undefined;
  /** An income line: its amounts are negative, as in the ledger, and its variance reads as more or less income. */
  income: boolean;
  budget: Pence;
  actual: Pence;
  /** actual minus budget: positive is an overspend (or less income), negative an underspend (or more income). */
  variance: Pence;
}

export interface BudgetFigures {
  title: string;
  description: string | undefined;
  source: string | undefined;
  lines: BudgetLine[];
  total: BudgetLine;
  hasCodes: boolean;
  /** Pence are shown only where the source has them: whole pounds otherwise. */
  showPence: boolean;
}

export function computeBudget(budget: Budget): BudgetFigures {
  const lines = budget.lines.map((line) => {
    const planned = toPence(line.budget);
    const actual = toPence(line.actual);
    return { category: line.category, code: line.code, income: line.income, budget: planned, actual, variance: actual - planned };
  });
  const total = {
    category: 'Total',
    code: undefined,
    income: false,
    budget: sumPence(lines.map((l) => l.budget)),
    actual: sumPence(lines.map((l) => l.actual)),
    variance: sumPence(lines.map((l) => l.variance)),
  };
  return {
    title: budget.title,
    description: budget.description,
    source: budget.source,
    lines,
    total,
    hasCodes: lines.some((l) => l.code !== undefined),
    showPence: hasPence(lines.flatMap((l) => [l.budget, l.actual])),
  };
}

/** An amount, or "not recorded" where the source does not give it. */
export type RecordedPence = Pence | NotRecorded;

export interface PartnerContributionRow {
  partner: string;
  staffing: RecordedPence;
  paymentsInKind: RecordedPence;
  otherDelegatedFunds: RecordedPence;
  /** The sum of the amounts recorded in the row. */
  total: Pence;
  /** True when some amount in the row is not recorded, so its total is of what is recorded only. */
  partial: boolean;
}

export interface PartnerContributionFigures {
  title: string;
  source: string | undefined;
  rows: PartnerContributionRow[];
  total: PartnerContributionRow;
  /** How many amounts are not recorded: the totals leave them out, and say so. */
  notRecorded: number;
  /** Columns holding an amount not recorded, whose totals are of what is recorded only. */
  partialColumns: { staffing: boolean; paymentsInKind: boolean; otherDelegatedFunds: boolean };
  showPence: boolean;
}

export function computePartnerContributions(data: PartnerContributions): PartnerContributionFigures {
  const amount = (pounds: number | NotRecorded): RecordedPence => (pounds === notRecorded ? notRecorded : toPence(pounds));
  const known = (values: RecordedPence[]) => sumPence(values.filter((v): v is Pence => v !== notRecorded));
  const rows = data.partners.map((p): PartnerContributionRow => {
    const amounts = [amount(p.staffing), amount(p.payments_in_kind), amount(p.other_delegated_funds)] as const;
    return { partner: p.partner, staffing: amounts[0], paymentsInKind: amounts[1], otherDelegatedFunds: amounts[2], total: known([...amounts]), partial: amounts.includes(notRecorded) };
  });
  const column = (pick: (r: PartnerContributionRow) => RecordedPence) => known(rows.map(pick));
  const all = rows.flatMap((r) => [r.staffing, r.paymentsInKind, r.otherDelegatedFunds]);
  const missing = all.filter((v) => v === notRecorded).length;
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
      partial: missing > 0,
    },
    notRecorded: missing,
    partialColumns: {
      staffing: rows.some((r) => r.staffing === notRecorded),
      paymentsInKind: rows.some((r) => r.paymentsInKind === notRecorded),
      otherDelegatedFunds: rows.some((r) => r.otherDelegatedFunds === notRecorded),
    },
    showPence: hasPence(all.filter((v): v is Pence => v !== notRecorded)),
  };
}
