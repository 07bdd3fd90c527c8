import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JsapiConfig } from '@dingkit/core';
import type express from 'express';
import type { createClient } from 'redis';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createDingTalkServer,
  createSessionCookie,
  type DingTalkServer,
  type DingTalkServerErrorBody,
  type DingTalkServerErrorCode,
  type DingTalkServerOptions,
  type DingTalkServerResponseErrorCode,
  type DingTalkSession,
  type DingTalkStore,
  type DingTalkUser,
  type SessionCookie,
  type SignatureConfig,
} from './index';
import type { toNodeHandler } from './node';
import type { createRedisStore, RedisCommandClient } from './redis';

describe('@dingkit/server types', () => {
  it('returns the documented server', () => {
    expectTypeOf(createDingTalkServer).returns.toEqualTypeOf<DingTalkServer>();
    expectTypeOf<DingTalkServer['signUrl']>().returns.resolves.toEqualTypeOf<SignatureConfig>();
    expectTypeOf<DingTalkServer['getUserByAuthCode']>().returns.resolves.toEqualTypeOf<DingTalkUser>();
    expectTypeOf<DingTalkServer['handler']>().toEqualTypeOf<(request: Request) => Promise<Response>>();
    expectTypeOf<DingTalkUser['userid']>().toEqualTypeOf<string>();
  });

  it('signs exactly what dd.config needs besides jsApiList', () => {
    expectTypeOf<SignatureConfig>().toExtend<Omit<JsapiConfig, 'jsApiList' | 'type'>>();
    expectTypeOf<keyof SignatureConfig>().toEqualTypeOf<
      'agentId' | 'corpId' | 'timeStamp' | 'nonceStr' | 'signature'
    >();
  });

  it('accepts a node-redis client as it is', () => {
    type NodeRedisClient = Awaited<ReturnType<ReturnType<typeof createClient>['connect']>>;
    expectTypeOf<NodeRedisClient>().toExtend<RedisCommandClient>();
    expectTypeOf<typeof createRedisStore>().returns.toEqualTypeOf<DingTalkStore>();
  });

  it('plugs into Node http and Express', () => {
    type Listener = ReturnType<typeof toNodeHandler>;
    expectTypeOf<Listener>().toExtend<(request: IncomingMessage, response: ServerResponse) => unknown>();
    expectTypeOf<Listener>().toExtend<express.RequestHandler>();
  });

  it('has a closed set of error codes', () => {
    expectTypeOf<'TIMEOUT'>().toExtend<DingTalkServerErrorCode>();
    expectTypeOf<'CIRCUIT_OPEN' | 'BUSY' | 'LOCK_TIMEOUT'>().toExtend<DingTalkServerErrorCode>();
    expectTypeOf<'SOMETHING_ELSE'>().not.toExtend<DingTalkServerErrorCode>();
    expectTypeOf<DingTalkServerErrorCode>().toExtend<DingTalkServerResponseErrorCode>();
    expectTypeOf<
      'NOT_FOUND' | 'METHOD_NOT_ALLOWED' | 'REQUEST_TIMEOUT' | 'INTERNAL_ERROR'
    >().toExtend<DingTalkServerResponseErrorCode>();
    expectTypeOf<DingTalkServerErrorBody>().toEqualTypeOf<{
      error: DingTalkServerResponseErrorCode;
      message: string;
      errcode?: number;
    }>();
  });

  it('takes a locale, the v2 or legacy user API and a session', () => {
    expectTypeOf<DingTalkServerOptions['locale']>().toEqualTypeOf<'zh-CN' | 'en' | undefined>();
    expectTypeOf<DingTalkServerOptions['userApi']>().toEqualTypeOf<'v2' | 'legacy' | undefined>();
    expectTypeOf<DingTalkServerOptions['session']>().toEqualTypeOf<SessionCookie | undefined>();
    expectTypeOf(createSessionCookie).returns.toEqualTypeOf<SessionCookie>();
    expectTypeOf<SessionCookie['read']>().returns.resolves.toEqualTypeOf<DingTalkSession | undefined>();
  });

  it('returns the user in the v2 shape, with no open index signature', () => {
    expectTypeOf<DingTalkUser['dept_id_list']>().toEqualTypeOf<number[] | undefined>();
    expectTypeOf<DingTalkUser['unionid']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DingTalkUser['name']>().toEqualTypeOf<string>();
    expectTypeOf<'deviceId'>().not.toExtend<keyof DingTalkUser>();
  });
});
