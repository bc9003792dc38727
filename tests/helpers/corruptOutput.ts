import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * A copy of a built output folder that a test breaks after the build, to
 * show a checker catches a defect the engine itself never writes.
 */
export interface CorruptedOutput {
  dir: string;
  file(relative: string): string;
  read(relative: string): Promise<string>;
  edit(relative: string, change: (text: string) => string): Promise<void>;
  write(relative: string, text: string): Promise<void>;
  cleanup(): Promise<void>;
}

export async function copyOutput(outputDir: string): Promise<CorruptedOutput> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'yjplan-corrupted-'));
  await cp(outputDir, dir, { recursive: true });
  return {
    dir,
    file: (relative) => path.join(dir, relative),
    read: (relative) => readFile(path.join(dir, relative), 'utf8'),
    async edit(relative, change) {
      const file = path.join(dir, relative);
      const text = await readFile(file, 'utf8');
      const changed = change(text);
      if (changed === text) throw new Error(`The edit to ${relative} changed nothing: the test no longer breaks what it means to.`);
      await writeFile(file, changed);
    },
    write: (relative, text) => writeFile(path.join(dir, relative), text),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The 1-based line of the first occurrence of `text` in a file's contents. */
export function lineOf(contents: string, text: string): number {
  const at = contents.indexOf(text);
  if (at === -1) throw new Error(`"${text}" is not in the file.`);
  return contents.slice(0, at).split('\n').length;
}
