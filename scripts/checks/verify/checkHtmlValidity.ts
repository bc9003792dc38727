import { execFile } from 'node:child_process';
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
 * Checks HTML (and CSS) files with the Nu Html Checker, the W3C's own
 * validator. The Java virtual machine takes a few seconds to start, so all
 * the files of a verify run go to one run of it. Errors fail; warnings and
 * information messages do not (for pages opened from disk, vnu warns that
 * the CSP's 'self' may block the stylesheets; on a web server it does not).
 */
export async function checkHtmlValidity(files: string[]): Promise<VerifyFailure[]> {
  if (files.length === 0) return [];
  const args = ['-jar', vnuJarPath(), '--format', 'json', '--exit-zero-always', '--also-check-css', '--no-langdetect', ...files];
  let stderr: string;
  try {
    stderr = await new Promise<string>((resolve, reject) => {
      execFile(javaCommand(), args, { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, _stdout, errorOutput) => {
        if (error) reject(Object.assign(error, { stderr: errorOutput }));
        else resolve(errorOutput);
      });
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? 'Java is not installed, so the Nu Html Checker cannot run. Install Java 11 or later (on Debian: apt-get install default-jre-headless) or set JAVA_HOME.'
        : `The Nu Html Checker failed to run: ${(error as { stderr?: string }).stderr?.trim() || (error as Error).message}`;
    return [{ checker: 'html', file: files[0]!, message }];
  }
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(stderr) as { messages: VnuMessage[] };
  } catch {
    return [{ checker: 'html', file: files[0]!, message: `The Nu Html Checker's report could not be read: ${stderr.slice(0, 500)}` }];
  }
  const failures: VerifyFailure[] = [];
  for (const message of report.messages) {
    if (message.type === 'info') continue;
    const file = message.url?.startsWith('file:') ? fileURLToPath(message.url) : (message.url ?? files[0]!);
    const extract = message.extract ? ` Found: ${JSON.stringify(message.extract.replace(/\s+/g, ' ').trim())}` : '';
    failures.push({
      checker: 'html',
      file,
      line: message.lastLine ?? message.firstLine,
      column: message.firstColumn ?? message.lastColumn,
      message: `${message.message}${extract}`,
    });
  }
  return failures;
}
