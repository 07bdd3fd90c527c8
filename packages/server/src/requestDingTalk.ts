import type { Redactor } from './createRedactor';
import { DingTalkServerError } from './DingTalkServerError';

export interface UpstreamContext {
  baseUrl: string;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  redactor: Redactor;
}

export type UpstreamBody = Record<string, unknown>;

function isRecord(value: unknown): value is UpstreamBody {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const hints: Record<string, string> = {
  '/gettoken':
    'Check appKey and appSecret (开发者后台 → 凭证与基础信息) and that this server’s public IP is in the app’s 服务器出口IP list.',
  '/get_jsapi_ticket':
    'Check that the app may call get_jsapi_ticket and that the access_token belongs to it.',
  '/user/getuserinfo':
    'Auth codes are single-use and expire quickly: get a fresh one with runtime.permission.requestAuthCode and exchange it at once.',
  '/user/get': 'Check that the app has the 通讯录 (contacts) read permission for this user.',
};

/** Why a fetch failed, without the URL (undici puts it in some messages, and the URL holds secrets). */
function describeFailure(error: unknown, redactor: Redactor): string {
  const cause = error instanceof Error ? error.cause : undefined;
  const code =
    typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string'
      ? cause.code
      : undefined;
  if (code) return code;
  return redactor.redact(error instanceof Error ? error.message : String(error));
}

/**
 * One GET to the DingTalk server API: a timeout covering connect, headers and body; errcode,
 * HTTP status and JSON checked; every failure a `DingTalkServerError` without secrets in it.
 */
export async function requestDingTalk(
  context: UpstreamContext,
  path: string,
  query: Record<string, string>,
): Promise<UpstreamBody> {
  const url = `${context.baseUrl}${path}?${new URLSearchParams(query).toString()}`;
  const controller = new AbortController();
  const timeoutError = new DingTalkServerError(
    'TIMEOUT',
    `DingTalk ${path} did not answer within ${context.timeoutMs} ms. Check the server's outbound network, or raise timeoutMs.`,
    { api: path },
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Racing a timer (not only passing the signal) settles the call even with an injected fetch
  // that ignores `signal`.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(timeoutError);
      reject(timeoutError);
    }, context.timeoutMs);
  });

  const run = async (): Promise<UpstreamBody> => {
    let text: string;
    let response: Response;
    try {
      response = await context.fetch(url, {
        method: 'GET',
        headers: { accept: 'application/json' },
        signal: controller.signal,
      });
      text = await response.text();
    } catch (error) {
      if (controller.signal.aborted) throw timeoutError;
      throw new DingTalkServerError(
        'NETWORK_ERROR',
        `Could not reach DingTalk ${path} (${describeFailure(error, context.redactor)}). Check baseUrl and the server's outbound network.`,
        { api: path },
      );
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (isRecord(body) && body.errcode !== undefined && Number(body.errcode) !== 0) {
      const errcode = Number(body.errcode);
      const errmsg = context.redactor.redact(String(body.errmsg ?? '')).slice(0, 200);
      throw new DingTalkServerError(
        'API_ERROR',
        `DingTalk ${path} failed with errcode ${errcode}${errmsg ? ` (${errmsg})` : ''}. ${hints[path] ?? ''}`.trim(),
        { api: path, errcode, errmsg, status: response.status },
      );
    }
    if (!response.ok) {
      throw new DingTalkServerError(
        'HTTP_ERROR',
        `DingTalk ${path} answered HTTP ${response.status}. It may be down or rate-limiting; try again later.`,
        { api: path, status: response.status },
      );
    }
    if (!isRecord(body)) {
      throw new DingTalkServerError(
        'BAD_RESPONSE',
        `DingTalk ${path} answered with something other than a JSON object. Check baseUrl (a proxy or captive portal may be answering).`,
        { api: path, status: response.status },
      );
    }
    return body;
  };

  try {
    return await Promise.race([run(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** `body[field]` as a non-empty string, or a `BAD_RESPONSE` error naming the missing field. */
export function requireString(body: UpstreamBody, field: string, path: string): string {
  const value = body[field];
  if (typeof value === 'string' && value !== '') return value;
  throw new DingTalkServerError(
    'BAD_RESPONSE',
    `DingTalk ${path} answered without "${field}". Check baseUrl and that the app has the permission for this API.`,
    { api: path },
  );
}
