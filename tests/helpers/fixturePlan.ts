import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = path.join(repoRoot, 'tests/fixtures/plans');

/** A throwaway copy of a fixture plan that a test may break in one place. */
export interface FixturePlan {
  dir: string;
  write(file: string, text: string | Uint8Array): Promise<void>;
  edit(file: string, change: (text: string) => string): Promise<void>;
  remove(file: string): Promise<void>;
  cleanup(): Promise<void>;
}

export async function copyFixturePlan(name: string): Promise<FixturePlan> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `yjplan-${name}-`));
  const source = name === 'example' ? repoRoot : path.join(fixturesDir, name);
  for (const part of ['plan.yaml', 'content', 'data', 'assets']) {
    await cp(path.join(source, part), path.join(dir, part), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  return {
    dir,
    async write(file, text) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text);
    },
    async edit(file, change) {
      const text = await readFile(path.join(dir, file), 'utf8');
      const changed = change(text);
      if (changed === text) throw new Error(`The edit to ${file} changed nothing: the test no longer breaks what it means to.`);
      await writeFile(path.join(dir, file), changed);
    },
    async remove(file) {
      await rm(path.join(dir, file), { recursive: true });
    },
    async cleanup() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}
