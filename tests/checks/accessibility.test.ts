import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from '../../scripts/checks/verify/checkAccessibility.ts';
import { formatFailure } from '../../scripts/checks/verify/VerifyFailure.ts';
import { buildInto, type BuiltPlan } from '../helpers/buildFixture.ts';
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
    it(`finds no violations on any page of the ${name} plan, at 1280px and 320px, nor sideways scrolling or requests to other hosts`, async () => {
      const pages = await built[name]!.pages();
      expect(pages.length).toBeGreaterThan(5);
      const failures = await checkAccessibility(await sharedBrowser(), pages.map((page) => path.join(built[name]!.siteDir, page)));
      expect(failures.map((f) => formatFailure(f, built[name]!.outputDir))).toEqual([]);
    });
  }
});
