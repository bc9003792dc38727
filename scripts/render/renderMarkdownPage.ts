import type { Problem } from '../errors/Problem.ts';
import type { MarkdownSource } from '../load/loadPlan.ts';
import { closestMatch } from '../validate/closestMatch.ts';
import { imageTooLargeMessage, maxImageBytes } from '../validate/checkPlanImages.ts';
import type { GlossaryEntry } from './markdown/glossaryTerms.ts';
import type { HeadingEnv } from './markdown/headingIds.ts';
import type { AudienceEnv } from './markdown/internalBlocks.ts';
import type { ImageAltEnv } from './markdown/imageAlt.ts';
import type { ForeignImageKind, PlanImagesEnv } from './markdown/planImages.ts';
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { createMarkdown } from './markdown/createMarkdown.ts';
import { parseShortcodes } from './shortcodes/parseShortcodes.ts';
import { shortcodes } from './shortcodes/index.ts';
import type { ShortcodeContext, ShortcodeProblem } from './shortcodes/ShortcodeContext.ts';

export interface RenderedMarkdown {
  html: string;
  headings: { level: number; id: string; text: string }[];
  /** Pictures from the plan folder the page shows, as paths in the plan, to be published with it. */
  images: string[];
  problems: Problem[];
}

const imageTypes = ['.svg', '.png', '.jpg', '.jpeg', '.gif', '.webp'];

const markdown = createMarkdown();

/**
 * Renders a chapter's Markdown: shortcodes become placeholders, Markdown
 * becomes HTML, then each placeholder is swapped for the component it
 * stands for. Placeholders keep component HTML away from the Markdown
 * renderer, which escapes all raw HTML.
 */
