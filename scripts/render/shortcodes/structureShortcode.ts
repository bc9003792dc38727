import type { Staff } from '../../schemas/staff.ts';
import { renderComponent } from '../components/componentEnvironment.ts';
import type { Shortcode } from './ShortcodeContext.ts';

export interface RoleNode {
  role: string;
  count: number;
  team: string | undefined;
  reports: RoleNode[];
}

/** Builds the reporting tree from reports_to, so the structure chart is a nested list a screen reader can follow. */
export function buildRoleTree(structure: Staff['structure']): RoleNode[] {
  const nodes = new Map(structure.map((r) => [r.role, { role: r.role, count: r.count, team: r.team, reports: [] as RoleNode[] }]));
  const roots: RoleNode[] = [];
  for (const r of structure) {
    const node = nodes.get(r.role)!;
    const parent = r.reports_to ? nodes.get(r.reports_to) : undefined;
    if (parent && parent !== node) parent.reports.push(node);
    else roots.push(node);
  }
  return roots;
}

/** {% structure %}: the service's staff structure from data/staff.yaml. */
export const structureShortcode: Shortcode = {
  block: true,
  usage: '{% structure %}',
  render(_args, context) {
    const entry = context.lookup('staff', ['staff']);
    if (entry?.kind !== 'staff') return '';
    const total = entry.figures.structure.reduce((sum, r) => sum + r.count, 0);
    return renderComponent('structure-chart', { roots: buildRoleTree(entry.figures.structure), total });
  },
};
