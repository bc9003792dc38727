import { describe, expect, it } from 'vitest';
import { checkYoungPersonText } from '../../../scripts/checks/readability/checkYoungPersonText.ts';

const settings = { min_reading_ease: 60, max_sentence_words: 15, strict: false };
const source = (body: string) => ({ file: 'content/young-people/02-promises.md', body, bodyLine: 5 });

describe('young-person text check', () => {
  it('passes plain, short sentences', () => {
    const body = 'We want you to be safe. We will listen to you.\n\nIf you are worried, tell your worker. They will help you get the support you need.\n';
    expect(checkYoungPersonText(source(body), settings, [])).toEqual([]);
  });

  it('warns about a hard passage and long sentences, naming the file and the passage line', () => {
    const body =
      'The partnership will continue to strengthen multi-agency safeguarding arrangements, ensuring that contextual safeguarding principles are embedded consistently across operational practice and strategic governance.\n';
    const problems = checkYoungPersonText(source(body), settings, []);
    expect(problems.map((p) => p.code).sort()).toEqual(['hard-to-read', 'long-sentences']);
    for (const problem of problems) expect(problem).toMatchObject({ severity: 'warning', file: 'content/young-people/02-promises.md', line: 5 });
  });

  it('makes them errors when the plan is strict', () => {
    const body = 'The partnership will continue to strengthen multi-agency safeguarding arrangements across operational practice and governance.\n';
    const problems = checkYoungPersonText(source(body), { ...settings, strict: true }, []);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('flags acronyms and glossary terms used without a plain explanation, once each, at their line', () => {
    const body = 'Your YJS worker will see you.\n\nYou may get a referral order.\n\nThe YJS is here for you.\n';
    const problems = checkYoungPersonText(source(body), settings, ['referral order', 'YJS']).filter((p) => p.code === 'unexplained-term');
    expect(problems.map((p) => [p.found, p.line])).toEqual([
      ['YJS', 5],
      ['referral order', 7],
    ]);
  });

  it('accepts a term explained straight after it', () => {
    const body = 'Your YJS (youth justice service) worker will see you.\n\nYou may get a referral order, which means you meet a panel of local people.\n';
    expect(checkYoungPersonText(source(body), settings, ['referral order']).filter((p) => p.code === 'unexplained-term')).toEqual([]);
  });
});
