import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A real HTTP server on 127.0.0.1 that counts every request it is sent, for proving a build calls no network. */
export interface CountingServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Every path requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startCountingServer(): Promise<CountingServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    // Answers as a real site would, so a leak would publish what it sent.
    const body = request.url?.endsWith('.json') ? '[{"category":"LEAKED-FROM-SERVER","value":1}]' : 'LEAKED-FROM-SERVER';
    response.writeHead(200, { 'content-type': request.url?.endsWith('.json') ? 'application/json' : 'text/plain', 'access-control-allow-origin': '*' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
