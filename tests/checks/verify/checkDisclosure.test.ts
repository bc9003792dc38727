import { load } from 'cheerio';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDisclosure } from '../../../scripts/checks/verify/checkDisclosure.ts';
import { buildComponentPlan, type ComponentPlan } from '../../helpers/componentPlan.ts';
import { copyOutput, type CorruptedOutput } from '../../helpers/corruptOutput.ts';

let plan: ComponentPlan;
let copy: CorruptedOutput;
const page = 'site/performance.html';
beforeAll(async () => {
  plan = await buildComponentPlan();
});
afterAll(async () => {
  await copy?.cleanup();
  await plan?.cleanup();
});

/** The performance page with one printed cell changed, as a faulty template or suppression might print it. */
async function changed(caption: string, row: string, role: string, text: string) {
  await copy?.cleanup();
  copy = await copyOutput(plan.built.currentDir);
  await copy.edit(page, (html) => {
    const $ = load(html);
    const table = $('table[data-disclosure]').filter((_, t) => $(t).find('caption').text().startsWith(caption));
    const tr = table.find('tr').filter((_, r) => $(r).find('th[scope="row"]').text().startsWith(row));
    tr.find(`[data-role="${role}"]`).first().text(text);
    return $.html();
  });
  return (await checkDisclosure([copy.file(page)])).map((f) => `${path.basename(f.file)} [${f.checker}] ${f.message}`);
}

describe('checkDisclosure, from the printed tables alone', () => {
  it('passes every table of counts the build printed', async () => {
    const pages = (await plan.built.pages()).map((p) => path.join(plan.built.siteDir, p));
    expect(await checkDisclosure(pages)).toEqual([]);
    // It did read them: four tables of counts on the performance page.
    expect(load(await plan.built.read(page))('table[data-disclosure][data-threshold="4"]')).toHaveLength(4);
  });

  it('names the page, the table and the cell a reader can work out when a [c] is printed as its number', async () => {
    // Children we worked with: 11, 23, <5, [c] | 46. Printing the [c] as 9 gives 46 - 11 - 23 - 9 = 3.
    expect(await changed('Children we worked with', 'Exploitation', 'row-total', '9')).toEqual([
      'performance.html [disclosure] Table "Children we worked with": Known to CAMHS can be worked out from what is printed: it is 3.',
    ]);
  });

  it('reads a share of a hidden count: 19.6% of 46 pins the [c] at 9, and so the <5 at 3', async () => {
    // 2000 × y from 391 × 46 = 17,986 to 393 × 46 - 1 = 18,077: y = 9.
    expect(await changed('Children we worked with', 'Exploitation', 'share', '19.6%')).toEqual([
      'performance.html [disclosure] Table "Children we worked with": Known to CAMHS can be worked out from what is printed: it is 3.',
      'performance.html [disclosure] Table "Children we worked with": Exploitation concerns can be worked out from what is printed: it is 9.',
    ]);
  });

  it('refuses a small number printed as itself', async () => {
    expect(await changed('Key performance indicators', 'Education', 'met', '3')).toEqual([
      'performance.html [disclosure] Table "Key performance indicators, April 2024 to March 2025": Education, training and employment in suitable education at the end of their order (out-of-court): met shows 3, a number from 1 to 4, which must be hidden.',
    ]);
  });

  it('finds the complement of a KPI: met shown with few who did not meet it', async () => {
    // Out-of-court disposals: 45 of 50 completed. Printed as 45 of 48, 3 did not: pinned.
    const failures = await changed('Key performance indicators', 'Out-of-court disposals', 'total', '48');
    expect(failures).toEqual([
      'performance.html [disclosure] Table "Key performance indicators, April 2024 to March 2025": Out-of-court disposals completed successfully (out-of-court): children who did not meet it can be worked out from what is printed: it is 3.',
    ]);
  });
});
