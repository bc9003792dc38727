import type { ErrorObject, ValidateFunction } from 'ajv';
import { createRequire } from 'node:module';
import type { Problem } from '../errors/Problem.ts';
import type { YamlSource } from '../load/loadPlan.ts';
import { locateYamlPath } from '../load/locateYamlPath.ts';
import type { DataEntry } from '../schemas/dataKinds.ts';
import { unsafeChartSpecParts, type UnsafePart } from './chartSpecSafety.ts';
import { formatFieldPath } from './fieldPath.ts';

let validator: ValidateFunction | undefined;

/**
 * Vega-Lite's own JSON Schema, compiled on first use only: it is large (about
 * 2 s to compile) and most plans use presets, never raw specs.
 */
async function vegaLiteValidator(): Promise<ValidateFunction> {
  if (!validator) {
    const { Ajv } = await import('ajv');
    const schema = createRequire(import.meta.url)('vega-lite/vega-lite-schema.json') as object;
    validator = new Ajv({ strict: false, allErrors: false, validateFormats: false, logger: false }).compile(schema);
  }
  return validator;
}

/**
 * Checks each raw `chart.vega_lite` spec: first that it can reach nothing
 * outside the plan (no URL, data, link or image anywhere in it, see
 * chartSpecSafety.ts), then against the Vega-Lite schema, so a mistake is
 * reported at its line with what Vega-Lite allows there, rather than as a
 * crash inside the chart renderer. The data is filled in by yjplan, so the
 * spec is checked with it in place.
 */
export async function validateVegaLiteSpecs(entries: Map<string, DataEntry>, sources: Map<string, YamlSource>): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const entry of entries.values()) {
    if (entry.kind !== 'indicators' && entry.kind !== 'breakdowns') continue;
    const spec = entry.value.chart?.vega_lite;
    if (!spec) continue;
    const unsafe = unsafeChartSpecParts(spec);
    if (unsafe.length) {
      const text = sources.get(entry.file)?.text ?? '';
      problems.push(...unsafe.map((part) => unsafePartProblem(entry.file, text, spec, part)));
      continue;
    }
    const validate = await vegaLiteValidator();
    if (validate({ ...spec, data: { values: [] } })) continue;
    const error = mostSpecificError(validate.errors ?? []);
    const path = ['chart', 'vega_lite', ...error.instancePath.split('/').filter(Boolean).map((step) => (/^\d+$/.test(step) ? Number(step) : step))];
    const allowed = allowedValuesAt(validate.errors ?? [], error.instancePath);
    const text = sources.get(entry.file)?.text ?? '';
    problems.push({
      severity: 'error',
      code: 'invalid-vega-lite',
      file: entry.file,
      ...locateYamlPath(text, path),
      field: formatFieldPath(path),
      message: allowed.length
        ? `This Vega-Lite spec is not valid: ${formatFieldPath(path)} is not a value Vega-Lite allows there.`
        : `This Vega-Lite spec is not valid: ${formatFieldPath(path)} ${error.message ?? 'is not allowed'}.`,
      expected: allowed.length ? `one of ${allowed.join(', ')}` : undefined,
      found: JSON.stringify(valueAt(spec, path.slice(2))),
      fix: 'Correct the spec (see the Vega-Lite documentation), or use a preset instead: type: line, bar or stacked-bar.',
    });
  }
  return problems;
}

const unsafeWording: Record<UnsafePart['reason'], { message: string; fix: string }> = {
  url: {
    message: 'A chart may not load anything: a url in a Vega-Lite spec would make the build read a file or call a website.',
    fix: 'Remove the url. Put the figures in this data file; yjplan gives them to the chart.',
  },
  data: {
    message: 'A chart draws only the figures in this data file, which yjplan fills in; a Vega-Lite spec may not bring data of its own.',
    fix: 'Remove it, and put the figures in this data file (or another data file with its own chart).',
  },
  href: {
    message: 'A chart may not carry links: an href in a Vega-Lite spec makes parts of the drawing into links.',
    fix: 'Remove the href. Put any link in the chapter text next to the chart.',
  },
  'image-mark': {
    message: 'A chart may not draw pictures: an image mark loads each picture from an address.',
    fix: 'Use another mark (point, bar, line, text), or put the picture in the chapter as a file from content/images/.',
  },
  address: {
    message: 'A chart may not hold a web, file or script address: the build would follow it, or publish it as a link.',
    fix: 'Remove the address. Put any link in the chapter text next to the chart.',
  },
};

function unsafePartProblem(file: string, text: string, spec: Record<string, unknown>, part: UnsafePart): Problem {
  const path = ['chart', 'vega_lite', ...part.path];
  const found = valueAt(spec, part.path);
  return {
    severity: 'error',
    code: 'unsafe-vega-lite',
    file,
    ...locateYamlPath(text, path, part.atKey),
    field: formatFieldPath(path),
    message: unsafeWording[part.reason].message,
    found: JSON.stringify(found)?.slice(0, 200),
    fix: unsafeWording[part.reason].fix,
  };
}

/** Of all the ways the spec failed, the one deepest inside it is where the author went wrong. */
function mostSpecificError(errors: ErrorObject[]): ErrorObject {
  return [...errors].sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length)[0]!;
}

/** Values Vega-Lite would accept at a place, gathered from its enum and const rules. */
function allowedValuesAt(errors: ErrorObject[], instancePath: string): string[] {
  const values = new Set<string>();
  for (const error of errors) {
    if (error.instancePath !== instancePath) continue;
    if (error.keyword === 'enum') for (const v of (error.params as { allowedValues: unknown[] }).allowedValues) values.add(String(v));
    if (error.keyword === 'const') values.add(String((error.params as { allowedValue: unknown }).allowedValue));
  }
  return [...values];
}

function valueAt(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((current, step) => (current && typeof current === 'object' ? (current as Record<string | number, unknown>)[step] : undefined), value);
}
