import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A canned answer for the next request to a path. */
export interface FakeAnswer {
  /** @default 200 */
  status?: number;
  /** A JSON body (errcode 0 is not added) or raw text. */
  body?: Record<string, unknown> | string;
  /** Waits this long before answering. @default 0 */
  delayMs?: number;
}

export interface FakeUser {
  userid: string;
  name: string;
  [field: string]: unknown;
}

export interface FakeDingTalkApiOptions {
  /** @default 'fake-app-key' */
  appKey?: string;
  /** @default 'fake-app-secret-5f2c9a' */
  appSecret?: string;
  /** @default 7200 */
  tokenExpiresIn?: number;
  /** @default 7200 */
  ticketExpiresIn?: number;
  /** A fixed ticket; otherwise each ticket request issues a new one. */
  ticket?: string;
  /** Auth code → user. */
  users?: Record<string, FakeUser>;
}

type Path =
  | '/gettoken'
  | '/get_jsapi_ticket'
  | '/topapi/v2/user/getuserinfo'
  | '/topapi/v2/user/get'
  | '/user/getuserinfo'
  | '/user/get';

export interface FakeDingTalkApi {
  /** The base URL to pass as `baseUrl`. */
  url: string;
  appKey: string;
  appSecret: string;
  /** Requests answered (or still being answered) per path. */
  count(path: Path | string): number;
  /** The most requests it was answering at the same time. */
  peakInFlight(): number;
  /** Every request: method, path, query and (for POST) the JSON body. */
  requests: { method: string; path: string; query: URLSearchParams; body: Record<string, unknown> }[];
  /** Every token and ticket handed out, to prove none leaks. */
  issued: string[];
  /** The ticket handed out last. */
  lastTicket(): string | undefined;
  /** Answers the next request to `path` with `answer` (queued, first in first out). */
  answerNext(path: Path, answer: FakeAnswer): void;
  /** Answers every request to `path` with `answer` until called with `undefined`. */
  answerAlways(path: Path, answer: FakeAnswer | undefined): void;
  /** Delays every answer on `path` (0 to stop). */
  setDelay(path: Path, ms: number): void;
  /** Every token issued so far now answers errcode 42001 (expired). */
  expireTokens(): void;
  /** Stops answering: closes the listener and every connection. The URL stays the same. */
  close(): Promise<void>;
}

/**
 * A stand-in for https://oapi.dingtalk.com on 127.0.0.1, speaking the documented endpoints:
 * GET /gettoken?appkey=&appsecret=, GET /get_jsapi_ticket?access_token=,
 * POST /topapi/v2/user/getuserinfo?access_token= {code}, POST /topapi/v2/user/get?access_token= {userid},
 * and the legacy GET /user/getuserinfo?access_token=&code=, GET /user/get?access_token=&userid=.
 */
