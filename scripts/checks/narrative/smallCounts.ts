/**
 * Finds small counts of people in a piece of prose: a number from 1 to the
 * threshold (in digits or words) beside a word for people, as in "3 young
 * people", "(3 re-offenders)", "the remaining 3 young people", "girls: 2",
 * "2 of the 5", "two out of three" or "3 were remanded".
 *
 * Words come from Intl.Segmenter (Unicode word boundaries, built into Node),
 * not from regular expressions: it keeps "1.5", "3,000" and "children's"
 * whole and splits "2021/22" and "£3" where a reader would. Hyphenated words
 * ("re-offenders", "looked-after") are joined back together.
 */

const numberWords: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Words for people, singular and plural; a number beside one of these counts people. Two-word ones are matched as pairs. */
const peopleWords = new Set([
  'child', 'children', 'kid', 'kids', 'person', 'people', 'persons', 'individual', 'individuals',
  'boy', 'boys', 'girl', 'girls', 'man', 'men', 'woman', 'women', 'teenager', 'teenagers', 'youngster', 'youngsters', 'adolescent', 'adolescents',
  'offender', 'offenders', 'reoffender', 'reoffenders', 're-offender', 're-offenders', 'entrant', 'entrants', 'first-time', 'defendant', 'defendants',
  'suspect', 'suspects', 'detainee', 'detainees', 'prisoner', 'prisoners', 'victim', 'victims', 'survivor', 'survivors',
  'pupil', 'pupils', 'learner', 'learners', 'student', 'students', 'leaver', 'leavers', 'care-leaver', 'care-leavers',
  'families', 'parent', 'parents', 'carer', 'carers', 'sibling', 'siblings', 'mother', 'mothers', 'father', 'fathers',
  'case', 'cases', 'young',
]);
/** "young" counts only in "young people", "young person", "young men" and the like. */
const youngFollowers = new Set(['people', 'person', 'persons', 'men', 'man', 'women', 'woman', 'adult', 'adults', 'offender', 'offenders', 'carer', 'carers', "people's", 'person’s']);

/** After a number, these make it a share of a group, or a verb whose subject is people: "3 were remanded", "2 of them". */
const countVerbs = new Set(['were', 'was', 'are', 'had', 'have', 'has']);
const groupPronouns = new Set(['them', 'whom', 'these', 'those']);

/** Before a number, these make it a label or a measure, not a count: "Year 3 pupils", "aged 4", "section 2", "priority 3". */
const labelWords = new Set([
  'year', 'stage', 'level', 'tier', 'phase', 'step', 'priority', 'priorities', 'page', 'pages', 'chapter', 'section', 'appendix', 'table', 'figure',
  'kpi', 'action', 'actions', 'standard', 'standards', 'aged', 'age', 'ages', 'grade', 'band', 'room', 'floor', 'number', 'no', 'version', 'week', 'day',
  'month', 'quarter', 'part', 'item', 'point', 'option', 'recommendation', 'rule', 'article', 'schedule', 'outcome', 'key', 'every', 'each', 'ref', 'round', 'wave', 'cohort',
]);
/** After a number, these make it a measure, not a count of people. */
const unitWords = new Set(['years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes', 'times', 'am', 'pm', 'percent', 'per', 'miles', 'km', 'million', 'billion', 'thousand', 'point', 'points', 'star', 'stars', 'o’clock', "o'clock"]);
/** "Year 3", "day 2" are labels; "last year 3 children", "each week 2 children" are times, and the number after them may be a count. */
const timeWords = new Set(['year', 'week', 'day', 'month', 'quarter']);
const timeQualifiers = new Set(['last', 'this', 'next', 'that', 'each', 'every', 'per', 'a', 'the', 'same', 'one', 'previous', 'past', 'current', 'financial', 'calendar', 'school']);
const months = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

export interface SmallCount {
  /** Offset of the match in the text. */
  start: number;
  end: number;
  /** The words as written, e.g. "3 young people". */
  found: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** The text's words, with hyphen- and dash-joined words ("re-offenders", "10–17") made one. */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let joinNext = false;
  for (const { segment, index, isWordLike } of segmenter.segment(text)) {
    const previous = words.at(-1);
    if (isWordLike) {
      if (joinNext && previous && previous.end === index - 1) {
        previous.text = text.slice(previous.start, index + segment.length);
        previous.end = index + segment.length;
        previous.lower = previous.text.toLowerCase();
      } else {
        words.push({ text: segment, lower: segment.toLowerCase(), start: index, end: index + segment.length });
      }
      joinNext = false;
    } else {
      joinNext = /^[-‐–]$/.test(segment) && previous !== undefined && previous.end === index;
    }
  }
  return words;
}

/** The value of a word that is a whole number ("3", "three"); undefined for anything else ("1.5", "3rd", "2021/22"). */
function valueOf(word: Word): number | undefined {
  if (/^\d+$/.test(word.text)) return Number(word.text);
  // "3-4 children": a range of small numbers counts as its upper end.
  const range = /^(\d+)[-‐–](\d+)$/.exec(word.text);
  if (range) return Number(range[1]) <= Number(range[2]) ? Number(range[2]) : undefined;
  return numberWords[word.lower];
}