export function renderMarkdownPage(
  source: MarkdownSource,
  options: { planDir: string; idPrefix: string; glossary: GlossaryEntry[]; glossaryHref: string | undefined; context: Omit<ShortcodeContext, 'report' | 'lookup'> & Pick<ShortcodeContext, 'lookup'> },
): RenderedMarkdown {
  const problems: Problem[] = [];
  const at = (line: number, column?: number) => ({ file: source.file, line: source.bodyLine + line - 1, column });
  const { calls, unparsed } = parseShortcodes(source.body);

  for (const item of unparsed) {
    const name = /^\{%-?\s*([a-z-]+)/i.exec(item.raw)?.[1];
    const suggestion = name ? closestMatch(name, Object.keys(shortcodes)) : undefined;
    problems.push({
      severity: 'error',
      code: 'unknown-shortcode',
      ...at(item.line, item.column),
      message: `yjplan cannot read ${item.raw}.`,
      expected: `a shortcode such as ${Object.values(shortcodes).map((s) => s.usage).join(', ')}`,
      found: item.raw,
      fix: suggestion && suggestion !== name ? `Did you mean {% ${suggestion} … %}?` : 'Check the name and put each argument in double quotes.',
    });
  }

  const slots: { token: string; html: string; block: boolean }[] = [];
  let body = '';
  let cursor = 0;
  const lineStarts = [0, ...[...source.body.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1)];
  for (const call of calls) {
    const offset = lineStarts[call.line - 1]! + call.column - 1;
    body += source.body.slice(cursor, offset);
    cursor = offset + call.raw.length;
    const shortcode = shortcodes[call.name];
    const report = (problem: ShortcodeProblem) => problems.push({ severity: 'error', ...at(call.line, call.column), ...problem });
    if (!shortcode) {
      const suggestion = closestMatch(call.name, Object.keys(shortcodes));
      report({
        code: 'unknown-shortcode',
        message: `There is no shortcode called "${call.name}".`,
        expected: `one of ${Object.keys(shortcodes).join(', ')}`,
        found: call.name,
        fix: suggestion ? `Did you mean {% ${suggestion} … %}?` : `Use one of: ${Object.values(shortcodes).map((s) => s.usage).join(', ')}.`,
      });
      continue;
    }
    if (shortcode.block && !call.alone) {
      report({
        code: 'block-shortcode-inline',
        message: `${call.raw} makes a table or chart, so it must be on a line of its own.`,
        fix: 'Put it on its own line, with a blank line before and after.',
      });
      continue;
    }
    const context: ShortcodeContext = {
      ...options.context,
      lookup: (id, kinds) => {
        if (id === undefined) {
          report({ code: 'missing-shortcode-argument', message: `${call.raw} needs the id of a data file.`, expected: shortcode.usage, found: call.raw });
          return undefined;
        }
        const entry = options.context.figures.byId.get(id);
        const ids = [...options.context.figures.byId.values()].filter((e) => !kinds || kinds.includes(e.kind)).map((e) => e.id);
        if (!entry || (kinds && !kinds.includes(entry.kind))) {
          const suggestion = closestMatch(id, ids);
          report({
            code: entry ? 'wrong-data-kind' : 'unknown-data-id',
            message: entry
              ? `${call.raw} needs ${kinds!.join(' or ')} data, but "${id}" is ${entry.kind} data (${entry.file}).`
              : `${call.raw} refers to "${id}", but there is no data file with that name.`,
            expected: ids.length ? `one of ${ids.join(', ')}` : 'a data file in data/',
            found: id,
            fix: suggestion ? `Did you mean "${suggestion}"?` : `Create the data file (for example data/indicators/${id}.yaml), or correct the id.`,
          });
          return undefined;
        }
        return entry;
      },
      report,
    };
    const token = `yjplanslot${slots.length}x`;
    slots.push({ token, html: shortcode.render(call.args, context), block: shortcode.block });
    // The token takes the call's place exactly, so line numbers stay true.
    body += token;
  }
  body += source.body.slice(cursor);

  const env: HeadingEnv & AudienceEnv & ImageAltEnv & PlanImagesEnv & { glossary: GlossaryEntry[]; glossaryHref: string | undefined } = {
    audience: options.context.figures.audience,
    sourceDir: path.posix.dirname(source.file),
    pageUrl: options.context.pageUrl,
    idPrefix: options.idPrefix,
    glossary: options.glossary,
    glossaryHref: options.glossaryHref,
  };
  let html = markdown.render(body, env);
  for (const slot of slots) {
    if (!slot.block) html = html.split(slot.token).join(slot.html);
    else if (html.includes(`<p>${slot.token}</p>`)) html = html.replace(`<p>${slot.token}</p>`, () => slot.html);
    // A block call with text on the line next to it sits inside a paragraph: split the paragraph around it.
    else if (insideParagraph(html, slot.token)) html = html.replace(new RegExp(`\\n?${slot.token}\\n?`), () => `</p>\n${slot.html}\n<p>`).replace(/<p>\s*<\/p>\n?/g, '');
    // In a tight list item (no <p>), the block follows the item's text inside the <li>.
    else html = html.replace(new RegExp(`\\n?${slot.token}\\n?`), () => `\n${slot.html}\n`);
  }
  for (const image of env.imagesWithoutAlt ?? []) {
    problems.push({
      severity: 'error',
      code: 'image-without-alt',
      ...at(image.line),
      message: 'This picture has no text alternative, so people who cannot see it are not told what it shows.',
      expected: 'a description of the picture in the square brackets, e.g. ![Map of the borough\'s four localities](images/map.png)',
      found: `![](${image.src})`,
      fix: 'Write what the picture shows, in a short sentence, between the square brackets.',
    });
  }
  for (const line of env.demotedH1Lines ?? []) {
    problems.push({
      severity: 'warning',
      code: 'h1-in-chapter',
      ...at(line),
      message: 'A heading starting with a single # was made a section heading (##). The chapter title is the page\'s only top-level heading.',
      fix: 'Start section headings with ## and sub-sections with ###.',
    });
  }
  for (const image of env.foreignImages ?? []) problems.push({ severity: 'error', ...at(image.line), ...foreignImageProblem(image.src, image.kind), found: image.src });
  const images: string[] = [];
  for (const image of env.planImages ?? []) {
    const problem = (code: string, message: string, fix: string) =>
      problems.push({ severity: 'error', code, ...at(image.line), message, found: image.src, fix });
    if (!image.planPath) problem('image-outside-plan', `The picture "${image.src}" is outside the plan folder, so it cannot be published with the plan.`, 'Copy the picture into content/images/ and write ![…](images/NAME).');
    else if (!imageTypes.includes(path.extname(image.planPath).toLowerCase())) problem('not-an-image', `"${image.src}" is not a picture a web browser can show.`, `Use an SVG, PNG, JPEG, GIF or WebP file (${imageTypes.join(', ')}).`);
    else if (!existsSync(path.join(options.planDir, image.planPath)) || !statSync(path.join(options.planDir, image.planPath)).isFile()) {
      problem('missing-image', `There is no picture at ${image.planPath}.`, `Check the name and folder: a path in a chapter is relative to the chapter's file, e.g. images/map.png for content/images/map.png.`);
    } else if (!realpathSync(path.join(options.planDir, image.planPath)).startsWith(realpathSync(options.planDir) + path.sep)) {
      problem('image-outside-plan', `The picture ${image.planPath} is a link to a file outside the plan folder.`, 'Copy the picture itself into the plan folder instead of linking to it.');
    } else if (statSync(path.join(options.planDir, image.planPath)).size > maxImageBytes) {
      problem('image-too-large', imageTooLargeMessage(image.planPath, statSync(path.join(options.planDir, image.planPath)).size), 'Save a smaller copy of the picture: one for a web page needs well under 1 MB.');
    } else images.push(image.planPath);
  }
  return { html, headings: env.headings ?? [], images, problems };
}

/** A picture that is not a file of the plan: what is wrong and how to put it right. */
function foreignImageProblem(src: string, kind: ForeignImageKind): Pick<Problem, 'code' | 'message' | 'fix'> {
  const saveIt = 'Save the picture in content/images/ (if you may publish it) and write ![…](images/NAME).';
  if (kind === 'inline') return { code: 'inline-image', message: 'This picture is written into the Markdown as a data: address; a plan\'s pictures are files, checked and published like every other.', fix: saveIt };
  if (kind === 'fragment') return { code: 'not-an-image', message: `"${src}" is a place on a page, not a picture.`, fix: saveIt };
  return {
    code: 'remote-image',
    message: 'This picture is on another website. A plan is self-contained: the website may not load it and the PDF build does not fetch it.',
    fix: saveIt,
  };
}

/** True when `token` stands inside an open <p> of `html` (the last <p> before it is not yet closed). */
function insideParagraph(html: string, token: string): boolean {
  const before = html.slice(0, html.indexOf(token));
  const opened = Math.max(...[...before.matchAll(/<p[\s>]/g)].map((m) => m.index ?? -1), -1);
  return opened > before.lastIndexOf('</p>');
}
