import { load, type CheerioAPI } from 'cheerio';
import { buildInto, type BuiltPlan } from './buildFixture.ts';
import { copyFixturePlan, type FixturePlan } from './fixturePlan.ts';

/**
 * A copy of the minimal fixture with one data file of every kind written in and
 * placed on a page, built without the PDF: the table components as they render
 * through the real pipeline. Figures are chosen so totals can be worked by hand.
 */
export const componentData: Record<string, string> = {
  // Budget 250,000.10 + 12,000.20 + 0 + 3,000.05 = 265,000.35; actual 249,999.95 + 12,500.45 + 0 + 3,000.05 = 265,500.45.
  // Variances: -0.15, +500.25, 0, 0; total +500.10.
  'data/budgets/outturn.yaml': `title: Budget and outturn 2024/25
lines:
  - { category: Staffing, budget: 250000.10, actual: 249999.95 }
  - { category: Running costs, budget: 12000.20, actual: 12500.45 }
  - { category: Programmes, budget: 0, actual: 0 }
  - { category: Accommodation, budget: 3000.05, actual: 3000.05 }
source: Finance outturn report
`,
  'data/indicators/first-time-entrants.yaml': `title: First time entrants
measure: Rate per 100,000 children aged 10 to 17
unit: rate
decimals: 0
periods: ["2023", "2024", "2025"]
series:
  - { name: Testshire, comparator: yjs, values: [174, 161, 149] }
  - { name: England and Wales, comparator: national, values: [154, null, 147] }
`,
  'data/indicators/custody-change.yaml': `title: Change in custody
measure: Change on the year before
unit: percent
decimals: 1
lower_is_better: false
periods: ["2024", "2025"]
series:
  - { name: Testshire, comparator: yjs, values: [-1.5, -0.04] }
`,
  'data/kpis.yaml': `period: April 2024 to March 2025
indicators:
  - id: accommodation
    title: Suitable accommodation
    measure: in suitable accommodation at the end of their order
    out_of_court: { met: 18, total: 24 }
    court: { met: 2, total: 3 }
  - id: education
    title: Education, training and employment
    measure: in suitable education at the end of their order
    out_of_court: { met: 3, total: 20 }
    court: { met: 23, total: 40 }
  - id: oocd-completion
    title: Out-of-court disposals
    measure: completed successfully
    out_of_court: { met: 45, total: 50 }
  - id: board-attendance
    title: Management board attendance
    measure: attendances by statutory partners
    overall: { met: 27, total: 32 }
`,
  'data/breakdowns/offences.yaml': `title: Offences by type
category_label: Offence type
columns: [Out of court, Court]
rows:
  - { label: Violence against the person, counts: [34, 21] }
  - { label: Theft and handling, counts: [12, 6] }
  - { label: Criminal damage, counts: [9, 3] }
  - { label: Drugs, counts: [7, 8] }
  - { label: Robbery, counts: [0, 5] }
`,
  'data/breakdowns/needs.yaml': `title: Needs of children we worked with
category_label: Need
overlapping: true
group_size: 60
rows:
  - { label: Speech and language need, count: 21 }
  - { label: Known to CAMHS, count: 18 }
  - { label: Care leaver, count: 2 }
`,
  'data/breakdowns/cohort.yaml': `title: Children we worked with
category_label: Need
rows:
  - { label: Looked after, count: 11 }
  - { label: SEND, count: 23 }
  - { label: Known to CAMHS, count: 3 }
  - { label: Exploitation concerns, count: 9 }
source: Case management system
`,
  'data/actions/standards-plan.yaml': `title: National standards action plan
actions:
  - ref: A1
    action: Audit out-of-court work against the standards
    lead: Operations Manager
    due: 2025-10-31
    progress: Audit tool agreed.
    status: completed
`,
  'data/actions/next-year.yaml': `title: Improvement plan 2026/27
actions: []
`,
  'data/budgets/capital.yaml': `title: Capital budget
lines: []
`,
  'data/inspection.yaml': `published: 2024-11-05
overall: Requires improvement
ratings:
  "1.1": Good
  "1.2": Requires improvement
  "2.1": Inadequate
  "4.1": not rated
recommendations:
  - id: R1
    text: Improve the speed of speech and language assessments.
    actions: ["improvement#1.1", "standards-plan#A1"]
  - id: R2
    text: Plan the move to the new office with partners.
    actions: ["improvement#1.3"]
`,
};

const placements: [file: string, shortcodes: string[]][] = [
  ['content/08-resources-and-services.md', ['{% table "outturn" %}', '{% table "capital" %}']],
  ['content/09-performance.md', ['{% table "first-time-entrants" %}', '{% table "custody-change" %}', '{% table "kpis" %}', '{% table "offences" %}', '{% table "cohort" %}', '{% table "needs" %}']],
  ['content/11-standards.md', ['{% table "inspection" %}', '{% actions "standards-plan" %}']],
  ['content/14-service-development.md', ['{% actions "next-year" %}']],
];

export interface ComponentPlan {
  fixture: FixturePlan;
  built: BuiltPlan;
  /** A built chapter page, e.g. page('performance'), ready for cheerio. */
  page(id: string): Promise<CheerioAPI>;
  cleanup(): Promise<void>;
}

export async function buildComponentPlan(options: { audience?: 'public' | 'internal'; change?: (plan: FixturePlan) => Promise<void> } = {}): Promise<ComponentPlan> {
  const fixture = await copyFixturePlan('minimal');
  for (const [file, text] of Object.entries(componentData)) await fixture.write(file, text);
  for (const [file, shortcodes] of placements) await fixture.edit(file, (text) => `${text}\n${shortcodes.join('\n\n')}\n`);
  await options.change?.(fixture);
  const built = await buildInto(fixture.dir, { pdf: false, audience: options.audience });
  return {
    fixture,
    built,
    page: async (id) => load(await built.read(`site/${id}.html`)),
    async cleanup() {
      await fixture.cleanup();
    },
  };
}

/** The text of an element with its white space collapsed, as a screen reader would run it together. */
export function text($: CheerioAPI, element: Parameters<CheerioAPI>[0]): string {
  return $(element).text().replace(/\s+/g, ' ').trim();
}

/** Each row of a table section as an array of cell texts. */
export function rowsOf($: CheerioAPI, selector: string): string[][] {
  return $(selector)
    .map((_, tr) => [$(tr).children('th, td').map((__, cell) => text($, cell)).get()])
    .get() as string[][];
}
