import { load } from 'cheerio';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { VerifyFailure } from './VerifyFailure.ts';

/** Attributes that hold a URL, and whether following it is navigation (a link) or loading (a resource). */
const urlAttributes = ['href', 'src', 'srcset', 'data', 'poster', 'xlink:href', 'action', 'formaction'];
const navigationElements = new Set(['a', 'area']);
/** Where a link may lead off the site: to another website, an email address, a phone number. */
const allowedLinkSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const scheme = /^([a-z][a-z0-9+.-]*:)/i;
const cssUrl = /url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]+)\3/g;
const localReference = /url\(\s*['"]?#([^'")\s]+)['"]?\s*\)/g;

interface Location {
  line?: number;
  column?: number;
}

type Located = { sourceCodeLocation?: { startLine: number; startCol: number; attrs?: Record<string, { startLine: number; startCol: number }> } | null };

/**
 * Checks that every link and every file a page uses resolves inside the
 * built folder: relative paths lead to files that exist, fragments to ids
 * that exist on the target page (glossary terms, chart tables, sections),
 * and nothing is loaded from another host. Links out to other websites in
 * <a href> are allowed (a plan cites the YJB's guidance and the council's
 * own pages) but cannot be followed here, with no network; a link with a
 * javascript:, data: or file: URL is not.
 */
export async function checkLinks(options: { root: string; htmlFiles: string[]; cssFiles?: string[] }): Promise<VerifyFailure[]> {
  const root = path.resolve(options.root);
  const failures: VerifyFailure[] = [];
  const idsOf = new Map<string, Promise<Set<string>>>();
  const ids = (file: string) => {
    let found = idsOf.get(file);
    if (!found) {
      found = readFile(file, 'utf8').then((html) => {
        const $ = load(html);
        return new Set([...$('[id]').map((_, e) => $(e).attr('id')!).get(), ...$('a[name]').map((_, e) => $(e).attr('name')!).get()]);
      });
      idsOf.set(file, found);
    }
    return found;
  };

  /** Checks one relative URL from `file`; returns a reason it is broken, or undefined. */
  const brokenTarget = async (file: string, url: string, description: string): Promise<string | undefined> => {
    const hashAt = url.indexOf('#');
    const fragment = hashAt === -1 ? undefined : decodeSafely(url.slice(hashAt + 1));
    const pathPart = url.slice(0, hashAt === -1 ? undefined : hashAt).replace(/\?.*$/, '');
    let target = file;
    if (pathPart) {
      target = path.resolve(path.dirname(file), decodeSafely(pathPart));
      const inside = path.relative(root, target);
      if (inside.startsWith('..') || path.isAbsolute(inside)) return `${description} leads outside the published folder (${inside}).`;
      const found = await stat(target).catch(() => undefined);
      if (found?.isDirectory()) target = path.join(target, 'index.html');
      else if (!found) return `${description} goes nowhere: there is no file ${path.relative(root, target)}.`;
      if (!(await stat(target).catch(() => undefined))) return `${description} goes nowhere: there is no file ${path.relative(root, target)}.`;
    }
    if (fragment === undefined) return undefined;
    if (fragment === '') return `${description} goes nowhere: "#" on its own is a placeholder, not a link.`;
    if (!target.endsWith('.html')) return undefined;
    if (fragment === 'top' || (await ids(target)).has(fragment)) return undefined;
    const page = target === file ? 'this page' : path.relative(root, target);
    return `${description} goes nowhere: ${page} has no element with id "${fragment}".`;
  };

  const check = async (file: string, raw: string, kind: 'link' | 'resource', describe: string, at: Location) => {
    const url = raw.trim();
    const fail = (message: string) => failures.push({ checker: 'links', file, ...at, message });
    if (!url) {
      if (kind === 'resource') fail(`${describe} is empty.`);
      return;
    }
    const schemeMatch = scheme.exec(url);
    if (schemeMatch) {
      const name = schemeMatch[1]!.toLowerCase();
      if (kind === 'link') {
        if (!allowedLinkSchemes.has(name)) fail(`${describe} uses a ${name} URL; a link may lead only to a page of the plan, another website, an email address or a phone number.`);
      } else if (name !== 'data:') {
        fail(`${describe} loads a file from another place (${hostOf(url)}). A published plan must carry every file it uses, so it works offline and tells no other host who reads it.`);
      }
      return;
    }
    if (url.startsWith('//')) {
      if (kind === 'resource') fail(`${describe} loads a file from another host (${hostOf(`https:${url}`)}). A published plan must carry every file it uses.`);
      return;
    }
    if (url.startsWith('/')) {
      fail(`${describe} starts with "/", so it breaks when the site is published in a folder of the council's website. Use a relative URL.`);
      return;
    }
    const broken = await brokenTarget(file, url, describe);
    if (broken) fail(broken);
  };

  for (const file of options.htmlFiles) {
    const $ = load(await readFile(file, 'utf8'), { sourceCodeLocationInfo: true });
    const jobs: Promise<void>[] = [];
    for (const node of $('*').get()) {
      const element = node as unknown as { tagName: string; attribs: Record<string, string> };
      const tag = element.tagName.toLowerCase();
      const location = (node as unknown as Located).sourceCodeLocation;
      const at = (attribute?: string): Location => {
        const place = (attribute && location?.attrs?.[attribute]) || location;
        return place ? { line: place.startLine, column: place.startCol } : {};
      };
      for (const [name, value] of Object.entries(element.attribs)) {
        if (urlAttributes.includes(name)) {
          const kind = navigationElements.has(tag) || tag === 'form' || name === 'formaction' ? 'link' : 'resource';
          const urls = name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
          for (const url of urls) jobs.push(check(file, url, kind, `<${tag} ${name}="${url}">`, at(name)));
        }
        for (const match of value.matchAll(localReference)) {
          const id = match[1]!;
          jobs.push(
            ids(file).then((known) => {
              if (!known.has(id)) failures.push({ checker: 'links', file, ...at(name), message: `<${tag} ${name}="${value}"> refers to #${id}, but this page has no element with that id.` });
            }),
          );
        }
        if (name === 'style') for (const url of cssUrls(value)) jobs.push(check(file, url, 'resource', `A style on <${tag}> with url(${url})`, at(name)));
      }
      if (tag === 'style') for (const url of cssUrls($(node).text())) jobs.push(check(file, url, 'resource', `A <style> block with url(${url})`, at()));
      if (tag === 'meta' && element.attribs['http-equiv']?.toLowerCase() === 'refresh') {
        const target = /url\s*=\s*(.+)$/i.exec(element.attribs.content ?? '')?.[1];
        if (target) jobs.push(check(file, target.replace(/^['"]|['"]$/g, ''), 'link', `<meta http-equiv="refresh"> to ${target}`, at()));
      }
    }
    await Promise.all(jobs);
  }

  for (const file of options.cssFiles ?? []) {
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(cssUrl)) {
      const url = match[2] ?? match[4] ?? '';
      if (url.startsWith('#')) continue;
      const line = text.slice(0, match.index).split('\n').length;
      await check(file, url, 'resource', `url(${url})`, { line });
    }
  }
  return failures;
}

function cssUrls(css: string): string[] {
  return [...css.matchAll(cssUrl)].map((m) => m[2] ?? m[4] ?? '').filter((url) => !url.startsWith('#'));
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

