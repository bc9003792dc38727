import MarkdownIt from 'markdown-it';
import type { Problem } from '../../errors/Problem.ts';
import type { MarkdownSource } from '../../load/loadPlan.ts';
import { scoreReadability } from './fleschReadingEase.ts';

export interface ReadabilitySettings {
  min_reading_ease: number;
  max_sentence_words: number;
  strict: boolean;
}

export interface Passage {
  text: string;
  /** 1-based line in the file. */
  line: number;
}

const parser = new MarkdownIt({ html: false });

/** The paragraphs and list items of a Markdown body, as plain text with their lines. */
export function extractPassages(source: Pick<MarkdownSource, 'body' | 'bodyLine'>): Passage[] {
  const passages: Passage[] = [];
  const tokens = parser.parse(source.body, {});
  tokens.forEach((token, index) => {
    if (token.type !== 'inline' || tokens[index - 1]?.type === 'heading_open') return;
    const text = (token.children ?? []).filter((c) => c.type === 'text' || c.type === 'code_inline').map((c) => c.content).join('');
    if (text.trim()) passages.push({ text: /[.!?]$/.test(text.trim()) ? text : `${text.trim()}.`, line: source.bodyLine + (token.map?.[0] ?? 0) });
  });
  return passages;
}

/** A short run of capitals (YJS, CAMHS) or a glossary term, unless followed by an explanation in brackets or "means". */
function findUnexplainedTerms(text: string, glossaryTerms: string[]): string[] {
  const found = new Set<string>();
  const explainedAfter = (index: number) => /^\s*(\(|,? which means|,? meaning| means| is | are |—|–| - )/i.test(text.slice(index));
  for (const match of text.matchAll(/\b[A-Z]{2,}s?\b/g)) {
    if (!explainedAfter((match.index ?? 0) + match[0].length)) found.add(match[0]);
  }
  for (const term of glossaryTerms) {
    if (/^[A-Z]{2,}s?$/.test(term)) continue;
    const match = new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').exec(text);
    if (match && !explainedAfter(match.index + match[0].length)) found.add(match[0]);
  }
  return [...found];
}

/**
 * Checks each passage of young-person text: Flesch reading ease and average
 * sentence length against the plan's thresholds, and jargon left unexplained.
 * Short passages (under 20 words) are scored with their neighbours, since a
 * formula on one short sentence says little.
 */
export function checkYoungPersonText(source: Pick<MarkdownSource, 'file' | 'body' | 'bodyLine'>, settings: ReadabilitySettings, glossaryTerms: string[]): Problem[] {
  const severity = settings.strict ? 'error' : 'warning';
  const problems: Problem[] = [];
  const passages = extractPassages(source);
  let group: Passage[] = [];
  const flush = () => {
    if (!group.length) return;
    const text = group.map((p) => p.text).join(' ');
    const score = scoreReadability(text);
    const line = group[0]!.line;
    if (score.readingEase < settings.min_reading_ease) {
      problems.push({
        severity,
        code: 'hard-to-read',
        file: source.file,
        line,
        message: `This passage is harder to read than the plan allows (Flesch reading ease ${score.readingEase}; at least ${settings.min_reading_ease} is needed).`,
        expected: `reading ease ${settings.min_reading_ease} or more`,
        found: String(score.readingEase),
        fix: 'Use shorter sentences and shorter, everyday words.',
      });
    }
    if (score.averageSentenceLength > settings.max_sentence_words) {
      problems.push({
        severity,
        code: 'long-sentences',
        file: source.file,
        line,
        message: `Sentences here average ${score.averageSentenceLength} words; the plan allows ${settings.max_sentence_words}.`,
        expected: `${settings.max_sentence_words} words or fewer on average`,
        found: `${score.averageSentenceLength} words`,
        fix: 'Split long sentences in two.',
      });
    }
    group = [];
  };
  for (const passage of passages) {
    group.push(passage);
    if (group.reduce((n, p) => n + p.text.split(/\s+/).length, 0) >= 20) flush();
  }
  flush();

  const reported = new Set<string>();
  for (const passage of passages) {
    for (const term of findUnexplainedTerms(passage.text, glossaryTerms)) {
      if (reported.has(term.toLowerCase())) continue;
      reported.add(term.toLowerCase());
      problems.push({
        severity,
        code: 'unexplained-term',
        file: source.file,
        line: passage.line,
        message: `"${term}" may not be understood by a young reader.`,
        found: term,
        fix: `Use an everyday word instead, or explain it straight after, e.g. "${term} (which means …)".`,
      });
    }
  }
  return problems;
}
