import { lstat, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../errors/Problem.ts';

/** Larger than any real plan file; a bigger one is almost certainly a mistake (an export pasted in, a binary). */
export const maxPlanFileBytes = 2 * 1024 * 1024;

export interface SourceFile {
  /** Path relative to the plan folder, with forward slashes. */
  file: string;
  /** The text with any byte order mark removed and line endings made \n. */
  text: string;
}

export type ReadResult = { ok: true; source: SourceFile } | { ok: false; problem: Problem };

/**
 * Reads one file of a plan as text. Everything an editor on Windows or a
 * copy from a web page can do to a file is handled here, so later stages
 * see clean text: a byte order mark, CRLF endings, bytes that are not UTF-8,
 * a link that points outside the plan folder, a file far too large.
 */
export async function readPlanFile(planDir: string, relativePath: string): Promise<ReadResult> {
  const file = relativePath.split(path.sep).join('/');
  const absolute = path.join(planDir, relativePath);
  const fail = (code: string, message: string, fix: string): ReadResult => ({
    ok: false,
    problem: { severity: 'error', code, file, message, fix },
  });
  try {
    const stats = await lstat(absolute);
    if (stats.isSymbolicLink()) {
      const target = await realpath(absolute);
      const root = await realpath(planDir);
      if (!target.startsWith(root + path.sep)) {
        return fail('link-outside-plan', `This file is a link to ${target}, which is outside the plan folder.`, 'Copy the file into the plan folder instead of linking to it.');
      }
    }
    const bytes = await readFile(absolute);
    if (bytes.length > maxPlanFileBytes) {
      return fail('file-too-large', `This file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; plan files are at most ${maxPlanFileBytes / 1024 / 1024} MB.`, 'Check that the right file is here; split very large data into several files.');
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail('not-utf8', 'This file is not saved as UTF-8 text, so some characters cannot be read.', 'Open it in your editor and save it with the encoding "UTF-8".');
    }
    return { ok: true, source: { file, text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('missing-file', 'This file does not exist.', `Create ${file}.`);
    return fail('unreadable-file', `This file could not be read (${code ?? String(error)}).`, 'Check the file is not open elsewhere and that you can read it.');
  }
}
