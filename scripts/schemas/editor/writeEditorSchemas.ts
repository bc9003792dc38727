import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { editorSchemas } from './editorSchemas.ts';

/** Writes schemas/NAME.schema.json for editors; `npm run schemas` runs it after a schema changes. */
export async function writeEditorSchemas(outputDir: string): Promise<string[]> {
  await mkdir(outputDir, { recursive: true });
  const written: string[] = [];
  for (const [file, schema] of Object.entries(editorSchemas())) {
    await writeFile(path.join(outputDir, file), `${JSON.stringify(schema, null, 2)}\n`);
    written.push(file);
  }
  return written;
}
