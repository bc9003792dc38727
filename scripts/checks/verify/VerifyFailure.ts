import path from 'node:path';

/** Which checker found a failure; each is a module in this folder. */
export type Checker = 'accessibility' | 'reflow' | 'requests' | 'html' | 'links' | 'pdf' | 'screenshots' | 'disclosure' | 'build';

/** One thing wrong with a built output, pointing at the file (and line, where a checker knows it). */
export interface VerifyFailure {
  checker: Checker;
  /** Absolute path of the built file. */
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** "dist/site/performance.html:120:5 [html] No p element in scope but a p end tag seen." */
export function formatFailure(failure: VerifyFailure, relativeTo = process.cwd()): string {
  const file = path.relative(relativeTo, failure.file) || failure.file;
  const where = failure.line ? `${file}:${failure.line}${failure.column ? `:${failure.column}` : ''}` : file;
  return `${where} [${failure.checker}] ${failure.message}`;
}

/** Failures in a stable order: by file, then line, then checker. */
export function sortFailures(failures: VerifyFailure[]): VerifyFailure[] {
  return [...failures].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.checker.localeCompare(b.checker) || a.message.localeCompare(b.message),
  );
}