export async function createFakeDingTalkApi(options: FakeDingTalkApiOptions = {}): Promise<FakeDingTalkApi> {
  const appKey = options.appKey ?? 'fake-app-key';
  const appSecret = options.appSecret ?? 'fake-app-secret-5f2c9a';
  const users = options.users ?? {
    'auth-code-1': {
      userid: 'manager4220',
      name: '张三',
      unionid: 'union-4220',
      mobile: '13800000000',
      dept_id_list: [1],
    },
  };
  const counts = new Map<string, number>();
  const queued = new Map<string, FakeAnswer[]>();
  const always = new Map<string, FakeAnswer>();
  const delays = new Map<string, number>();
  const tokens = new Map<string, 'valid' | 'expired'>();
  const requests: FakeDingTalkApi['requests'] = [];
  const issued: string[] = [];
  let issuedTickets = 0;
  let issuedTokens = 0;
  let lastTicket: string | undefined;
  let inFlight = 0;
  let peak = 0;

  const checkToken = (query: URLSearchParams) => {
    const state = tokens.get(query.get('access_token') ?? '');
    if (state === undefined) return { errcode: 40014, errmsg: '不合法的access_token' };
    if (state === 'expired') return { errcode: 42001, errmsg: 'access_token超时' };
    return undefined;
  };

  const userByCode = (code: unknown) => (typeof code === 'string' ? users[code] : undefined);
  const userById = (userid: unknown) => Object.values(users).find((candidate) => candidate.userid === userid);

  const answer = (path: string, query: URLSearchParams, body: Record<string, unknown>): FakeAnswer => {
    const next = queued.get(path)?.shift() ?? always.get(path);
    if (next) return next;
    switch (path) {
      case '/gettoken': {
        if (query.get('appkey') !== appKey || query.get('appsecret') !== appSecret) {
          return { body: { errcode: 40089, errmsg: '不合法的corpid或corpsecret' } };
        }
        issuedTokens += 1;
        const token = `fake-token-${issuedTokens}-${Math.random().toString(36).slice(2)}`;
        tokens.set(token, 'valid');
        issued.push(token);
        return {
          body: { errcode: 0, errmsg: 'ok', access_token: token, expires_in: options.tokenExpiresIn ?? 7200 },
        };
      }
      case '/get_jsapi_ticket': {
        const failure = checkToken(query);
        if (failure) return { body: failure };
        issuedTickets += 1;
        const ticket =
          options.ticket ?? `fake-ticket-${issuedTickets}-${Math.random().toString(36).slice(2)}`;
        lastTicket = ticket;
        issued.push(ticket);
        return { body: { errcode: 0, errmsg: 'ok', ticket, expires_in: options.ticketExpiresIn ?? 7200 } };
      }
      case '/topapi/v2/user/getuserinfo': {
        const failure = checkToken(query);
        if (failure) return { body: failure };
        const user = userByCode(body.code);
        if (!user) return { body: { errcode: 40078, errmsg: '不存在的临时授权码', request_id: 'r1' } };
        return {
          body: {
            errcode: 0,
            errmsg: 'ok',
            request_id: 'r2',
            result: {
              userid: user.userid,
              name: user.name,
              unionid: user.unionid,
              associated_unionid: '',
              device_id: 'device-1',
              sys: false,
              sys_level: 0,
            },
          },
        };
      }
      case '/topapi/v2/user/get': {
        const failure = checkToken(query);
        if (failure) return { body: failure };
        const user = userById(body.userid);
        if (!user) return { body: { errcode: 60121, errmsg: '找不到该用户' } };
        return { body: { errcode: 0, errmsg: 'ok', request_id: 'r3', result: { ...user, active: true } } };
      }
      case '/user/getuserinfo': {
        const failure = checkToken(query);
        if (failure) return { body: failure };
        const user = userByCode(query.get('code'));
        if (!user) return { body: { errcode: 40078, errmsg: '不存在的临时授权码' } };
        return {
          body: {
            errcode: 0,
            errmsg: 'ok',
            userid: user.userid,
            sys_level: 0,
            is_sys: false,
            deviceId: 'device-1',
          },
        };
      }
      case '/user/get': {
        const failure = checkToken(query);
        if (failure) return { body: failure };
        const user = userById(query.get('userid'));
        if (!user) return { body: { errcode: 60121, errmsg: '找不到该用户' } };
        // The legacy names of two v2 fields.
        const { dept_id_list: department, ...rest } = user;
        return { body: { errcode: 0, errmsg: 'ok', ...rest, department, isAdmin: false } };
      }
      default:
        return { status: 404, body: { errcode: 404, errmsg: 'not found' } };
    }
  };

  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    response.once('close', () => {
      inFlight -= 1;
    });
    let text = '';
    for await (const chunk of request) text += String(chunk);
    let body: Record<string, unknown> = {};
    try {
      body = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
    } catch {
      body = {};
    }
    requests.push({ method: request.method ?? 'GET', path: url.pathname, query: url.searchParams, body });
    const reply = answer(url.pathname, url.searchParams, body);
    const delay = (reply.delayMs ?? 0) + (delays.get(url.pathname) ?? 0);
    const send = () => {
      if (response.destroyed) return;
      const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
      response.writeHead(reply.status ?? 200, {
        'content-type': typeof reply.body === 'string' ? 'text/html' : 'application/json',
      });
      response.end(text);
    };
    if (delay > 0) setTimeout(send, delay);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    appKey,
    appSecret,
    count: (path) => counts.get(path) ?? 0,
    peakInFlight: () => peak,
    requests,
    issued,
    lastTicket: () => lastTicket,
    answerAlways(path, reply) {
      if (reply) always.set(path, reply);
      else always.delete(path);
    },
    answerNext(path, reply) {
      const list = queued.get(path) ?? [];
      list.push(reply);
      queued.set(path, list);
    },
    setDelay(path, ms) {
      delays.set(path, ms);
    },
    expireTokens() {
      for (const token of tokens.keys()) tokens.set(token, 'expired');
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