/** Roughly, a plural noun: ends in s, but not as "these", "its", "previous" or "class" do. */
function isPluralNoun(word: Word): boolean {
  return /[^su']s$/.test(word.lower) && word.lower.length > 3 && !['these', 'those', 'this', 'hers', 'ours', 'theirs', 'yours'].includes(word.lower);
}

/** A word that makes the number after it a label ("Year 3", "section 2"), unless it is a time ("last year 3 children"). */
function isLabel(words: Word[], i: number): boolean {
  const word = words[i]!;
  if (months.has(word.lower)) return false;
  if (!labelWords.has(word.lower)) return false;
  return !(timeWords.has(word.lower) && timeQualifiers.has(words[i - 1]?.lower ?? ''));
}

function isPeopleWord(words: Word[], i: number): boolean {
  const word = words[i];
  if (!word) return false;
  const bare = word.lower.replace(/[’']s$/, '');
  if (bare === 'young') return youngFollowers.has(words[i + 1]?.lower ?? '');
  return peopleWords.has(bare) || peopleWords.has(bare.replace(/^(?:looked-after|care)-/, ''));
}

/** Every small count of people in the text, each once, in order. */
export function findSmallCounts(text: string, threshold: number): SmallCount[] {
  if (threshold <= 0) return [];
  const words = wordsOf(text);
  const counts: SmallCount[] = [];
  const take = (from: number, to: number) => {
    const start = words[from]!.start;
    if (counts.some((c) => c.start <= start && start < c.end)) return;
    // "boys (1)": keep the closing bracket with the opening one.
    const end = words[to]!.end + (text.slice(start, words[to]!.end).includes('(') && text[words[to]!.end] === ')' ? 1 : 0);
    counts.push({ start, end, found: text.slice(start, end) });
  };
  words.forEach((word, i) => {
    const value = valueOf(word);
    if (value === undefined || value < 1 || value > threshold) return;
    const before = words[i - 1];
    const after = words[i + 1];
    const gapBefore = before ? text.slice(before.end, word.start) : '';
    const gapAfter = after ? text.slice(word.end, after.start) : '';
    // Money, a percentage, a decimal or a date is not a count of people.
    if (/£\s*$/.test(text.slice(0, word.start)) || /^\s*%/.test(text.slice(word.end))) return;
    if (before && /^\s*$/.test(gapBefore) && isLabel(words, i - 1)) return;
    if (word.lower === 'one' && ['no', 'any', 'some', 'every', 'each', 'anyone'].includes(before?.lower ?? '')) return;
    // "2 April", "April 2, 2026": a day of the month. (UK dates put the day first; "April 2 children" is a count.)
    if (after && /^\s*$/.test(gapAfter) && (unitWords.has(after.lower) || months.has(after.lower))) return;
    if (before && months.has(before.lower) && /^\s*$/.test(gapBefore) && /^,?\s*\d{4}\b/.test(text.slice(word.end))) return;
    // "girls: 2", "boys (1)": a people word just before, joined by punctuation.
    if (before && isPeopleWord(words, i - 1) && /^\s*[:(=]\s*$/.test(gapBefore)) return take(i - 1, i);
    // "2 of the 5", "two out of three": a share of a group is a count, whatever the group.
    const of = after?.lower === 'of' ? i + 2 : after?.lower === 'out' && words[i + 2]?.lower === 'of' ? i + 3 : undefined;
    if (of !== undefined) {
      const next = ['the', 'these', 'those', 'our', 'their'].includes(words[of]?.lower ?? '') ? of + 1 : of;
      // "2 of the 3 targets" counts targets; "2 of the 5 girls" and "two out of three were" count people.
      const group = words[next + 1];
      const countsThings = group !== undefined && /^\s+$/.test(text.slice(words[next]?.end ?? 0, group.start)) && isPluralNoun(group) && !isPeopleWord(words, next + 1);
      if (words[next] && valueOf(words[next]!) !== undefined && !countsThings) return take(i, next);
      if (groupPronouns.has(words[of]?.lower ?? '')) return take(i, of);
    }
    if (after && /^\s*$/.test(gapAfter) && countVerbs.has(after.lower)) return take(i, i + 1);
    // "3 young people", "one of the children", "(3 re-offenders)": a people word up to two words on, with no number between.
    for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
      if (valueOf(words[j]!) !== undefined || /[.;:!?]/.test(text.slice(words[j - 1]!.end, words[j]!.start))) break;
      if (isPeopleWord(words, j)) return take(i, words[j]!.lower === 'young' ? j + 1 : j);
      // A plural noun between is what the number counts: "two secure establishments children are placed in".
      if (isPluralNoun(words[j]!)) break;
    }
    // "girls 2", "boys 1": a people word just before.
    if (before && isPeopleWord(words, i - 1) && /^\s*$/.test(gapBefore)) return take(i - 1, i);
  });
  return counts;
}

/** True when a table cell's column heading makes its numbers labels, e.g. "Priority", "Year", "Ref". */
export function isLabelHeading(heading: string): boolean {
  const first = heading.trim().toLowerCase().split(/\s+/)[0] ?? '';
  return labelWords.has(first) || first === 'years';
}

/** True when a heading names people as what is counted: "Children by outcome", "Number of young people", "Girls". */
export function headingNamesPeople(heading: string): boolean {
  const words = wordsOf(heading.replace(/^\s*(?:the\s+)?(?:number|count|total)\s+of\s+/i, ''));
  return words.length > 0 && isPeopleWord(words, 0);
}
