import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../../errors/UsageError.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

/** The script the preview adds to each page so it reloads after a rebuild. Never part of a real build. */
const reloadScript = `const source = new EventSource('/__yjplan/events');
source.addEventListener('reload', () => location.reload());`;

export interface PreviewServer {
  server: Server;
  url: string;
  /** Tells every open page to reload. */
  reload(): void;
  /** Shows this HTML instead of the site until the next good build (the plan's errors). */
  showProblems(html: string | undefined): void;
}

/**
 * Host names the preview answers to. Any other Host header means a page on
 * another site is reaching the preview through DNS rebinding, so it is refused.
 */
const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLocalHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = /^(\[[^\]]*\]|[^:]*)(:\d+)?$/.exec(host.toLowerCase())?.[1];
  return name !== undefined && localHosts.has(name);
}

/**
 * The file a request path names inside `root`, or undefined when the path is
 * not valid (bad percent-encoding, a NUL) or leads outside it. Compared with
 * a separator, so /..%2fsite-secret/ cannot reach a sibling folder whose name
 * starts with the site folder's.
 */
export function fileInside(root: string, requestPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = path.resolve(root, `.${path.posix.sep}${decoded}`);
  return isInside(root, file) ? file : undefined;
}

function isInside(root: string, file: string): boolean {
  return file === root || file.startsWith(root.endsWith(path.sep) ? root : `${root}${path.sep}`);
}

function sendStatus(response: ServerResponse, status: number, text: string): void {
  const body = Buffer.from(`${text}\n`);
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-store' }).end(body);
}

/**
 * Serves the last good preview build on localhost. Pages get a small reload
 * script (the published site's CSP forbids scripts, so the preview relaxes it
 * for itself only), and while the plan has errors every page shows them.
 *
 * Whatever a page in the author's browser sends, the preview answers and
 * keeps running: a request it cannot read gets 400, a Host other than
 * localhost 403, a path outside the built site 404; only files inside the
 * site (after following links) are ever read.
 */
export async function startPreviewServer(siteDir: () => string, port: number): Promise<PreviewServer> {
  const clients = new Set<ServerResponse>();
  let problemsHtml: string | undefined;

  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!isLocalHost(request.headers.host)) return sendStatus(response, 403, 'The yjplan preview only answers to localhost.');
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
    } catch {
      return sendStatus(response, 400, 'Bad request.');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendStatus(response, 405, 'The preview only serves pages.');
    if (url.pathname === '/__yjplan/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      response.write(': connected\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    if (url.pathname === '/__yjplan/reload.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(reloadScript);
      return;
    }
    const root = siteDir();
    const requested = fileInside(root, url.pathname);
    if (!requested) return sendStatus(response, /%(?![0-9a-f]{2})/i.test(url.pathname) ? 400 : 404, 'Not found.');
    try {
      let file = requested;
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      // A link inside the site must not lead the preview to a file outside it.
      if (!isInside(await realpath(root), await realpath(file))) return sendStatus(response, 404, 'Not found.');
      const extension = path.extname(file);
      if (extension === '.html' && problemsHtml) return sendHtml(response, problemsHtml);
      const body = await readFile(file);
      if (extension === '.html') return sendHtml(response, body.toString('utf8'));
      response.writeHead(200, { 'content-type': contentTypes[extension] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      if (problemsHtml) return sendHtml(response, problemsHtml);
      sendStatus(response, 404, 'Not found.');
    }
  };

  const server = createServer((request, response) => {
    answer(request, response).catch(() => {
      if (!response.headersSent) sendStatus(response, 500, 'The preview could not answer this request.');
      else response.destroy();
    });
  });
  // A request Node cannot even parse is answered 400 instead of being dropped.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' || error.code === 'EACCES' ? new UsageError(portUnavailable(port, error.code)) : error));
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    url: `http://127.0.0.1:${actualPort}/`,
    reload() {
      for (const client of clients) client.write('event: reload\ndata: now\n\n');
    },
    showProblems(html) {
      problemsHtml = html;
    },
  };
}

export function portUnavailable(port: number, code: 'EADDRINUSE' | 'EACCES'): string {
  const why = code === 'EADDRINUSE' ? 'is already in use (by another program, or another preview)' : 'needs special permission on this computer';
  return `The preview cannot use port ${port}: it ${why}. Choose another with --port, for example --port ${port === 8081 ? 8082 : 8081}.`;
}

function sendHtml(response: ServerResponse, html: string): void {
  const withReload = html
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace('</body>', '<script src="/__yjplan/reload.js"></script></body>');
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(withReload);
}
