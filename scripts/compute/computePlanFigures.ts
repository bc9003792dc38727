import type { Breakdown } from '../schemas/breakdown.ts';
import type { Problem } from '../errors/Problem.ts';
import type { DataEntry } from '../schemas/dataKinds.ts';
import type { ValidPlan } from '../validate/validatePlan.ts';
import { computeActionSummary, type ActionSummary } from './computeActionSummary.ts';
import { computeBoardAttendance, type BoardAttendance } from './computeBoardAttendance.ts';
import { computeBreakdown, type BreakdownFigures, type BreakdownSource } from './computeBreakdown.ts';
import { computeBudget, computePartnerContributions, type BudgetFigures, type PartnerContributionFigures } from './computeBudget.ts';
import { computeIndicator, type IndicatorFigures } from './computeIndicator.ts';
import { computeKpis, type KpiFigures } from './computeKpis.ts';
import type { Disclosure, SuppressionRecord } from './shownCount.ts';
import { computeInspection, type InspectionFigures } from './computeInspection.ts';
import type { InspectionEdition } from '../schemas/inspectionStandards.ts';
import type { Glossary } from '../schemas/glossary.ts';
import type { Staff } from '../schemas/staff.ts';
import { smallCountSymbol, type DisclosureSettings } from '../schemas/disclosure.ts';
import { countingOf, disclosureFor, indicatorCounting, type Counting } from './tableProtection.ts';

type StaffPolicy = DisclosureSettings['protect_staff'];

export type Audience = 'public' | 'internal';

/** Every figure a page may show, computed once per build and shared by all outputs. */
export type DataFigures =
  | { kind: 'actions'; id: string; file: string; figures: ActionSummary }
  | { kind: 'budgets'; id: string; file: string; figures: BudgetFigures }
  | { kind: 'partner-contributions'; id: string; file: string; figures: PartnerContributionFigures }
  | { kind: 'breakdowns'; id: string; file: string; figures: CountedBreakdown }
  | { kind: 'indicators'; id: string; file: string; figures: IndicatorFigures }
  | { kind: 'kpis'; id: string; file: string; figures: KpiFigures }
  | { kind: 'board'; id: string; file: string; figures: BoardAttendance }
  | { kind: 'staff'; id: string; file: string; figures: { structure: Staff['structure']; diversity: CountedBreakdown; disability: CountedBreakdown | undefined } }
  | { kind: 'inspection'; id: string; file: string; figures: InspectionFigures }
  | { kind: 'glossary'; id: string; file: string; figures: Glossary };

/** A breakdown's figures with what it counts, so its table can say whether and why small numbers are hidden. */
export type CountedBreakdown = BreakdownFigures & { counting: Counting };

export interface PlanFigures {
  audience: Audience;
  disclosure: Disclosure;
  byId: Map<string, DataFigures>;
  /** Every value this build hides (none in the internal build). */
  suppressions: SuppressionRecord[];
  /**
   * Internal build only: every value the public build hides, with the value,
   * for the suppression log the board and the information governance lead read.
   */
  suppressionLog?: SuppressionRecord[];
  warnings: Problem[];
}

export function computePlanFigures(valid: ValidPlan, audience: Audience = 'public'): PlanFigures {
  const symbol = smallCountSymbol(valid.plan.disclosure);
  if (audience === 'public') return computeWith(valid, audience, { threshold: valid.plan.disclosure.threshold, symbol });
  const log = computeWith(valid, 'public', { threshold: valid.plan.disclosure.threshold, symbol, logValues: true }).suppressions;
  return { ...computeWith(valid, audience, { threshold: 0, symbol }), suppressionLog: log };
}

function computeWith(valid: ValidPlan, audience: Audience, disclosure: Disclosure): PlanFigures {
  const byId = new Map<string, DataFigures>();
  const suppressions: SuppressionRecord[] = [];
  const warnings: Problem[] = [];
  for (const entry of valid.data.values()) {
    const figures = computeEntry(entry, disclosure, valid.plan.disclosure.protect_staff, valid.plan.plan_date, audience, valid.dataSources.get(entry.file)?.text ?? '', valid.inspectionEditions);
    byId.set(entry.id, figures);
    if (figures.kind === 'breakdowns') {
      suppressions.push(...figures.figures.suppressions);
      warnings.push(...figures.figures.warnings);
    } else if (figures.kind === 'staff') {
      suppressions.push(...figures.figures.diversity.suppressions, ...(figures.figures.disability?.suppressions ?? []));
      warnings.push(...figures.figures.diversity.warnings);
    } else if (figures.kind === 'kpis') {
      suppressions.push(...figures.figures.suppressions);
    }
  }
  return { audience, disclosure, byId, suppressions, warnings };
}

function computeEntry(entry: DataEntry, disclosure: Disclosure, staffPolicy: StaffPolicy, planDate: string, audience: Audience, text: string, inspectionEditions: Map<string, InspectionEdition>): DataFigures {
  const base = { id: entry.id, file: entry.file };
  // Each table is protected or not by what it counts (children unless it says otherwise).
  const counted = (breakdown: Breakdown, counting: Counting, source?: BreakdownSource): CountedBreakdown => ({
    ...computeBreakdown(breakdown, disclosureFor(disclosure, counting), entry.file, source),
    counting,
  });
  switch (entry.kind) {
    case 'actions':
      return { ...base, kind: 'actions', figures: computeActionSummary(entry.value, planDate, audience) };
    case 'budgets':
      return { ...base, kind: 'budgets', figures: computeBudget(entry.value) };
    case 'partner-contributions':
      return { ...base, kind: 'partner-contributions', figures: computePartnerContributions(entry.value) };
    case 'breakdowns':
      return { ...base, kind: 'breakdowns', figures: counted(entry.value, countingOf(entry.value, staffPolicy), { text }) };
    case 'indicators':
      return { ...base, kind: 'indicators', figures: computeIndicator(entry.value, disclosure, indicatorCounting(entry.value, staffPolicy)) };
    case 'kpis':
      return { ...base, kind: 'kpis', figures: computeKpis(entry.value, disclosure, entry.file) };
    case 'board':
      return { ...base, kind: 'board', figures: computeBoardAttendance(entry.value) };
    case 'staff':
      return {
        ...base,
        kind: 'staff',
        figures: {
          structure: entry.value.structure,
          diversity: counted(entry.value.diversity, countingOf({}, staffPolicy, 'diversity'), { text, path: ['diversity'] }),
          disability: entry.value.disability ? counted(disabilityBreakdown(entry.value.disability), countingOf({}, staffPolicy, 'disability')) : undefined,
        },
      };
    case 'inspection':
      // Validation has checked the edition exists.
      return { ...base, kind: 'inspection', figures: computeInspection(entry.value, inspectionEditions.get(entry.value.standards)!) };
    case 'glossary':
      return { ...base, kind: 'glossary', figures: entry.value };
  }
}

/** Staff by known disability as a one-column table, so a handful of staff is protected like any small count. */
function disabilityBreakdown(disability: NonNullable<Staff['disability']>): Breakdown {
  return {
    title: 'Staff by known disability',
    category_label: 'Disability',
    rows: [
      { label: 'Say they have a disability', count: disability.yes },
      { label: 'Say they do not', count: disability.no },
      { label: 'Not known', count: disability.not_known },
    ],
  };
}
