import highsModule from 'highs';
const loadHighs = (typeof highsModule === 'function' ? highsModule : (highsModule as any).default);
const highs = await loadHighs();
import { auditTable } from './scripts/disclosure/auditTable.ts';
import { computeBreakdown } from './scripts/compute/computeBreakdown.ts';
import { publishedBreakdown } from './tests/helpers/publishedTable.ts';
const m = [[0,1,1],[0,1,25],[0,1,4]];
const f = computeBreakdown({ title: 'T', category_label: 'C', columns: m[0]!.map((_, j) => `c${j}`), rows: m.map((cells, i) => ({ label: `r${i}`, counts: cells })) }, { threshold: 4, symbol: '<5' }, 'f');
const p = publishedBreakdown(f, 4);
console.log(JSON.stringify(p.lines));
// build LP text
const b = p.slots.map((s, i) => s.kind === 'shown' ? `x${i} = ${s.value}` : s.kind === 'small' ? `1 <= x${i} <= 4` : s.kind === 'confidential' ? `x${i} >= 5` : `x${i} >= 0`);
const rows = p.lines.map((l, k) => `l${k}: ${l.slice(0, -1).map((s) => `x${s}`).join(' + ')} - x${l[l.length - 1]} = 0`);
for (const target of [0, 1, 5]) {
const lp = `Minimize\n obj: x${target}\nSubject To\n ${rows.join('\n ')}\nBounds\n ${b.join('\n ')}\nEnd`;
const r = highs.solve(lp, { output_flag: false });
console.log(target, r.Status, r.ObjectiveValue);
}
