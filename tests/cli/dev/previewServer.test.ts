import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixturePlan, type FixturePlan } from '../../helpers/fixturePlan.ts';
import { startCli, type RunningCli } from '../../helpers/runCli.ts';

let plan: FixturePlan;
let work: string;
let dev: RunningCli;
let port: number;

/** Sends `request` as raw bytes (what any page in the author's browser, or any program, could send) and returns the status and body. */
function rawRequest(request: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let response = '';
    socket.on('data', (d: Buffer) => (response += d.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);
      resolve({ status, body: response.slice(response.indexOf('\r\n\r\n') + 4) });
    });
  });
}

const get = (target: string, host = `127.0.0.1:${port}`) => rawRequest(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);

beforeAll(async () => {
  plan = await copyFixturePlan('minimal');
  work = await mkdtemp(path.join(os.tmpdir(), 'yjplan-preview-'));
  dev = startCli(['dev', '--plan', plan.dir, '--out', path.join(work, 'out'), '--port', '0']);
  port = Number((await dev.waitFor(/at http:\/\/127\.0\.0\.1:(\d+)\//, 'stdout'))[1]);
  // A folder beside the site whose name starts with the site folder's, and a link inside the site to a file outside it.
  await mkdir(path.join(work, 'out/current/site-secret'), { recursive: true });
  await writeFile(path.join(work, 'out/current/site-secret/secret.txt'), 'the secret');
  await writeFile(path.join(work, 'outside.txt'), 'outside the site');
  await symlink(path.join(work, 'outside.txt'), path.join(work, 'out/current/site/linked.txt'));
});
afterAll(async () => {
  if (dev.child.exitCode === null) dev.child.kill('SIGTERM');
  await dev.exited;
  await plan.cleanup();
  await rm(work, { recursive: true, force: true });
});

describe('the preview server answers every request and keeps running', () => {
  it('answers a bad request with 400, a foreign Host with 403, paths outside the site with 404, and still serves the site', async () => {
    expect((await get('/%')).status).toBe(400);
    expect((await get('http://[')).status).toBe(400);
    expect(await get('/index.html', 'evil.example')).toEqual({ status: 403, body: 'The yjplan preview only answers to localhost.\n' });
    expect((await get('/index.html', 'evil.example:80')).status).toBe(403);
    for (const target of ['/..%2fsite-secret/secret.txt', '/..%2f..%2foutside.txt', '/%2e%2e/site-secret/secret.txt', '/linked.txt', '/a%00b']) {
      const { status, body } = await get(target);
      expect(status, target).toBe(404);
      expect(body, target).not.toMatch(/the secret|outside the site/);
    }
    const page = await get('/index.html');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Testshire');
    expect((await get('/', `localhost:${port}`)).status).toBe(200);
    expect(dev.child.exitCode).toBeNull();
  });

  it('stops on SIGTERM with one plain line and exit 143', async () => {
    const before = dev.stderr();
    dev.child.kill('SIGTERM');
    const result = await dev.exited;
    expect(result.code).toBe(143);
    expect(result.stderr.slice(before.length)).toBe('yjplan stopped (SIGTERM).\n');
  });
});
