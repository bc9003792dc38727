import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir` whose name ends with one of `extensions`, as absolute paths in a stable order. */
export async function builtFiles(dir: string, extensions: string[]): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => extensions.some((extension) => entry.endsWith(extension)))
    .map((entry) => path.join(dir, entry))
    .sort();
}

export { fileExists as exists } from '../../load/fileExists.ts';

/** Runs `work` on every item, at most `concurrency` at a time, keeping the results in order. */
export async function mapConcurrent<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return results;
}
