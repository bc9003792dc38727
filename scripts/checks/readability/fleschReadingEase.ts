import { countSyllables } from './countSyllables.ts';

export interface ReadabilityScore {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. Higher is easier; 60–70 is plain English. */
  readingEase: number;
  averageSentenceLength: number;
}

/** Splits text into sentences at . ! ? followed by a space or the end, keeping "e.g." and "Dr." together. */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\b(e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|St|No)\./g, '$1')
    .split(/(?<=[.!?])["')\]]*\s+|\n{2,}/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z0-9]/.test(s));
}

export function splitWords(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];
}

export function scoreReadability(text: string): ReadabilityScore {
  const sentences = splitSentences(text);
  const words = splitWords(text);
  const syllables = words.reduce((sum, word) => sum + (/^\d/.test(word) ? 1 : countSyllables(word)), 0);
  const sentenceCount = Math.max(1, sentences.length);
  const wordCount = Math.max(1, words.length);
  const readingEase = 206.835 - 1.015 * (wordCount / sentenceCount) - 84.6 * (syllables / wordCount);
  return {
    sentences: sentences.length,
    words: words.length,
    syllables,
    readingEase: Math.round(readingEase * 10) / 10,
    averageSentenceLength: Math.round((wordCount / sentenceCount) * 10) / 10,
  };
}
