import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sign } from '@dingkit/core';
import { signatureDelayMs } from './setup';

/** The name the PC host is served at; Chromium maps it to 127.0.0.1 (--host-resolver-rules). */
export const hostName = 'h5.dingtalk.com';

export interface BenchServer {
  /** Where the apps are: `${appOrigin}/<id>/`. */
  appOrigin: string;
  /** The emulated PC client's page: `${hostOrigin}/?app=<app URL>`. */
  hostOrigin: string;
  close(): Promise<void>;
}

export interface BenchServerOptions {
  /** Built apps: id → folder (served at `/<id>/`). */
  apps: Record<string, string>;
  /** The PC host's script (host/pcHost.ts, bundled). */
  pcHost: string;
  /** The mobile emulator's script (host/mobileHost.ts, bundled), inlined into app pages opened with `?platform=`. */
  mobileHost: string;
}

const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
};
const typeOf = (path: string) => types[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream';

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`);

// The app server's signing key; the emulated clients accept any signature.
const ticket = 'tta-bench-jsapi-ticket';

/**
 * Serves the built apps gzip'd (-9, compressed once), the signature endpoint (after
 * `signatureDelayMs`), and the emulated PC client's page, on 127.0.0.1. Nothing is cached.
 */
export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const gzip = (body: string | Buffer) => gzipSync(body, { level: 9 });
  const files = new Map<string, { raw: Buffer; gzip: Buffer }>();
  for (const [id, dir] of Object.entries(options.apps)) {
    for (const path of filesIn(dir)) {
      const raw = readFileSync(path);
      files.set(`/${id}/${relative(dir, path)}`, { raw, gzip: gzip(raw) });
    }
  }
  const send = (response: ServerResponse, path: string, gzipped: Buffer) => {
    response.writeHead(200, {
      'content-type': typeOf(path),
      'content-encoding': 'gzip',
      'cache-control': 'no-store',
    });
    response.end(gzipped);
  };

  const hostPage = gzip(
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>钉钉</title><style>body{margin:0}iframe{border:0;width:100vw;height:100vh;display:block}</style></head><body><script>${options.pcHost}</script></body></html>`,
  );
  const inlineScript = `<script>${options.mobileHost}</script>`;

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    if (url.hostname === hostName) {
      send(response, 'index.html', hostPage);
      return;
    }
    if (url.pathname === '/signature') {
      const page = url.searchParams.get('url') ?? '';
      const timeStamp = Date.now();
      const nonceStr = Math.random().toString(36).slice(2);
      const signature = await sign({
        jsapi_ticket: ticket,
        noncestr: nonceStr,
        timestamp: timeStamp,
        url: page,
      });
      await new Promise((resolve) => setTimeout(resolve, signatureDelayMs));
      const body = { agentId: '1001', corpId: 'dingtta', timeStamp, nonceStr, signature };
      send(response, '.json', gzip(JSON.stringify(body)));
      return;
    }
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    const file = files.get(path);
    if (!file) {
      response.writeHead(404, { 'cache-control': 'no-store' }).end();
      return;
    }
    if (path.endsWith('.html') && url.searchParams.has('platform')) {
      // Mobile: the emulator goes in before the app's module script, which runs after parsing.
      send(response, path, gzip(file.raw.toString('utf8').replace('<head>', `<head>${inlineScript}`)));
      return;
    }
    send(response, path, file.gzip);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    appOrigin: `http://127.0.0.1:${port}`,
    hostOrigin: `http://${hostName}:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
