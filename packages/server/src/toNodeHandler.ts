import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTimeout, BodyTooLarge, handlerCoreOf } from './handlerCore';
import { type DingTalkServerLocale, operatorMessages, publicMessages } from './serverMessages';

/** Options of {@link toNodeHandler}. */
export interface NodeHandlerOptions {
  /**
   * The largest request body passed on to the handler, in bytes; a bigger one is answered with 413
   * before the handler runs.
   * @default 65536
   */
  maxBodyBytes?: number;
  /**
   * How long to wait for the request body, in milliseconds; a body that stalls is answered with
   * 408 (instead of holding the connection until Node's own 300 s `requestTimeout`).
   * @default 10000
   */
  bodyTimeoutMs?: number;
  /**
   * The language of the answers the adapter gives itself (413, 408 and 500 before or around a
   * handler that is not `DingTalkServer.handler`; that one answers in the server's own `locale`).
   * @default 'en'
   */
  locale?: DingTalkServerLocale;
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

/** Reads the body (or what a body parser that ran before us made of it) within `limit` bytes and `timeoutMs`. */
function readBody(
  request: NodeRequest,
  limit: number,
  timeoutMs: number,
): Promise<Buffer | string | undefined> {
  // A body parser that ran before us (express.json(), …) has consumed the stream: use its result.
  if (request.readableEnded) {
    const { body } = request;
    if (body === undefined || body === null) return Promise.resolve(undefined);
    if (typeof body === 'string' || Buffer.isBuffer(body)) return Promise.resolve(body);
    return Promise.resolve(JSON.stringify(body));
  }
  if (Number(request.headers['content-length']) > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error: Error | undefined) => {
      clearTimeout(timer);
      request.off('data', onData).off('end', onEnd).off('error', onError);
      if (error) {
        // Stop reading: the answer says 'connection: close' and the socket goes with it.
        request.pause();
        reject(error);
      } else resolve(size === 0 ? undefined : Buffer.concat(chunks));
    };
    const onData = (chunk: Buffer | string) => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.byteLength;
      if (size > limit) finish(new BodyTooLarge());
      else chunks.push(buffer);
    };
    const onEnd = () => finish(undefined);
    const onError = (error: Error) => finish(error);
    const timer = setTimeout(() => finish(new BodyTimeout()), timeoutMs);
    request.on('data', onData).on('end', onEnd).on('error', onError);
  });
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

function sendBodyFailure(
  response: ServerResponse,
  error: unknown,
  maxBodyBytes: number,
  locale: DingTalkServerLocale,
) {
  if (error instanceof BodyTooLarge) {
    const message = operatorMessages[locale].bodyTooLarge({ max: maxBodyBytes });
    sendJson(response, 413, { error: 'INVALID_INPUT', message }, { connection: 'close' });
  } else if (error instanceof BodyTimeout) {
    const message = publicMessages[locale].REQUEST_TIMEOUT;
    sendJson(response, 408, { error: 'REQUEST_TIMEOUT', message }, { connection: 'close' });
  } else {
    sendJson(response, 400, { error: 'INVALID_INPUT', message: publicMessages[locale].INVALID_INPUT });
  }
}

/**
 * Adapts a Fetch API handler (`DingTalkServer.handler`) to Node's `http` and to frameworks on top
 * of it: `http.createServer(toNodeHandler(server.handler))`, or in Express
 * `app.use('/api/dingtalk', toNodeHandler(server.handler))`. Given `DingTalkServer.handler`
 * itself, it answers without building a Fetch `Request` and `Response` for each call; any other
 * Fetch API handler (a Hono app's `fetch`, …) is called with a `Request`.
 */
export function toNodeHandler(
  handler: (request: Request) => Promise<Response>,
  options: NodeHandlerOptions = {},
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const maxBodyBytes = options.maxBodyBytes ?? 65_536;
  const bodyTimeoutMs = options.bodyTimeoutMs ?? 10_000;
  const locale = options.locale ?? 'en';
  const core = handlerCoreOf(handler);

  return async (incoming, response) => {
    const request = incoming as NodeRequest;
    const method = request.method ?? 'GET';
    try {
      if (core) {
        const answer = await core({
          method,
          url: request.originalUrl ?? request.url ?? '/',
          header: (name) => {
            const value = request.headers[name];
            return Array.isArray(value) ? value.join(', ') : value;
          },
          readBody: async (limit, timeoutMs) => {
            const body = await readBody(
              request,
              Math.min(limit, maxBodyBytes),
              Math.min(timeoutMs, bodyTimeoutMs),
            );
            return body === undefined ? '' : body.toString();
          },
        });
        response.writeHead(answer.status, answer.headers);
        response.end(method === 'HEAD' ? undefined : answer.body);
        return;
      }
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
        const body =
          method === 'GET' || method === 'HEAD'
            ? undefined
            : await readBody(request, maxBodyBytes, bodyTimeoutMs);
        fetchRequest = new Request(url, {
          method,
          headers,
          body: body === undefined ? null : typeof body === 'string' ? body : new Uint8Array(body),
        });
      } catch (error) {
        sendBodyFailure(response, error, maxBodyBytes, locale);
        return;
      }
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
