import { describe, expect, it } from 'vitest';
import { scoreReadability, splitSentences } from '../../../scripts/checks/readability/fleschReadingEase.ts';

// Scores worked by hand from the formula:
// 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words)
describe('Flesch reading ease', () => {
  it('scores a sentence of one-syllable words: 6 words, 1 sentence, 6 syllables => 116.1', () => {
    expect(scoreReadability('The cat sat on the mat.')).toEqual({ sentences: 1, words: 6, syllables: 6, readingEase: 116.1, averageSentenceLength: 6 });
  });

  it('scores two short sentences: 9 words, 2 sentences, 9 syllables => 117.7', () => {
    expect(scoreReadability('We will help you. You can talk to us.')).toMatchObject({ sentences: 2, words: 9, syllables: 9, readingEase: 117.7, averageSentenceLength: 4.5 });
  });

  it('scores official language far lower: 5 words, 14 syllables => −35.1', () => {
    // part-ner-ship (3), com-mis-sioned (3), spe-cial-ist (3), in-ter-ven-tions (4), the (1)
    expect(scoreReadability('The partnership commissioned specialist interventions.')).toMatchObject({ words: 5, syllables: 14, readingEase: -35.1 });
  });

  it('scores a plain passage for young people above 60 and a policy passage below it', () => {
    const plain = 'We want you to be safe. We will listen to you. If you are worried, tell your worker. They will help you get the support you need.';
    const policy =
      'The partnership will continue to strengthen multi-agency safeguarding arrangements, ensuring that contextual safeguarding principles are embedded consistently across operational practice.';
    expect(scoreReadability(plain).readingEase).toBeGreaterThan(80);
    expect(scoreReadability(policy).readingEase).toBeLessThan(10);
  });

  it('keeps abbreviations such as "e.g." inside their sentence', () => {
    expect(splitSentences('Bring something, e.g. a photo. Then we talk.')).toEqual(['Bring something, e.g a photo.', 'Then we talk.']);
  });
});
