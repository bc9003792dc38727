import highsModule from 'highs';
const loadHighs = (typeof highsModule === 'function' ? highsModule : (highsModule as any).default);
const highs = await loadHighs();
import { computeBreakdown } from './scripts/compute/computeBreakdown.ts';
import { publishedBreakdown } from './tests/helpers/publishedTable.ts';
const m = [[0,1,1],[0,1,25],[0,1,4]];
const f = computeBreakdown({ title: 'T', category_label: 'C', columns: m[0]!.map((_, j) => `c${j}`), rows: m.map((cells, i) => ({ label: `r${i}`, counts: cells })) }, { threshold: 4, symbol: '<5' }, 'f');
const p = publishedBreakdown(f, 4);
const lower = p.slots.map((s) => s.kind === 'shown' ? s.value : s.kind === 'small' ? 1 : s.kind === 'confidential' ? 5 : 0);
const upper = p.slots.map((s) => s.kind === 'shown' ? s.value : s.kind === 'small' ? 4 : highs.infinity);
const starts = [0]; const indices: number[] = []; const values: number[] = [];
for (const l of p.lines) { for (const s of l.slice(0, -1)) { indices.push(s); values.push(1); } indices.push(l[l.length - 1]!); values.push(-1); starts.push(indices.length); }
const n = lower.length;
const model = highs.createModel({ numCols: n, numRows: p.lines.length, colCost: new Array(n).fill(0), colLower: lower, colUpper: upper, rowLower: p.lines.map(() => 0), rowUpper: p.lines.map(() => 0), matrix: { format: 'csr', numRows: p.lines.length, numCols: n, starts, indices, values } });
model.options.set({ output_flag: false });
for (const t of [0, 1, 5]) {
  for (let q = 0; q < n; q++) model.changeColCost(q, q === t ? 1 : 0);
  model.changeObjectiveSense(highs.constants.objectiveSense.minimize); const st = model.run();
  console.log(t, 'min', model.getModelStatus(), model.getObjectiveValue(), st);
}
model.options.set({ presolve: 'off' });
for (const t of [0, 1, 5]) {
  for (let q = 0; q < n; q++) model.changeColCost(q, q === t ? 1 : 0);
  model.changeObjectiveSense(highs.constants.objectiveSense.minimize); model.run();
  console.log(t, 'min nopresolve', model.getModelStatus(), model.getObjectiveValue());
}
console.log('---seq');
model.options.set({ presolve: 'choose' });
for (const t of [0, 1, 2, 3, 5, 6]) {
  for (let q = 0; q < n; q++) model.changeColCost(q, q === t ? 1 : 0);
  model.changeObjectiveSense(highs.constants.objectiveSense.minimize); model.run();
  const a = [model.getModelStatus(), model.getObjectiveValue()];
  model.changeObjectiveSense(highs.constants.objectiveSense.maximize); model.run();
  console.log(t, a, model.getModelStatus(), model.getObjectiveValue());
}
