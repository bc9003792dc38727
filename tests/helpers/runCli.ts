import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './fixturePlan.ts';

export const cli = path.join(repoRoot, 'scripts/cli/bin.js');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunningCli {
  child: ChildProcess;
  pid: number;
  stdout(): string;
  stderr(): string;
  /** Resolves once stderr (or stdout) matches; rejects if the command ends first, so a test fails rather than hangs. */
  waitFor(pattern: RegExp, stream?: 'stderr' | 'stdout'): Promise<RegExpExecArray>;
  exited: Promise<CliResult>;
}

/** Starts `yjplan ARGS` as a real child process (the CLI a user runs), in `cwd`. CI=true keeps its progress to plain lines. */
export function startCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): RunningCli {
  const child = spawn(process.execPath, [cli, ...args], { cwd: options.cwd ?? repoRoot, env: { ...process.env, CI: 'true', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '' };
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (d: Buffer) => {
    out.stdout += d.toString();
    for (const l of listeners) l();
  });
  child.stderr!.on('data', (d: Buffer) => {
    out.stderr += d.toString();
    for (const l of listeners) l();
  });
  const exited = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, ...out })));
  return {
    child,
    pid: child.pid!,
    stdout: () => out.stdout,
    stderr: () => out.stderr,
    waitFor(pattern, stream = 'stderr') {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(out[stream]);
          if (match) {
            listeners.delete(check);
            resolve(match);
          }
        };
        listeners.add(check);
        check();
        void exited.then((result) => {
          if (!pattern.exec(out[stream])) reject(new Error(`yjplan ${args.join(' ')} ended (code ${result.code}, signal ${result.signal}) before printing ${pattern}:\n${result.stdout}\n${result.stderr}`));
        });
      });
    },
    exited,
  };
}

/** Runs `yjplan ARGS` to the end. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return startCli(args, options).exited;
}
