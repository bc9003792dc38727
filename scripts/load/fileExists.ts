import { stat } from 'node:fs/promises';

/** True when something is at this path (a file, folder or the target of a link). */
export async function fileExists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
