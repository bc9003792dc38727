import highsModule from 'highs';

/**
 * The smallest and largest value each unknown can take in a system of linear
 * constraints, found with the HiGHS solver (WebAssembly). It knows nothing
 * about tables: the disclosure audit builds the system.
 *
 * The solver is loaded once, when this module is first imported (top-level
 * await), so every caller after that stays synchronous. Loading takes about
 * 0.1 s; `check` and `build` import it through compute, other commands never.
 */
// highs' types describe its CommonJS build, whose loader is `.default`; Node imports its ES module
// build, whose default export is the loader itself. Either way this is the loader.
const loadHighs = (typeof highsModule === 'function' ? highsModule : highsModule.default) as typeof highsModule.default;
const highs = await loadHighs();

/** lower ≤ Σ coefficient × x[index] ≤ upper. An equality has lower = upper. */
export interface LinearRow {
  terms: [index: number, coefficient: number][];
  lower: number;
  upper: number;
}

export interface LinearSystem {
  /** Per unknown; an upper bound may be Infinity. */
  lower: number[];
  upper: number[];
  rows: LinearRow[];
  /**
   * Ask for whole numbers. Not needed when every row is a sum of unknowns
   * equal to another unknown or a whole number and every bound is whole (the
   * tables of counts): such systems are totally unimodular, so the linear
   * programme's optimum is already a whole number. See docs/disclosure-control.md.
   */
  integer?: boolean;
}

export interface Range {
  min: number;
  /** Infinity when nothing bounds it from above. */
  max: number;
}

/** Status codes of HiGHS's model status (highs.constants.modelStatus). */
const optimal = 7;
const unbounded = new Set([9, 10]);

/**
 * The range of each target unknown, or undefined when no values satisfy the
 * system (the published figures contradict each other). Results are rounded
 * to whole numbers: exact for a totally unimodular system or an integer one.
 */
export function solveRanges(system: LinearSystem, targets: number[]): Range[] | undefined {
  const count = system.lower.length;
  if (!targets.length) return [];
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of system.rows) {
    for (const [index, coefficient] of row.terms) {
      indices.push(index);
      values.push(coefficient);
    }
    starts.push(indices.length);
  }
  const finite = (v: number) => (v === Infinity ? highs.infinity : v === -Infinity ? -highs.infinity : v);
  const model = highs.createModel({
    numCols: count,
    numRows: system.rows.length,
    colCost: new Array<number>(count).fill(0),
    colLower: system.lower.map(finite),
    colUpper: system.upper.map(finite),
    rowLower: system.rows.map((r) => finite(r.lower)),
    rowUpper: system.rows.map((r) => finite(r.upper)),
    matrix: { format: 'csr', numRows: system.rows.length, numCols: count, starts, indices, values },
    ...(system.integer ? { integrality: new Array(count).fill(highs.constants.variableType.integer) } : {}),
  });
  try {
    model.options.set({ output_flag: false });
    const ranges: Range[] = [];
    let previous: number | undefined;
    for (const target of targets) {
      if (previous !== undefined) model.changeColCost(previous, 0);
      model.changeColCost(target, 1);
      previous = target;
      model.changeObjectiveSense(highs.constants.objectiveSense.minimize);
      model.run();
      if (model.getModelStatus() !== optimal) return undefined;
      const min = Math.round(model.getObjectiveValue());
      model.changeObjectiveSense(highs.constants.objectiveSense.maximize);
      model.run();
      const status = model.getModelStatus();
      if (status !== optimal && !unbounded.has(status)) return undefined;
      ranges.push({ min, max: status === optimal ? Math.round(model.getObjectiveValue()) : Infinity });
    }
    return ranges;
  } finally {
    model.dispose();
  }
}
