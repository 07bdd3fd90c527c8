import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JsapiConfig } from '@dingkit/core';
import type express from 'express';
import type { createClient } from 'redis';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createDingTalkServer,
  type DingTalkServer,
  type DingTalkServerErrorCode,
  type DingTalkStore,
  type DingTalkUser,
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
    expectTypeOf<'SOMETHING_ELSE'>().not.toExtend<DingTalkServerErrorCode>();
  });
});
