import { readFileSync, readdirSync } from 'node:fs';

interface ProcessInfo {
  pid: number;
  ppid: number;
  state: string;
  command: string;
}

function readProcess(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const [state, ppid] = stat.slice(close + 2).split(' ');
    return { pid, ppid: Number(ppid), state: state!, command: stat.slice(stat.indexOf('(') + 1, close) };
  } catch {
    return undefined;
  }
}

/** Every process now descended from `pid` (Linux /proc), children first. */
export function descendants(pid: number): ProcessInfo[] {
  const all = readdirSync('/proc').filter((n) => /^\d+$/.test(n)).map((n) => readProcess(Number(n))).filter((p): p is ProcessInfo => p !== undefined);
  const found: ProcessInfo[] = [];
  const parents = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (parents.has(p.ppid) && !parents.has(p.pid)) {
        parents.add(p.pid);
        found.push(p);
        grew = true;
      }
    }
  }
  return found;
}

/** True while `pid` is a running process (a zombie, dead but not yet reaped by its parent, does not count). */
export function isRunning(pid: number): boolean {
  const p = readProcess(pid);
  return p !== undefined && p.state !== 'Z';
}

/** Polls until none of `pids` is running; the test's hang guard is the only limit. */
export async function untilAllEnded(pids: number[]): Promise<void> {
  while (pids.some(isRunning)) await new Promise((resolve) => setTimeout(resolve, 50));
}
