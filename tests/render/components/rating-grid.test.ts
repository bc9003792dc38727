import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildComponentPlan, rowsOf, text, type ComponentPlan } from '../../helpers/componentPlan.ts';

let publicPlan: ComponentPlan;
let internalPlan: ComponentPlan;
let $: CheerioAPI;
beforeAll(async () => {
  [publicPlan, internalPlan] = await Promise.all([buildComponentPlan(), buildComponentPlan({ audience: 'internal' })]);
  $ = await publicPlan.page('standards');
});
afterAll(async () => {
  await publicPlan?.cleanup();
  await internalPlan?.cleanup();
});

/** Follows a link from a built page: the page it names (or the same page) must have an element with the id after #. */
async function target(plan: ComponentPlan, fromPage: string, href: string) {
  const [file, id] = href.split('#');
  const page = file ? file.replace(/\.html$/, '') : fromPage;
  const html = load(await plan.built.read(`site/${page}.html`));
  return { page, element: html(`[id="${id}"]`), html };
}

describe('rating-grid', () => {
  const table = () => $('table.rating-grid');

  it('states the inspector, the date and the overall rating in words', () => {
    expect(text($, table().closest('.table-wrap').prevAll('p:not(.table-note)').first())).toBe(
      'HM Inspectorate of Probation published its inspection on 5 November 2024, against the HM Inspectorate of Probation youth justice standards (2021). Overall rating: Requires improvement.',
    );
  });

  it('says how many standards have no rating yet, so a partial grid never reads as complete', () => {
    // The plan rates 1.1, 1.2, 2.1 and (not rated) 4.1 of the 13 standards: 9 are not yet known.
    expect(text($, table().closest('.table-wrap').prev('p.table-note'))).toBe('9 of the 13 standards have no rating in this plan yet, so this grid is not complete.');
  });

  it('has a caption, column headers, a row-group header for each domain and a row header for each standard', () => {
    expect(text($, table().find('caption'))).toBe('Inspection ratings');
    expect(table().find('thead th').map((_, th) => [[$(th).attr('scope'), $(th).text()]]).get()).toEqual([
      ['col', 'Standard'],
      ['col', 'Rating'],
    ]);
    // Each domain heads the rows of its own <tbody>: a row group, not a column group.
    expect(table().find('tbody').map((_, body) => [[$(body).find('th.rating-grid__domain').attr('scope'), $(body).find('th.rating-grid__domain').text()]]).get()).toEqual([
      ['rowgroup', 'Domain one: organisational delivery'],
      ['rowgroup', 'Domain two: court disposals'],
      ['rowgroup', 'Domain three: out-of-court disposals'],
      ['rowgroup', 'Domain four: resettlement'],
    ]);
    expect(table().find('tbody th:not(.rating-grid__domain)').map((_, th) => $(th).attr('scope')).get()).toEqual(Array(13).fill('row'));
  });

  it('lists every standard of the edition, writing each rating, "Not rated" and "Not yet known" as text', () => {
    expect(rowsOf($, 'table.rating-grid tbody tr').filter((row) => row.length === 2)).toEqual([
      ['1.1 Governance and leadership', 'Good'],
      ['1.2 Staff', 'Requires improvement'],
      ['1.3 Partnerships and services', 'Not yet known'],
      ['1.4 Information and facilities', 'Not yet known'],
      ['2.1 Assessment', 'Inadequate'],
      ['2.2 Planning', 'Not yet known'],
      ['2.3 Implementation and delivery', 'Not yet known'],
      ['2.4 Reviewing', 'Not yet known'],
      ['3.1 Assessment', 'Not yet known'],
      ['3.2 Planning', 'Not yet known'],
      ['3.3 Implementation and delivery', 'Not yet known'],
      ['3.4 Out-of-court disposal policy and provision', 'Not yet known'],
      ['4.1 Resettlement policy and provision', 'Not rated'],
    ]);
  });

  it('links each recommendation to the actions that answer it, on their own page or this one', async () => {
    const links = $('.recommendations li').first().find('.recommendations__actions a');
    expect(links.map((_, a) => [[$(a).text(), $(a).attr('href')]]).get()).toEqual([
      ['Action 1.1', 'service-development.html#action-improvement-1.1'],
      ['Action A1', '#action-standards-plan-A1'],
    ]);
    for (const a of links.toArray()) {
      const { element } = await target(publicPlan, 'standards', $(a).attr('href')!);
      expect(element, $(a).attr('href')).toHaveLength(1);
      expect(element.is('tr')).toBe(true);
    }
    const other = await target(publicPlan, 'standards', 'service-development.html#action-improvement-1.1');
    expect(other.element.find('th').text()).toBe('1.1');
  });

  it('does not link to an internal action, which is not on the public page', async () => {
    const answer = $('.recommendations li').eq(1).find('.recommendations__actions');
    expect(text($, answer)).toBe('Answered by: Action 1.3');
    expect(answer.find('a')).toHaveLength(0);
  });

  it('links to the internal action in the internal build, where it is shown', async () => {
    const internal$ = await internalPlan.page('standards');
    const href = internal$('.recommendations li').eq(1).find('a').attr('href');
    expect(href).toBe('service-development.html#action-improvement-1.3');
    expect((await target(internalPlan, 'standards', href!)).element).toHaveLength(1);
  });
});
