import {
  createDingTalkServer,
  type DingTalkServer,
  type DingTalkServerOptions,
} from '../createDingTalkServer';
import type { DingTalkServerLogger } from '../DingTalkServerLogger';
import type { FakeDingTalkApi } from './createFakeDingTalkApi';

/** A server of the fake API's app, signing https://app.example.com pages, with `overrides`. */
export function createTestServer(
  api: FakeDingTalkApi,
  overrides: Partial<DingTalkServerOptions> = {},
): DingTalkServer {
  return createDingTalkServer({
    appKey: api.appKey,
    appSecret: api.appSecret,
    agentId: '253441237',
    corpId: 'dingcorp1234',
    allowedOrigins: ['https://app.example.com'],
    baseUrl: api.url,
    ...overrides,
  });
}

/** A logger that writes each line, details as JSON, into `lines`. */
export function recordingLogger(lines: string[]): DingTalkServerLogger {
  const log = (message: string, details?: Record<string, unknown>) => {
    lines.push(`${message} ${JSON.stringify(details)}`);
  };
  return { debug: log, info: log, warn: log, error: log };
}
