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

/**
 * Every unknown is also kept below this, so the solver never meets an
 * unbounded problem (HiGHS can then end with an unknown status). No count of
 * children comes near it: a maximum at or above half of it means "no bound".
 */
const ceiling = 1e7;

/**
 * One system, solved as often as asked. Every solution found is a table of
 * whole numbers that fits the system (a vertex: see LinearSystem.integer), so
 * the values each unknown took so far are possible values: `seen` often
 * answers "can it take more than one value?" without another solve.
 */
export class RangeSolver {
  private readonly model: ReturnType<typeof highs.createModel>;
  private readonly seenMin: number[];
  private readonly seenMax: number[];
  private costed: number[] = [];
  /** False when no values satisfy the system. */
  readonly feasible: boolean;

  constructor(system: LinearSystem) {
    const count = system.lower.length;
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
    const bounded = (v: number) => Math.max(-ceiling, Math.min(ceiling, v));
    this.model = highs.createModel({
      numCols: count,
      numRows: system.rows.length,
      colCost: new Array<number>(count).fill(0),
      colLower: system.lower.map(bounded),
      colUpper: system.upper.map(bounded),
      rowLower: system.rows.map((r) => (r.lower === -Infinity ? -highs.infinity : r.lower)),
      rowUpper: system.rows.map((r) => (r.upper === Infinity ? highs.infinity : r.upper)),
      matrix: { format: 'csr', numRows: system.rows.length, numCols: count, starts, indices, values },
      ...(system.integer ? { integrality: new Array(count).fill(highs.constants.variableType.integer) } : {}),
    });
    this.seenMin = new Array<number>(count).fill(Infinity);
    this.seenMax = new Array<number>(count).fill(-Infinity);
    // Simplex gives a vertex, which is a table of whole numbers (see LinearSystem.integer).
    this.model.options.set({ output_flag: false, solver: 'simplex' });
    this.feasible = this.run() !== undefined;
  }

  /** The smallest and largest value each unknown took in the solutions found so far. */
  seen(index: number): Range {
    return { min: this.seenMin[index]!, max: this.seenMax[index]! >= ceiling / 2 ? Infinity : this.seenMax[index]! };
  }

  min(index: number): number {
    return this.optimise(index, highs.constants.objectiveSense.minimize);
  }

  /** Infinity when nothing bounds it. */
  max(index: number): number {
    const value = this.optimise(index, highs.constants.objectiveSense.maximize);
    return value >= ceiling / 2 ? Infinity : value;
  }

  range(index: number): Range {
    return { min: this.min(index), max: this.max(index) };
  }

  /**
   * Solves for the smallest and the largest sum of `indices`: two solutions
   * that push many unknowns to their ends at once, so `seen` settles most of
   * them without a solve each.
   */
  spread(indices: number[]): void {
    if (!indices.length) return;
    this.setCost(indices);
    for (const sense of [highs.constants.objectiveSense.minimize, highs.constants.objectiveSense.maximize]) {
      this.model.changeObjectiveSense(sense);
      this.run();
    }
  }

  dispose(): void {
    this.model.dispose();
  }

  private setCost(indices: number[]): void {
    for (const i of this.costed) this.model.changeColCost(i, 0);
    for (const i of indices) this.model.changeColCost(i, 1);
    this.costed = indices;
  }

  private optimise(index: number, sense: Parameters<typeof this.model.changeObjectiveSense>[0]): number {
    if (this.costed.length !== 1 || this.costed[0] !== index) this.setCost([index]);
    this.model.changeObjectiveSense(sense);
    const value = this.run();
    if (value === undefined) throw new Error('The disclosure audit\'s solver found no solution to a system it had solved before.');
    return value;
  }

  /** Solves, records the solution's values, and gives the objective (undefined if infeasible). */
  private run(): number | undefined {
    this.model.run();
    if (this.model.getModelStatus() !== optimal) return undefined;
    const values = this.model.getSolution().colValue;
    values.forEach((v, i) => {
      const whole = Math.round(v);
      if (Math.abs(v - whole) > 1e-6) return;
      if (whole < this.seenMin[i]!) this.seenMin[i] = whole;
      if (whole > this.seenMax[i]!) this.seenMax[i] = whole;
    });
    return Math.round(this.model.getObjectiveValue());
  }
}

/** The range of each target unknown, or undefined when no values satisfy the system. */
export function solveRanges(system: LinearSystem, targets: number[]): Range[] | undefined {
  const solver = new RangeSolver(system);
  try {
    return solver.feasible ? targets.map((t) => solver.range(t)) : undefined;
  } finally {
    solver.dispose();
  }
}
