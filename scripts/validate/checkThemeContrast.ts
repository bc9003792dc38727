import type { Problem } from '../errors/Problem.ts';
import { locateYamlPath } from '../load/locateYamlPath.ts';
import type { YamlSource } from '../load/loadPlan.ts';
import type { Plan } from '../schemas/plan.ts';
import { contrastRatio } from './contrastRatio.ts';

/** The backgrounds theme colours sit on, from templates/assets/site.css (--background and --light). */
export const white = '#ffffff';
export const lightGrey = '#f3f2f1';

/**
 * Theme colours are used where WCAG 2.2 AA sets a minimum contrast: the
 * primary colour for white header text and for links on white and on the
 * light grey of the footer, the "On this page" box and the young-person
 * cards (4.5:1); the accent for borders and markers on white (3:1,
 * non-text contrast).
 */
const uses = [
  { key: 'primary', minimum: 4.5, against: [{ colour: white, name: 'white' }, { colour: lightGrey, name: `the light grey (${lightGrey}) of the footer and panels` }], use: 'white header text on it, and links in it' },
  { key: 'accent', minimum: 3, against: [{ colour: white, name: 'white' }], use: 'borders and markers on a white page' },
] as const;

export function checkThemeContrast(plan: Plan, source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  for (const { key, against, minimum, use } of uses) {
    const colour = plan.theme[key];
    const failing = against.map((background) => ({ ...background, ratio: contrastRatio(colour, background.colour) })).filter((b) => b.ratio < minimum);
    if (!failing.length) continue;
    const worst = failing.reduce((a, b) => (b.ratio < a.ratio ? b : a));
    problems.push({
      severity: 'error',
      code: 'low-contrast-theme',
      file: source.file,
      ...locateYamlPath(source.text, ['theme', key]),
      field: `theme.${key}`,
      message: `The ${key} colour ${colour} has a contrast of ${failing.map((b) => `${b.ratio.toFixed(2)}:1 against ${b.name}`).join(' and ')}, too low for ${use} (WCAG 2.2 AA).`,
      expected: `a contrast of at least ${minimum}:1 against ${against.map((b) => b.name.replace(/ of the .*$/, '')).join(' and ')}`,
      found: `${colour} (${worst.ratio.toFixed(2)}:1)`,
      fix: 'Choose a darker shade of the colour, for example from your council\'s brand guidelines.',
    });
  }
  return problems;
}
