import * as vega from 'vega';
import { noAccessLoader } from './noAccessLoader.ts';

/** What drawing one Vega spec produced besides the SVG: addresses it asked for (all refused) and Vega's warnings. */
export interface VegaDrawNotes {
  refused: string[];
  warnings: string[];
}

/** Draws a compiled Vega spec to an SVG string, headless, with a loader that reaches nothing. */
export async function vegaToSvg(spec: vega.Spec, notes: VegaDrawNotes): Promise<string> {
  const view = new vega.View(vega.parse(spec), { renderer: 'none', loader: noAccessLoader(notes.refused), logger: collectingLogger(notes.warnings) as unknown as vega.LoggerInterface });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Vega and Vega-Lite report through a logger; their warnings become the plan's warnings, not console noise. */
export function collectingLogger(warnings: string[]) {
  let level = 0;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: unknown[]) {
      throw new Error(args.map(String).join(' '));
    },
    warn(...args: unknown[]) {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}
