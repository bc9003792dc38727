import { rename, writeFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ignoredByPreview, runPreview } from '../../../scripts/cli/dev/runPreview.ts';
import { copyFixturePlan, type FixturePlan } from '../../helpers/fixturePlan.ts';

let plan: FixturePlan;
let preview: Awaited<ReturnType<typeof runPreview>>;
const logged: string[] = [];

/** Saves a file the way vim and many tools do: write a new copy, then rename it over the old one. */
async function saveByRename(file: string, change: (text: string) => string): Promise<void> {
  const full = path.join(plan.dir, file);
  const text = await readFile(full, 'utf8');
  await writeFile(`${full}.swp-new`, change(text));
  await rename(`${full}.swp-new`, full);
}

/** Asks for the page until it shows the text; only the test's own (generous) limit ends the wait, so a busy machine is merely slower. */
async function pageUntil(page: string, contains: string): Promise<string> {
  for (;;) {
    const html = await (await fetch(new URL(page, preview.server.url))).text();
    if (html.includes(contains)) return html;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  plan = await copyFixturePlan('minimal');
  preview = await runPreview({ planDir: plan.dir, outputDir: path.join(plan.dir, 'dist'), port: 0, log: (line) => logged.push(line) });
});
afterAll(async () => {
  preview.close();
  await plan.cleanup();
});

describe('npm run dev', () => {
  it('serves the plan and updates a page after each save, including saves that replace the file', async () => {
    await pageUntil('performance.html', 'Performance');
    await saveByRename('content/09-performance.md', (t) => `${t}\n## First edit\n`);
    await pageUntil('performance.html', 'First edit');
    await saveByRename('content/09-performance.md', (t) => `${t}\n## Second edit\n`);
    await pageUntil('performance.html', 'Second edit');
  });

  it('shows a broken data file on the page being read and in the terminal, then recovers when it is fixed', async () => {
    await saveByRename('data/actions/improvement.yaml', (t) => t.replace('    status: not-started', '    stauts: not-started'));
    const page = await pageUntil('performance.html', 'to fix');
    expect(page).toContain('data/actions/improvement.yaml:');
    expect(page).toMatch(/Did you mean (&quot;|&#34;|")status(&quot;|&#34;|")\?/);
    expect(logged.join('\n')).toMatch(/data\/actions\/improvement\.yaml:\d+:\d+ error \[unknown-field\]/);
    await saveByRename('data/actions/improvement.yaml', (t) => t.replace('    stauts: not-started', '    status: not-started'));
    await pageUntil('performance.html', 'Second edit');
  });
});

describe('what the preview watches', () => {
  it('ignores its own output even inside the plan folder, so a rebuild never sets off another', () => {
    const ignored = ignoredByPreview('/plans/westbrook', '/plans/westbrook/preview');
    expect(ignored('/plans/westbrook/preview/current/site/assets/content/images/map.svg')).toBe(true);
    expect(ignored('/plans/westbrook/preview')).toBe(true);
    expect(ignored('/plans/westbrook/dist/current/site/index.html')).toBe(true);
    expect(ignored('/plans/westbrook/content/images/map.svg')).toBe(false);
    expect(ignored('/plans/westbrook/preview-notes.md')).toBe(false);
  });
});
