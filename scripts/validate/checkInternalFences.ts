import MarkdownIt from 'markdown-it';
import type { Problem } from '../errors/Problem.ts';
import { internalLookalikes, isInternalFence } from '../schemas/internalFence.ts';
import { closestMatch } from './closestMatch.ts';

const parser = new MarkdownIt({ html: false });

/**
 * A fence meant for the board but misspelt (```intenal, ```internl) or named
 * another way (```confidential, ```board-only) would be published as a code
 * block for anyone to read. Each is an error at its line.
 */
export function checkInternalFences(source: { file: string; body: string; bodyLine: number }): Problem[] {
  const problems: Problem[] = [];
  for (const token of parser.parse(source.body, {})) {
    if (token.type !== 'fence' || isInternalFence(token.info)) continue;
    const name = token.info.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    if (!name) continue;
    const nearMiss = closestMatch(name, ['internal']) ?? closestMatch(name, internalLookalikes);
    if (!nearMiss) continue;
    problems.push({
      severity: 'error',
      code: 'not-internal-fence',
      file: source.file,
      line: source.bodyLine + (token.map?.[0] ?? 0),
      message: `The block marked ${token.markup}${token.info.trim()} would be published as it is: only a block marked ${token.markup}internal is kept out of public outputs.`,
      expected: `${token.markup}internal (for the board only), or a name that is not close to it for text meant to be published`,
      found: `${token.markup}${token.info.trim()}`,
      fix: `Write ${token.markup}internal to keep this text for the board's internal build, or ${token.markup}text if it is meant to be published.`,
    });
  }
  return problems;
}
