import { describe, expect, it } from 'vitest';
import { sanitiseSvg } from '../../scripts/write/site/sanitiseSvg.ts';

describe('sanitiseSvg', () => {
  it('publishes a file that holds no SVG at all as an empty drawing, not as it is', async () => {
    expect(await sanitiseSvg('<html><body><script>alert(1)</script></body></html>')).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(await sanitiseSvg('not a picture')).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
  });

  it('publishes an SVG nested absurdly deep as an empty drawing instead of overflowing the stack (5,000 and 100,000 nested <g>)', async () => {
    for (const depth of [5000, 100000]) {
      expect(await sanitiseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${'<g>'.repeat(depth)}<rect/>${'</g>'.repeat(depth)}</svg>`)).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
    }
    // A real drawing's few levels are kept.
    expect(await sanitiseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${'<g>'.repeat(20)}<rect/>${'</g>'.repeat(20)}</svg>`)).toContain('<rect/>');
  });

  it('writes XML, so the file stays a valid SVG: text is escaped, a no-break space is a character, not &nbsp;', async () => {
    expect(await sanitiseSvg('<svg xmlns="http://www.w3.org/2000/svg"><title>A &amp; B\u00a0&lt;logo&gt;</title><style>a > b { fill: red }</style></svg>')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg"><title>A &amp; B\u00a0&lt;logo&gt;</title><style>a &gt; b { fill: red }</style></svg>\n',
    );
  });

  it('takes @import and url() that leave the drawing out of its stylesheet and attributes, and keeps url(#id)', async () => {
    expect(await sanitiseSvg('<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(http://h/x.css); rect { fill: url("http://h/p#x"); stroke: url(#g) }</style><rect fill="url(#g)" style="fill: url(//h/p)"/></svg>')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg"><style> rect { fill: none; stroke: url(#g) }</style><rect fill="url(#g)"/></svg>\n',
    );
  });
});
