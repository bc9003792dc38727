import { cssString } from '../../render/filters/cssString.ts';

export interface PageStyleInput {
  runningTitle: string;
  draft: boolean;
  internal: boolean;
}

const markFont = 'font-weight: 700; font-family: "Atkinson Hyperlegible", Arial, sans-serif;';

/**
 * The print stylesheet's page margin boxes: the running title at the top
 * left, and the DRAFT and NOT FOR PUBLICATION marks. The title is plan text
 * (the service name), so it goes in only as an escaped CSS string; nothing
 * else here comes from the plan, so no content can switch a mark off.
 */
export function printPageStyle(input: PageStyleInput): string {
  const rules = [`@page { @top-left { content: ${cssString(input.runningTitle)}; } }`];
  if (input.internal) rules.push(`@page { @bottom-left { content: "NOT FOR PUBLICATION"; color: #942514; ${markFont} font-size: 9pt; } }`);
  if (input.draft) rules.push(`@page { @top-right { content: "DRAFT"; color: #b35900; ${markFont} } }`);
  return `${rules.join('\n')}\n`;
}
