import { z } from 'zod';
import { collectionDataKinds, singletonDataKinds } from '../dataKinds.ts';
import { frameworkSchema } from '../framework.ts';
import { planSchema } from '../plan.ts';

/**
 * The JSON Schemas editors use to complete keys and underline mistakes in a
 * plan's YAML (VS Code with the YAML extension reads the
 * "# yaml-language-server: $schema=…" line at the top of each file). They
 * are generated from the zod schemas the build validates with, so the two
 * cannot disagree.
 */
export function editorSchemas(): Record<string, object> {
  const schemas: Record<string, z.core.$ZodType> = {
    plan: planSchema,
    framework: frameworkSchema,
    ...singletonDataKinds,
    ...collectionDataKinds,
  };
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [
      `${name}.schema.json`,
      { ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title: `yjplan ${name}` },
    ]),
  );
}
