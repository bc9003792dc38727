export interface FrontMatterSplit {
  /** The YAML between the --- lines, or undefined when the file has none. */
  frontMatter: string | undefined;
  /** 1-based line of the first front matter line. */
  frontMatterLine: number;
  body: string;
  /** 1-based line where the body starts, so Markdown problems point at the right line. */
  bodyLine: number;
}

/** Splits "---\nYAML\n---\nMarkdown" into its parts, keeping line numbers. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const match = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { frontMatter: undefined, frontMatterLine: 1, body: text, bodyLine: 1 };
  const consumed = match[0];
  const bodyLine = consumed.split('\n').length - (consumed.endsWith('\n') ? 0 : 1);
  return { frontMatter: match[1] ?? '', frontMatterLine: 2, body: text.slice(consumed.length), bodyLine };
}

/**
 * Blanks out HTML comments (<!-- … -->), which authors use for notes and
 * guidance prompts. They never reach any output; newlines are kept so line
 * numbers in later messages stay true.
 */
export function blankAuthorNotes(markdown: string): string {
  return markdown.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ''));
}
