/**
 * Makes a site path relative to the page that links to it, so the built site
 * works under any folder a council chooses, and from disk.
 * ("glossary.html", "young-people/index.html") => "../glossary.html"
 */
export function relativeUrl(target: string, fromPage: string): string {
  const depth = fromPage.split('/').length - 1;
  return `${'../'.repeat(depth)}${target}` || './';
}
