import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDingTalkServer } from '@dingkit/server';
import { toNodeHandler } from '@dingkit/server/node';
import {
  createFakeDingTalkApi,
  type FakeDingTalkApi,
} from '../../packages/server/src/test/createFakeDingTalkApi';

/** A server listening on 127.0.0.1 at a free port. */
export interface Listening {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Stops listening and drops every connection. */
  close(): Promise<void>;
}

/** Serves `listener` over HTTP on 127.0.0.1. */
export async function listen(listener: RequestListener): Promise<Listening> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** What {@link startSigningServer} started. */
export interface SigningServer extends Listening {
  /** `GET` it with `?url=<page URL>`: the handler's signature route. */
  endpoint: string;
  /** The fake DingTalk API behind it, for the ticket it issued. */
  api: FakeDingTalkApi;
}

/**
 * `@dingkit/server`'s real handler (`createDingTalkServer` + `toNodeHandler`) over HTTP on
 * 127.0.0.1, mounted at `/api/dingtalk`, signing for `allowedOrigins` with tickets from a fake
 * DingTalk API it starts too.
 */
export async function startSigningServer(allowedOrigins: readonly string[]): Promise<SigningServer> {
  const api = await createFakeDingTalkApi();
  const dingtalk = createDingTalkServer({
    appKey: api.appKey,
    appSecret: api.appSecret,
    agentId: '253441237',
    corpId: 'dingcorp1234',
    allowedOrigins,
    baseUrl: api.url,
  });
  const server = await listen(toNodeHandler(dingtalk.handler));
  return {
    ...server,
    endpoint: `${server.url}/api/dingtalk/signature`,
    api,
    close: async () => {
      await server.close();
      await api.close();
    },
  };
}
