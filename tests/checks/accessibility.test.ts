import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInto, type BuiltPlan } from '../helpers/buildFixture.ts';
import { runAxe } from '../helpers/axe.ts';
import { closeSharedBrowser, sharedBrowser } from '../helpers/browser.ts';
import { fixturesDir, repoRoot } from '../helpers/fixturePlan.ts';

const plans: Record<string, string> = { example: repoRoot, minimal: path.join(fixturesDir, 'minimal') };
const built: Record<string, BuiltPlan> = {};

beforeAll(async () => {
  for (const [name, dir] of Object.entries(plans)) built[name] = await buildInto(dir);
});
afterAll(closeSharedBrowser);

describe('axe-core, WCAG 2.2 A and AA, in Chromium', () => {
  for (const name of Object.keys(plans)) {
    it(`finds no violations on any page of the ${name} plan, at 1280px and 320px`, async () => {
      const browser = await sharedBrowser();
      const pages = await built[name]!.pages();
      expect(pages.length).toBeGreaterThan(5);
      const failures: string[] = [];
      for (const page of pages) {
        for (const width of [1280, 320]) {
          const violations = await runAxe(browser, path.join(built[name]!.outputDir, 'site', page), width);
          for (const v of violations) failures.push(`${page} @${width}px: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).join(', ')}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
