import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { namePattern, plansIn } from '../../../scripts/checks/verify/buildAndVerify.ts';
import { fixturesDir } from '../../helpers/fixturePlan.ts';

describe('choosing the plans to verify', () => {
  it('matches folder names with * and ? only, the rest literally', () => {
    expect(namePattern('broken-*').test('broken-anchor')).toBe(true);
    expect(namePattern('broken-*').test('not-broken-anchor')).toBe(false);
    expect(namePattern('plan-?').test('plan-1')).toBe(true);
    expect(namePattern('a.b').test('axb')).toBe(false);
  });

  it('takes every fixture plan except the broken ones, as npm run verify does, each into OUT/NAME', async () => {
    const plans = await plansIn(fixturesDir, 'out', ['broken-*']);
    const names = plans.map((p) => p.name);
    expect(names).toContain('minimal');
    expect(names.filter((n) => n.startsWith('broken-'))).toEqual([]);
    expect(plans.find((p) => p.name === 'minimal')).toEqual({ name: 'minimal', planDir: path.join(fixturesDir, 'minimal'), outputDir: path.join('out', 'minimal') });
    const all = (await plansIn(fixturesDir, 'out')).map((p) => p.name);
    expect(all).toEqual(expect.arrayContaining(['broken-alt-text', 'broken-anchor', 'broken-contrast', 'broken-nesting', 'minimal']));
  });
});
