/** A request as the handler needs it, whatever server it came through (Fetch API or Node's http). */
export interface HandlerRequest {
  method: string;
  /** The request URL: absolute, or the path with its query. */
  url: string;
  /** A header's value by its lower-case name. */
  header(name: string): string | undefined;
  /** The body as text: rejects with `BodyTooLarge` past `limit` bytes, `BodyTimeout` after `timeoutMs`. */
  readBody(limit: number, timeoutMs: number): Promise<string>;
}

/** The handler's answer, before it becomes a Fetch `Response` or is written to a Node response. */
export interface HandlerResponse {
  status: number;
  headers: Record<string, string>;
  /** `undefined` for answers without a body (204, HEAD). */
  body: string | undefined;
}

export type HandlerCore = (request: HandlerRequest) => Promise<HandlerResponse>;

/**
 * Where `DingTalkServer.handler` keeps its framework-free core, so that `toNodeHandler` can skip
 * building a Fetch `Request` and `Response` for each call. A registered symbol, so that it is the
 * same in every entry point's bundle.
 */
export const handlerCoreKey: unique symbol = Symbol.for('@dingkit/server.handlerCore') as never;

/** The core behind a handler made by `createDingTalkServer`, if `handler` is one. */
export function handlerCoreOf(handler: unknown): HandlerCore | undefined {
  if (typeof handler !== 'function') return undefined;
  const core: unknown = (handler as { [handlerCoreKey]?: unknown })[handlerCoreKey];
  return typeof core === 'function' ? (core as HandlerCore) : undefined;
}

export class BodyTooLarge extends Error {}
export class BodyTimeout extends Error {}

/** Reads at most `limit` bytes of a Fetch request's body within `timeoutMs`. */
export async function readRequestText(request: Request, limit: number, timeoutMs: number): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > limit) throw new BodyTooLarge();
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BodyTimeout()), timeoutMs);
  });
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), timeout]);
      if (done) break;
      size += value.byteLength;
      if (size > limit) throw new BodyTooLarge();
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  // No Buffer: this also runs in edge runtimes.
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
