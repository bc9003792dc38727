import { describe, expect, it } from 'vitest';
import { checkSmallNumbers } from '../../scripts/checks/narrative/checkSmallNumbers.ts';

const found = (text: string) => checkSmallNumbers('content/x.md', text, 5, 4).map((p) => [p.line, p.found]);

describe('checkSmallNumbers', () => {
  it('warns about small counts of people typed into prose, with the line', () => {
    expect(found('Intro.\n\nLast year 3 young people were remanded.')).toEqual([[7, '3 young people']]);
    expect(found('Of these, two out of three were looked after.')).toEqual([[5, 'two out of three']]);
    expect(found('2 of the 5 girls had an EHCP.')).toEqual([[5, '2 of the 5']]);
  });

  it('ignores large numbers, percentages, years, money and shortcodes', () => {
    expect(found('We worked with 120 children in 2024.')).toEqual([]);
    expect(found('Reoffending fell by 3% among children.')).toEqual([]);
    expect(found('{% count "cohort" "Looked after" %} children were looked after.')).toEqual([]);
    expect(found('The service has 4 teams.')).toEqual([]);
  });

  it('warns about one child singled out of a group, but not "one of" things that are not people', () => {
    expect(found('One of the children was remanded.')).toEqual([[5, 'One of the children']]);
    expect(found('This plan is one of a family of local plans.')).toEqual([]);
    expect(found("Each member champions one of this plan's priorities.")).toEqual([]);
  });

  it('is off at threshold 0', () => {
    expect(checkSmallNumbers('f', '3 children', 1, 0)).toEqual([]);
  });
});
