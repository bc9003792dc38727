import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

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
 * Serves the last good preview build on localhost. Pages get a small reload
 * script (the published site's CSP forbids scripts, so the preview relaxes it
 * for itself only), and while the plan has errors every page shows them.
 */
export async function startPreviewServer(siteDir: () => string, port: number): Promise<PreviewServer> {
  const clients = new Set<ServerResponse>();
  let problemsHtml: string | undefined;
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
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
    let file = path.join(siteDir(), decodeURIComponent(url.pathname));
    if (!file.startsWith(siteDir())) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const extension = path.extname(file);
      if (extension === '.html' && problemsHtml) return sendHtml(response, problemsHtml);
      const body = await readFile(file);
      if (extension === '.html') return sendHtml(response, body.toString('utf8'));
      response.writeHead(200, { 'content-type': contentTypes[extension] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      if (problemsHtml) return sendHtml(response, problemsHtml);
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
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

function sendHtml(response: ServerResponse, html: string): void {
  const withReload = html
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace('</body>', '<script src="/__yjplan/reload.js"></script></body>');
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(withReload);
}
