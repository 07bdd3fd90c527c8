import type { IncomingMessage, ServerResponse } from 'node:http';

/** Options of {@link toNodeHandler}. */
export interface NodeHandlerOptions {
  /**
   * The largest request body passed on to the handler, in bytes; a bigger one is answered with 413
   * before the handler runs.
   * @default 65536
   */
  maxBodyBytes?: number;
}

/** What frameworks built on Node's http add to the request (Express: `originalUrl`, `body`). */
type NodeRequest = IncomingMessage & { originalUrl?: string; body?: unknown };

// Hop-by-hop headers, and the length of a body that may be re-serialised below.
const skippedHeaders = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'upgrade',
]);

class TooLarge extends Error {}

async function readBody(
  request: NodeRequest,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | string | undefined> {
  // A body parser that ran before us (express.json(), …) has consumed the stream: use its result.
  if (request.readableEnded) {
    const { body } = request;
    if (body === undefined || body === null) return undefined;
    if (typeof body === 'string') return body;
    if (body instanceof Uint8Array) return new Uint8Array(body);
    return JSON.stringify(body);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.byteLength;
    if (size > limit) throw new TooLarge();
    chunks.push(buffer);
  }
  return size === 0 ? undefined : new Uint8Array(Buffer.concat(chunks));
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(JSON.stringify(body));
}

/**
 * Adapts a Fetch API handler (`DingTalkServer.handler`) to Node's `http` and to frameworks on top
 * of it: `http.createServer(toNodeHandler(server.handler))`, or in Express
 * `app.use('/api/dingtalk', toNodeHandler(server.handler))`.
 */
export function toNodeHandler(
  handler: (request: Request) => Promise<Response>,
  options: NodeHandlerOptions = {},
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const maxBodyBytes = options.maxBodyBytes ?? 65_536;

  return async (incoming, response) => {
    const request = incoming as NodeRequest;
    const method = request.method ?? 'GET';
    let fetchRequest: Request;
    try {
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value === undefined || skippedHeaders.has(name)) continue;
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const scheme = 'encrypted' in request.socket && request.socket.encrypted ? 'https' : 'http';
      const url = new URL(
        request.originalUrl ?? request.url ?? '/',
        `${scheme}://${request.headers.host ?? 'localhost'}`,
      );
      let body: Uint8Array<ArrayBuffer> | string | undefined;
      if (method !== 'GET' && method !== 'HEAD') body = await readBody(request, maxBodyBytes);
      fetchRequest = new Request(url, { method, headers, body: body ?? null });
    } catch (error) {
      if (error instanceof TooLarge) {
        sendJson(
          response,
          413,
          { error: 'INVALID_INPUT', message: `The body is larger than ${maxBodyBytes} bytes.` },
          { connection: 'close' },
        );
      } else {
        sendJson(response, 400, { error: 'INVALID_INPUT', message: 'The request could not be read.' });
      }
      return;
    }
    try {
      const result = await handler(fetchRequest);
      const outHeaders: Record<string, string> = {};
      result.headers.forEach((value, name) => {
        outHeaders[name] = value;
      });
      const payload = Buffer.from(await result.arrayBuffer());
      response.writeHead(result.status, outHeaders);
      response.end(method === 'HEAD' ? undefined : payload);
    } catch {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      sendJson(response, 500, {
        error: 'INTERNAL_ERROR',
        message: 'The handler failed; see the server log.',
      });
    }
  };
}
