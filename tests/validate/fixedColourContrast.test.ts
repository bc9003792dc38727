import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../scripts/validate/contrastRatio.ts';
import { repoRoot } from '../helpers/fixturePlan.ts';

/**
 * The status (RAG) and rating colours, banners and greys are fixed in the
 * templates' CSS, not chosen in plan.yaml, so they are checked here rather
 * than at build time: WCAG 2.2 AA asks 4.5:1 for text and 3:1 for the
 * coloured bar beside a tag (non-text contrast).
 */
const files = ['templates/assets/site.css', 'templates/assets/young-people.css', 'templates/assets/print.css', 'templates/layouts/print.njk'];
const sources = files.map((file) => ({ file, text: readFileSync(path.join(repoRoot, file), 'utf8') }));

const variables = new Map<string, string>();
for (const { text } of sources) for (const m of text.matchAll(/(--[a-z-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)) variables.set(m[1]!, m[2]!);

/** "#abc" => "#aabbcc"; var(--x) => its value; anything else (a theme colour, transparent, rgb()) => undefined. */
function resolve(value: string | undefined, current?: string): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (v === 'currentColor') return current;
  const variable = /^var\((--[a-z-]+)(?:,\s*([^)]+))?\)$/i.exec(v);
  if (variable) return resolve(variables.get(variable[1]!) ?? variable[2]);
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(v)?.[1];
  if (!hex) return undefined;
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`.toLowerCase();
}

interface Rule {
  file: string;
  selector: string;
  color: string | undefined;
  background: string | undefined;
  border: string | undefined;
}

const rules: Rule[] = sources.flatMap(({ file, text }) =>
  [...text.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => {
    const declaration = (name: string) => new RegExp(`(?:^|[;\\s])${name}:\\s*([^;]+)`, 'i').exec(m[2]!)?.[1];
    const color = resolve(declaration('color'));
    return {
      file,
      selector: m[1]!.replace(/\s+/g, ' ').trim(),
      color,
      background: resolve(declaration('background-color') ?? declaration('background')),
      border: resolve(declaration('border-left')?.split(/\s+/).at(-1), color),
    };
  }),
);

const text = variables.get('--text')!;
const tag = /^\.(status-tag--[a-z-]+|rating--[a-z-]+|overdue-flag)$/;
const white = '#ffffff';
const ratio = (a: string, b: string) => Math.round(contrastRatio(a, b) * 100) / 100;

describe('colours fixed in the templates\' CSS', () => {
  it('finds the status (RAG) and rating colours', () => {
    const tags = rules.filter((r) => tag.test(r.selector));
    expect(tags.map((r) => r.selector)).toEqual(
      expect.arrayContaining(['.status-tag--completed', '.status-tag--on-track', '.status-tag--may-exceed-target-date', '.status-tag--not-started', '.overdue-flag', '.rating--outstanding', '.rating--good', '.rating--requires-improvement', '.rating--inadequate']),
    );
  });

  it('gives each status and rating tag text of at least 4.5:1 on its background, and a bar of at least 3:1 on white', () => {
    const bar = rules.find((r) => r.selector.startsWith('.status-tag, .rating, .overdue-flag'));
    expect(bar?.border).toBeUndefined(); // currentColor: the bar is the tag's own text colour
    for (const rule of rules.filter((r) => tag.test(r.selector))) {
      expect(rule.color && rule.background, rule.selector).toBeTruthy();
      expect(ratio(rule.color!, rule.background!), `${rule.selector}: ${rule.color} on ${rule.background}`).toBeGreaterThanOrEqual(4.5);
      expect(ratio(rule.color!, white), `${rule.selector}: bar ${rule.color} on white`).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives text of at least 4.5:1 wherever a rule sets both a text colour and a background', () => {
    const pairs = rules.filter((r) => r.color && r.background);
    expect(pairs.length).toBeGreaterThan(9);
    for (const rule of pairs) expect(ratio(rule.color!, rule.background!), `${rule.file} ${rule.selector}: ${rule.color} on ${rule.background}`).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps body text and secondary text at 4.5:1 on every fixed background (banners, panels, notes)', () => {
    const backgrounds = rules.filter((r) => r.background && !r.color && r.background !== white);
    expect(backgrounds.map((r) => r.selector)).toEqual(expect.arrayContaining(['.draft-banner', '.internal-banner', '.internal-note']));
    for (const rule of backgrounds) {
      for (const colour of [text, variables.get('--secondary-text')!]) expect(ratio(colour, rule.background!), `${rule.file} ${rule.selector}: ${colour} on ${rule.background}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps every fixed text colour at 4.5:1 on white', () => {
    // Borders such as the grey lines of tables and the structure chart are decoration: the table and the nested list carry the meaning.
    for (const rule of rules.filter((r) => r.color && !r.background && r.color !== white)) expect(ratio(rule.color!, white), `${rule.file} ${rule.selector}: ${rule.color}`).toBeGreaterThanOrEqual(4.5);
  });
});
