import { afterEach, describe, expect, it } from 'vitest';
import { checkInternalFences } from '../../scripts/validate/checkInternalFences.ts';
import { validationProblems } from '../helpers/checkPlan.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';

const found = (body: string) => checkInternalFences({ file: 'content/x.md', body, bodyLine: 4 }).map((p) => [p.code, p.line, p.found]);

let fixture: FixturePlan | undefined;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

describe('checkInternalFences', () => {
  it('is an error at its line for a fence name close to "internal", which would be published', () => {
    // Body line 1 is file line 4, so a fence on body line 3 is at line 6.
    expect(found('Text.\n\n```intenal\nBoard only.\n```\n')).toEqual([['not-internal-fence', 6, '```intenal']]);
    expect(found('```internl\nx\n```\n')).toEqual([['not-internal-fence', 4, '```internl']]);
    expect(found('~~~Interal notes\nx\n~~~\n')).toEqual([['not-internal-fence', 4, '~~~Interal notes']]);
  });

  it('is an error for names that mean "not for the public" but are not internal', () => {
    for (const name of ['confidential', 'Board-only', 'private', 'restricted']) expect(found(`\`\`\`${name}\nx\n\`\`\`\n`), name).toEqual([['not-internal-fence', 4, `\`\`\`${name}`]]);
  });

  it('accepts internal in any case, and code that is meant to be published', () => {
    for (const name of ['internal', 'Internal', 'INTERNAL', 'internal notes', 'text', 'yaml', 'json', 'bash', '']) expect(found(`\`\`\`${name}\nx\n\`\`\`\n`), name).toEqual([]);
  });

  it('finds a near miss in a real chapter, at its line in the file', async () => {
    fixture = await copyFixturePlan('minimal');
    await fixture.edit('content/14-service-development.md', (t) => t.replace('```internal', '```intenal'));
    const errors = (await validationProblems(fixture.dir)).filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.file, p.line])).toEqual([['not-internal-fence', 'content/14-service-development.md', 11]]);
  });
});
