import type { Problem } from '../errors/Problem.ts';
import { locateYamlPath } from '../load/locateYamlPath.ts';
import type { YamlSource } from '../load/loadPlan.ts';
import type { Plan } from '../schemas/plan.ts';
import { contrastRatio } from './contrastRatio.ts';

/**
 * Theme colours are used where WCAG 2.2 AA sets a minimum contrast: the
 * primary colour for white header text and for links on white (4.5:1), the
 * accent for borders and markers on white (3:1, non-text contrast).
 */
const uses = [
  { key: 'primary', against: '#ffffff', minimum: 4.5, use: 'white header text on it, and links in it on a white page' },
  { key: 'accent', against: '#ffffff', minimum: 3, use: 'borders and markers on a white page' },
] as const;

export function checkThemeContrast(plan: Plan, source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  for (const { key, against, minimum, use } of uses) {
    const colour = plan.theme[key];
    const ratio = contrastRatio(colour, against);
    if (ratio >= minimum) continue;
    problems.push({
      severity: 'error',
      code: 'low-contrast-theme',
      file: source.file,
      ...locateYamlPath(source.text, ['theme', key]),
      field: `theme.${key}`,
      message: `The ${key} colour ${colour} has a contrast of ${ratio.toFixed(2)}:1 against white, too low for ${use} (WCAG 2.2 AA).`,
      expected: `a contrast of at least ${minimum}:1 against white`,
      found: `${colour} (${ratio.toFixed(2)}:1)`,
      fix: 'Choose a darker shade of the colour, for example from your council\'s brand guidelines.',
    });
  }
  return problems;
}
