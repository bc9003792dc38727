import type { Inspection, StandardRating } from '../schemas/inspection.ts';
import type { InspectionEdition } from '../schemas/inspectionStandards.ts';

/** A standard's rating, "not rated" by the inspectorate, or "not yet known" because the plan does not give it. */
export type StandardResult = StandardRating | 'not yet known';

export interface InspectionFigures extends Omit<Inspection, 'ratings'> {
  editionTitle: string;
  domains: { name: string; standards: { ref: string; name: string; rating: StandardResult }[] }[];
  /** Standards in the edition the plan gives no rating for: the grid says so, so it never reads as complete. */
  notYetKnown: number;
  standardCount: number;
}

/** The whole grid of the edition's standards, each with the plan's rating or "not yet known". */
export function computeInspection(inspection: Inspection, edition: InspectionEdition): InspectionFigures {
  const domains = edition.domains.map((domain) => ({
    name: domain.name,
    standards: domain.standards.map((standard) => ({ ...standard, rating: inspection.ratings[standard.ref] ?? ('not yet known' as const) })),
  }));
  const standards = domains.flatMap((d) => d.standards);
  const { ratings: _ratings, ...rest } = inspection;
  return {
    ...rest,
    editionTitle: edition.title,
    domains,
    notYetKnown: standards.filter((s) => s.rating === 'not yet known').length,
    standardCount: standards.length,
  };
}
