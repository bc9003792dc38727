import { load } from 'cheerio';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPlan } from '../../scripts/build.ts';
import { PlanValidationError } from '../../scripts/errors/PlanValidationError.ts';
import { buildInto } from '../helpers/buildFixture.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';

let fixture: FixturePlan | undefined;
afterEach(() => fixture?.cleanup());

const chapter = 'content/08-resources-and-services.md';

describe('what verify found in rendered chapters', () => {
  it('puts a table written inside a tight list item inside the <li>, leaving no stray </p>', async () => {
    fixture = await copyFixturePlan('minimal');
    await fixture.edit(chapter, (t) => t.replace('{% table "partner-contributions" %}', '- give money each year\n  {% table "partner-contributions" %}\n- second staff'));
    const built = await buildInto(fixture.dir);
    const html = await built.read('site/resources-and-services.html');
    expect(html).not.toMatch(/<li>[^<]*<\/p>/);
    const $ = load(html);
    expect($('.prose li').first().find('table.partner-table')).toHaveLength(1);
    expect($('.prose li').eq(1).text()).toBe('second staff');
  });

  it('still splits a paragraph around a table written on the line after its text', async () => {
    fixture = await copyFixturePlan('minimal');
    await fixture.edit(chapter, (t) => t.replace('{% table "partner-contributions" %}', 'Our partners give:\n{% table "partner-contributions" %}'));
    const $ = load(await (await buildInto(fixture.dir)).read('site/resources-and-services.html'));
    expect($('.prose p').filter((_, p) => $(p).text() === 'Our partners give:')).toHaveLength(1);
    expect($('.prose p table')).toHaveLength(0);
  });

  it('escapes a hidden count in a sentence: "<5" is text, not the start of a tag', async () => {
    fixture = await copyFixturePlan('minimal');
    await fixture.write('data/breakdowns/cohort.yaml', 'title: Children we worked with\ncategory_label: Need\nrows:\n  - { label: Looked after, count: 3 }\n  - { label: SEND, count: 23 }\n');
    await fixture.edit(chapter, (t) => `${t}\nOf these, {% count "cohort" "Looked after" %} were looked after.\n`);
    const html = await (await buildInto(fixture.dir)).read('site/resources-and-services.html');
    expect(html).toContain('Of these, &lt;5 were looked after.');
  });

  it('gives a Markdown table the site\'s table style, in a wrapper that scrolls on a narrow screen and can take focus', async () => {
    fixture = await copyFixturePlan('minimal');
    await fixture.edit(chapter, (t) => `${t}\n| You said | We did |\n| --- | --- |\n| Letters were hard to read | We rewrote them |\n`);
    const $ = load(await (await buildInto(fixture.dir)).read('site/resources-and-services.html'));
    const wrap = $('table:not(.partner-table)').parent();
    expect(wrap.is('div.table-wrap[role="region"][tabindex="0"]')).toBe(true);
    expect(wrap.attr('aria-label')).toBe('Table: You said, We did');
    expect(wrap.find('table').hasClass('data-table')).toBe(true);
    expect(wrap.find('th[scope="col"]')).toHaveLength(2);
  });

  it('refuses a picture with no text alternative, with its file and line', async () => {
    fixture = await copyFixturePlan('minimal');
    await fixture.edit(chapter, (t) => `${t}\nThe map shows our four areas.\n\nSee this: ![](images/map.png) and ![A map](images/map2.png).\n`);
    for (const picture of ['map.png', 'map2.png']) await fixture.write(`content/images/${picture}`, new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const error = await buildPlan({ planDir: fixture.dir, outputDir: `${fixture.dir}/out`, pdf: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanValidationError);
    expect((error as PlanValidationError).problems).toEqual([expect.objectContaining({ code: 'image-without-alt', file: chapter, line: 13, found: '![](images/map.png)' })]);
  });
});
