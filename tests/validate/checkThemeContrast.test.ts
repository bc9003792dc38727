import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validationProblems } from '../helpers/checkPlan.ts';
import { copyFixturePlan, fixturesDir } from '../helpers/fixturePlan.ts';

const withTheme = async (theme: string) => {
  const fixture = await copyFixturePlan('minimal');
  try {
    await fixture.edit('plan.yaml', (t) => `${t}\ntheme:\n${theme}`);
    return (await validationProblems(fixture.dir)).filter((p) => p.code === 'low-contrast-theme');
  } finally {
    await fixture.cleanup();
  }
};

describe('theme colour contrast, checked at build time', () => {
  it('refuses the broken-contrast fixture\'s pale primary colour, with both ratios and the line', async () => {
    const problems = (await validationProblems(path.join(fixturesDir, 'broken-contrast'))).filter((p) => p.severity === 'error');
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'low-contrast-theme',
        file: 'plan.yaml',
        line: 22,
        field: 'theme.primary',
        message: 'The primary colour #9fc5e8 has a contrast of 1.81:1 against white and 1.62:1 against the light grey (#f3f2f1) of the footer and panels, too low for white header text on it, and links in it (WCAG 2.2 AA).',
        found: '#9fc5e8 (1.62:1)',
      }),
    ]);
  });

  it('refuses a primary colour that passes on white but not on the light grey behind footer links', async () => {
    // #767676 is 4.54:1 on white, the lightest grey that passes there, but about 4.1:1 on #f3f2f1.
    const [problem, ...rest] = await withTheme('  primary: "#767676"\n');
    expect(rest).toEqual([]);
    expect(problem?.message).toMatch(/^The primary colour #767676 has a contrast of 4\.\d\d:1 against the light grey \(#f3f2f1\)/);
    expect(problem?.message).not.toContain('against white');
  });

  it('refuses an accent too pale for borders on white (3:1), and accepts the defaults and a dark brand colour', async () => {
    expect((await withTheme('  accent: "#a8d5ba"\n')).map((p) => p.field)).toEqual(['theme.accent']);
    expect(await withTheme('  primary: "#1d4f91"\n  accent: "#00703c"\n')).toEqual([]);
    expect(await withTheme('  primary: "#5c2d91"\n')).toEqual([]);
  });
});
