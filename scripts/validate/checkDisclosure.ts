import type { Problem } from '../errors/Problem.ts';
import { locateYamlPath } from '../load/locateYamlPath.ts';
import type { YamlSource } from '../load/loadPlan.ts';
import { defaultThreshold } from '../schemas/disclosure.ts';
import type { Plan } from '../schemas/plan.ts';

/**
 * A threshold below the usual one hides fewer small numbers of children in
 * everything the public reads. That is a decision for the plan's owners,
 * so a public build needs it written down: disclosure.reason.
 */
export function checkDisclosure(plan: Plan, source: YamlSource, audience: 'public' | 'internal'): Problem[] {
  const { threshold, reason } = plan.disclosure;
  if (audience !== 'public' || threshold >= defaultThreshold || reason !== undefined) return [];
  return [
    {
      severity: 'error',
      code: 'threshold-without-reason',
      file: source.file,
      ...locateYamlPath(source.text, ['disclosure', 'threshold']),
      field: 'disclosure.threshold',
      message:
        threshold === 0
          ? 'A threshold of 0 turns off the hiding of small numbers in the public outputs, so a handful of children could be identified.'
          : `A threshold of ${threshold} hides only counts from 1 to ${threshold}; the usual threshold, ${defaultThreshold}, hides 1 to ${defaultThreshold}.`,
      expected: `threshold: ${defaultThreshold} or more, or a reason: for a lower one`,
      found: `threshold: ${threshold}`,
      fix: `Set threshold: ${defaultThreshold}, or add under disclosure: a line such as\n  reason: Agreed with the council's information governance officer on 2026-05-01, because …`,
    },
  ];
}
