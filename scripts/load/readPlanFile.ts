import { constants } from 'node:fs';
import { lstat, open, realpath, type FileHandle } from 'node:fs/promises';
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
 * a link (the file's own, or a linked folder above it) that leads outside
 * the plan folder, a file far too large. The size is known before anything
 * is read, and never more than the limit is read, so a huge or endless file
 * (a device, a pipe) costs nothing.
 */
export async function readPlanFile(planDir: string, relativePath: string): Promise<ReadResult> {
  const file = relativePath.split(path.sep).join('/');
  const absolute = path.join(planDir, relativePath);
  const fail = (code: string, message: string, fix: string): ReadResult => ({
    ok: false,
    problem: { severity: 'error', code, file, message, fix },
  });
  try {
    const target = await realpath(absolute);
    if (!isInside(target, await realpath(planDir))) {
      const ownLink = (await lstat(absolute)).isSymbolicLink();
      return fail(
        'link-outside-plan',
        ownLink ? `This file is a link to ${target}, which is outside the plan folder.` : `This file is inside a linked folder: it is really ${target}, which is outside the plan folder.`,
        'Copy the file into the plan folder instead of linking to it.',
      );
    }
    // O_NONBLOCK: opening a named pipe must not wait for a writer that never comes.
    const handle = await open(target, constants.O_RDONLY | constants.O_NONBLOCK);
    let bytes: Buffer;
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) return fail('not-a-file', 'This is not an ordinary file (it is a folder, a device or a pipe), so it cannot be read as part of the plan.', 'Replace it with a text file, or remove it.');
      if (stats.size > maxPlanFileBytes) return fail('file-too-large', tooLargeMessage(stats.size), tooLargeFix);
      const read = await readAtMost(handle, maxPlanFileBytes + 1);
      // The file grew after it was measured.
      if (read.length > maxPlanFileBytes) return fail('file-too-large', tooLargeMessage(read.length), tooLargeFix);
      bytes = read;
    } finally {
      await handle.close();
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

/** True when `target` (a real path) is inside the folder `root` (a real path). */
export function isInside(target: string, root: string): boolean {
  return target.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

const tooLargeFix = 'Check that the right file is here; split very large data into several files.';

function tooLargeMessage(bytes: number): string {
  return `This file is ${(bytes / 1024 / 1024).toFixed(1)} MB; plan files are at most ${maxPlanFileBytes / 1024 / 1024} MB.`;
}

/** Reads up to `limit` bytes, in pieces, so memory follows what the file really holds. */
async function readAtMost(handle: FileHandle, limit: number): Promise<Buffer> {
  const pieces: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const piece = Buffer.allocUnsafe(Math.min(64 * 1024, limit - total));
    const { bytesRead } = await handle.read(piece, 0, piece.length, total);
    if (bytesRead === 0) break;
    pieces.push(piece.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(pieces, total);
}
