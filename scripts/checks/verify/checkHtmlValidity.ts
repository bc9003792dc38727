import { execFile } from 'node:child_process';
import { undoOnStop } from '../../write/output/stopCleanup.ts';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VerifyFailure } from './VerifyFailure.ts';

const require = createRequire(import.meta.url);

/** Where vnu-jar keeps the Nu Html Checker: the package's main export is the jar's path. */
export function vnuJarPath(): string {
  return String(require('vnu-jar'));
}

function javaCommand(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/**
 * CSS newer than the validator's CSS grammar (it is the W3C CSS validator's, which lags
 * browsers): container queries, in every browser since 2023. Only these messages are let pass.
 */
const newerCss = [/^CSS: “container-type”: Property “container-type” doesn't exist\./, /^CSS: “[a-z-]+”: Unknown dimension\.$/];
const newerCssValue = /\b\d*\.?\d+cq(?:i|b|w|h|min|max)\b/;

function isNewerCss(message: VnuMessage): boolean {
  if (!message.message.startsWith('CSS: ')) return false;
  if (newerCss[0]!.test(message.message)) return true;
  return newerCss[1]!.test(message.message) && newerCssValue.test(message.extract ?? '');
}

/** Java is only needed for this checker; without it verify runs the others and says this one did not run. */
export class JavaMissing {
  readonly reason = 'Java is not installed, so the Nu Html Checker (the html checker) did not run. Install Java 11 or later (Windows and macOS: from adoptium.net; Debian: apt-get install default-jre-headless) or set JAVA_HOME.';
}

/** Runs vnu.jar once over `files` and returns its messages, or the reason it could not run. */
async function runVnu(files: string[], mode: string[]): Promise<VnuMessage[] | string | JavaMissing> {
  const args = ['-jar', vnuJarPath(), '--format', 'json', '--exit-zero-always', '--no-langdetect', ...mode, ...files];
  let stderr: string;
  try {
    stderr = await new Promise<string>((resolve, reject) => {
      const java = execFile(javaCommand(), args, { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, _stdout, errorOutput) => {
        forget();
        if (error) reject(Object.assign(error, { stderr: errorOutput }));
        else resolve(errorOutput);
      });
      // Java must not run on after verify is stopped (Ctrl+C, SIGTERM).
      const forget = undoOnStop(() => java.kill('SIGKILL'));
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new JavaMissing();
    return `The Nu Html Checker failed to run: ${(error as { stderr?: string }).stderr?.trim() || (error as Error).message}`;
  }
  try {
    return (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
  } catch {
    return `The Nu Html Checker's report could not be read: ${stderr.slice(0, 500)}`;
  }
}

/**
 * Checks HTML and CSS files with the Nu Html Checker, the W3C's own
 * validator. The Java virtual machine takes a few seconds to start, so all
 * the pages of a verify run go to one run of it (and the stylesheets to one
 * more, beside it: vnu's --also-check-css shifts HTML line numbers by one).
 * Errors fail; warnings and information messages do not (for pages opened
 * from disk, vnu warns that the CSP's 'self' may block the stylesheets; on
 * a web server it does not).
 *
 * Without Java the checker is skipped, not failed, so a service manager
 * without Java still gets every other check; `skipped` says so. In CI
 * (CI=true) a missing Java is a failure, so a pipeline cannot pass unchecked.
 */
export async function checkHtmlValidity(files: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ failures: VerifyFailure[]; skipped?: string }> {
  const html = files.filter((f) => !f.endsWith('.css'));
  const css = files.filter((f) => f.endsWith('.css'));
  const runs = await Promise.all([
    html.length ? runVnu(html, []).then((result) => ({ result, first: html[0]! })) : undefined,
    css.length ? runVnu(css, ['--css']).then((result) => ({ result, first: css[0]! })) : undefined,
  ]);
  const failures: VerifyFailure[] = [];
  let skipped: string | undefined;
  for (const run of runs) {
    if (!run) continue;
    if (run.result instanceof JavaMissing) {
      const reason = run.result.reason;
      if (!env.CI) skipped = reason;
      else if (!failures.some((f) => f.message === reason)) failures.push({ checker: 'html', file: run.first, message: reason });
      continue;
    }
    if (typeof run.result === 'string') {
      if (!failures.some((f) => f.message === run.result)) failures.push({ checker: 'html', file: run.first, message: run.result });
      continue;
    }
    for (const message of run.result) {
      if (message.type === 'info' || isNewerCss(message)) continue;
      const file = message.url?.startsWith('file:') ? fileURLToPath(message.url) : (message.url ?? run.first);
      const extract = message.extract ? ` Found: ${JSON.stringify(message.extract.replace(/\s+/g, ' ').trim())}` : '';
      failures.push({
        checker: 'html',
        file,
        line: message.lastLine ?? message.firstLine,
        column: message.firstColumn ?? message.lastColumn,
        message: `${message.message}${extract}`,
      });
    }
  }
  return { failures, skipped };
}
