import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

/** Removes optional/default/nullable/pipe wrappers to reach the schema that gives a value its shape. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = current._zod.def as unknown as { type: string; innerType?: AnySchema; in?: AnySchema };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}

/** The sub-schema at a field path, e.g. actions[2] inside the action plan schema. */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = unwrap(schema);
  for (const step of path) {
    if (!current) return undefined;
    const def = current._zod.def as unknown as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === 'object' && def.shape) current = def.shape[String(step)];
    else if (def.type === 'array' && def.element) current = def.element;
    else return undefined;
    current = current ? unwrap(current) : undefined;
  }
  return current;
}

/** The field names an object schema accepts, for "expected one of …" messages. */
export function allowedKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const target = schemaAt(schema, path);
  const def = target?._zod.def as unknown as { type: string; shape?: Record<string, AnySchema> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** Whether the field at this path may be left out. */
export function isOptionalAt(schema: AnySchema, path: readonly PropertyKey[]): boolean {
  const parent = schemaAt(schema, path.slice(0, -1));
  const def = parent?._zod.def as unknown as { type: string; shape?: Record<string, AnySchema> } | undefined;
  const field = def?.shape?.[String(path[path.length - 1])];
  return field ? (field._zod as unknown as { optin?: string }).optin === 'optional' : false;
}
