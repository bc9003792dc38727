import type { CountedThing, DisclosureSettings } from '../schemas/disclosure.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Disclosure } from './shownCount.ts';

/** What a table or indicator counts and whether its small numbers are hidden; the templates word the note. */
export interface Counting {
  counting: CountedThing | 'none';
  /** True when small numbers are hidden in a public build. */
  protected: boolean;
  /** Known disability: health data, special category data under UK GDPR. */
  specialCategory: boolean;
}

/**
 * Decides from what a table declares it counts whether it is protected.
 * Children and other people always are; staff by the plan's policy (or
 * identifying: true); offences, outcomes and events only when the author
 * marks them identifying; "none" (an average or ratio) never, since it
 * counts nobody.
 */
export function countingOf(
  declared: { counting?: CountedThing | 'none'; identifying?: boolean },
  policy: DisclosureSettings['protect_staff'],
  staffTable?: 'diversity' | 'disability',
): Counting {
  const counting = staffTable ? 'staff' : (declared.counting ?? 'children');
  if (counting === 'none') return { counting, protected: false, specialCategory: false };
  const specialCategory = staffTable === 'disability';
  const isProtected =
    counting === 'children' ||
    counting === 'people' ||
    declared.identifying === true ||
    (counting === 'staff' && (policy === 'all' || (specialCategory && policy === 'disability')));
  return { counting, protected: isProtected, specialCategory };
}

/** An indicator counts only with unit: number; a rate or percentage counts nothing. */
export function indicatorCounting(indicator: Indicator, policy: DisclosureSettings['protect_staff']): Counting {
  if (indicator.unit !== 'number') return { counting: 'none', protected: false, specialCategory: false };
  return countingOf(indicator, policy);
}

/** The disclosure a table is computed with: the plan's, or none at all for a table whose counts are published in full. */
export function disclosureFor(disclosure: Disclosure, counting: Counting): Disclosure {
  return counting.protected ? disclosure : { ...disclosure, threshold: 0 };
}
