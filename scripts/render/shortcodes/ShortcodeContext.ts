import type { PlanFigures, DataFigures } from '../../compute/computePlanFigures.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { RenderedChart } from '../charts/renderChart.ts';

export interface ShortcodeProblem {
  code: string;
  message: string;
  expected?: string;
  found?: string;
  fix?: string;
}

export interface ShortcodeContext {
  plan: Plan;
  figures: PlanFigures;
  charts: Map<string, RenderedChart>;
  /** Which page shows each action plan, so recommendations can link to their actions. */
  actionPages: Map<string, string>;
  /** This page's path in the site, e.g. "performance.html". */
  pageUrl: string;
  /** Looks up a data id, reporting a clear problem when it does not exist. */
  lookup(id: string | undefined, kinds?: DataFigures['kind'][]): DataFigures | undefined;
  report(problem: ShortcodeProblem): void;
}

export interface Shortcode {
  /** Block shortcodes produce tables or figures and must stand on a line of their own. */
  block: boolean;
  usage: string;
  /** HTML: any text in it (a count shown as "<5", a label) must be escaped. */
  render(args: string[], context: ShortcodeContext): string;
}
