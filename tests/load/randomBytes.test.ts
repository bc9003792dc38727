import fc from 'fast-check';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../scripts/load/loadPlan.ts';
import { validatePlan } from '../../scripts/validate/validatePlan.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';

let fixture: FixturePlan;
beforeAll(async () => {
  fixture = await copyFixturePlan('minimal');
});
afterAll(() => fixture.cleanup());

describe('random bytes in a plan file', () => {
  for (const file of ['plan.yaml', 'data/board.yaml', 'content/02-local-context.md']) {
    it(`never crash the engine when written to ${file}: they become problems with the file named`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 300 }).map((s) => new TextEncoder().encode(s))), async (bytes) => {
          await writeFile(path.join(fixture.dir, file), bytes);
          const result = await validatePlan(await loadPlan(fixture.dir));
          if (!result.ok) {
            for (const problem of result.problems) {
              expect(typeof problem.message).toBe('string');
              expect(problem.file.length).toBeGreaterThan(0);
            }
          }
        }),
        { numRuns: 60 },
      );
    });
  }
});
