import { load } from 'cheerio';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildInto, type BuiltPlan } from '../helpers/buildFixture.ts';
import { fixturesDir } from '../helpers/fixturePlan.ts';

let publicBuild: BuiltPlan;
let internalBuild: BuiltPlan;
beforeAll(async () => {
  const dir = path.join(fixturesDir, 'minimal');
  [publicBuild, internalBuild] = await Promise.all([buildInto(dir), buildInto(dir, { audience: 'internal' })]);
});

describe('public and internal audiences', () => {
  it('leaves internal notes, internal actions and small numbers out of the public site', async () => {
    const html = await publicBuild.read('site/service-development.html');
    expect(html).not.toContain('DUPLICATION WITH');
    expect(html).not.toContain('Move the team to the new office');
    expect(html).not.toContain('ICB decision');
    expect(html).not.toContain('Not for publication');
    const $ = load(html);
    // 1.1 and 1.2 are counted; 1.3 is internal and 1.4 repeats 1.1.
    const counts = $('.status-summary__item').map((_, li) => $(li).text().replace(/\s+/g, ' ').trim()).get();
    expect(counts).toEqual(['Completed 0', 'Progressing and on track 1', 'May exceed original target date 0', 'Planned but not started 1']);
    expect($('.action-plan .table-note').first().text()).toContain('2 actions in total, of which 1 is overdue');
  });

  it('shows everything in the internal build, marked not for publication on every page', async () => {
    const html = await internalBuild.read('site/service-development.html');
    expect(html).toContain('DUPLICATION WITH 1.1');
    expect(html).toContain('Move the team to the new office');
    expect(html).toContain('ICB decision');
    for (const page of await internalBuild.pages()) {
      expect(load(await internalBuild.read(`site/${page}`))('.internal-banner').text(), page).toContain('Not for publication');
    }
    const staff = load(await internalBuild.read('site/appendix-structure.html'));
    expect(staff('table.breakdown-table tbody tr').eq(1).find('td').first().text()).toBe('2');
  });

  it('marks the overdue action and the duplicate in words, not only colour', async () => {
    const $ = load(await publicBuild.read('site/service-development.html'));
    expect($('#action-improvement-1\\.1 .overdue-flag').text()).toBe('Overdue');
    expect($('#action-improvement-1\\.4').text()).toContain('Duplicate of 1.1: not counted again');
    expect($('#action-improvement-1\\.1 .status-tag').text()).toBe('Progressing and on track');
  });
});
