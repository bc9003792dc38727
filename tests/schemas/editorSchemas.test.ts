import { Ajv2020 } from 'ajv/dist/2020.js';
import yaml from 'js-yaml';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorSchemas } from '../../scripts/schemas/editor/editorSchemas.ts';
import { fixturesDir, repoRoot } from '../helpers/fixturePlan.ts';

const schemas = editorSchemas();
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validators = Object.fromEntries(Object.entries(schemas).map(([file, schema]) => [file.replace('.schema.json', ''), ajv.compile(schema)]));

/** Which editor schema applies to a file of a plan, by its place (as the engine decides). */
function schemaNameFor(file: string): string {
  if (file === 'plan.yaml') return 'plan';
  const parts = file.replace(/\.yaml$/, '').split('/');
  return parts.length === 3 ? parts[1]! : parts[1]!;
}

async function yamlFilesOf(dir: string): Promise<string[]> {
  const data = (await readdir(path.join(dir, 'data'), { recursive: true })).filter((f) => f.endsWith('.yaml')).map((f) => `data/${f.split(path.sep).join('/')}`);
  return ['plan.yaml', ...data];
}

describe('editor JSON Schemas', () => {
  it('are committed as generated, so editors see the rules the build uses', async () => {
    for (const [file, schema] of Object.entries(schemas)) {
      const committed = JSON.parse(await readFile(path.join(repoRoot, 'schemas', file), 'utf8'));
      expect(committed, `${file} is out of date: run npm run schemas`).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });

  for (const [name, dir] of [['example', repoRoot], ['minimal', path.join(fixturesDir, 'minimal')]] as const) {
    it(`accept every YAML file of the ${name} plan`, async () => {
      for (const file of await yamlFilesOf(dir)) {
        const data = yaml.load(await readFile(path.join(dir, file), 'utf8'), { schema: yaml.CORE_SCHEMA });
        const validate = validators[schemaNameFor(file)]!;
        expect(validate(data), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      }
    });
  }

  it('reject a misspelt key and a wrong type', () => {
    const validate = validators.actions!;
    const good = { title: 'Plan', actions: [{ ref: '1.1', action: 'Do it', lead: 'Head of Service', due: '2025-09-30', status: 'completed' }] };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, actions: [{ ...good.actions[0], stauts: 'completed' }] })).toBe(false);
    expect(validate({ ...good, actions: [{ ...good.actions[0], status: 'done' }] })).toBe(false);
    expect(validators.budgets!({ title: 'B', lines: [{ category: 'Staff', budget: '£100', actual: 90 }] })).toBe(false);
  });
});
