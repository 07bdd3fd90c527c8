// Every error code, every variant and every kind of rule has a message in both tables: facts in,
// a sentence that names them and says what to do out.
import { describe, expect, it } from 'vitest';
import { DingTalkError, shortMessage } from '../DingTalkError';
import type { DingTalkErrorCode, DingTalkErrorOptions, RuleFacts, RuleKind } from '../types';
import { message as en } from './en';
import { message as zhCN } from './zh-CN';

const tables = { en, 'zh-CN': zhCN };

const url = 'https://app.example.com:8443/home?team=%E9%92%89';
const said = { errorCode: 52013, platformMessage: '签名校验失败' };

/** Each code with the facts of each way dingkit creates it, and what its message must say. */
const cases: Record<DingTalkErrorCode, [options: DingTalkErrorOptions, mentions: string[]][]> = {
  NOT_IN_DINGTALK: [
    [{ api: 'biz.contact.choose' }, ['biz.contact.choose', '@dingkit/mock']],
    [{ api: 'biz.contact.choose', errorCode: 4040 }, ['4040']],
  ],
  UNSUPPORTED: [
    [
      { api: 'biz.util.openModal', details: { reason: 'platform', platform: 'ios', version: '7.0.0' } },
      ['7.0.0', "isSupported('biz.util.openModal')"],
    ],
    [{ api: 'biz.util.openModal', details: { reason: 'noBridge', platform: 'pc' } }, ['dingtalk-jsapi']],
    [{ api: 'biz.util.openModal', details: { reason: 'legacy' } }, ['DingTalkPC', 'dingtalk-jsapi']],
    [
      { api: 'biz.util.openModal', errorCode: 4050, platformMessage: 'not registered' },
      ['4050 not registered', 'isSupported()'],
    ],
  ],
  UNAUTHORIZED: [
    [{ api: 'biz.ding.post' }, ['biz.ding.post', 'jsApiList']],
    [{ api: 'biz.ding.post', details: { reason: 'unsigned' } }, ['jsApiList', 'getSignature']],
  ],
  CONFIG_FAILED: [
    [{ api: 'config', ...said }, ['52013 签名校验失败']],
    [
      {
        api: 'config',
        ...said,
        details: { url, href: `${url}#/list`, timeStamp: 1, nonceStr: 'n1', agentId: '1001', count: 2 },
      },
      [url, 'n1', '#/list', ':8443', '1001', '(5)', 'config'],
    ],
  ],
  SIGNATURE_FAILED: [
    [{ api: 'getSignature', details: { url, reason: 'timeout', timeoutMs: 30 } }, ['30', url, 'retry()']],
    [{ api: 'getSignature', details: { url }, cause: new Error('fetch failed') }, ['fetch failed', url]],
    [
      {
        api: 'getSignature',
        field: 'corpId',
        details: { url, reason: 'malformed', fields: ['corpId', 'signature'] },
      },
      ['corpId', 'signature', url],
    ],
    [
      {
        api: 'getSignature',
        details: {
          url,
          reason: 'answered',
          endpoint: '/sign',
          status: 403,
          error: 'ORIGIN_NOT_ALLOWED',
          message: 'no',
        },
      },
      ['GET /sign', '403 ORIGIN_NOT_ALLOWED', 'no'],
    ],
    [
      {
        api: 'getSignature',
        details: { url, reason: 'answered', endpoint: '/sign', status: 200 },
        cause: new SyntaxError('x'),
      },
      ['GET /sign', '200', 'JSON'],
    ],
    [
      {
        api: 'getSignature',
        details: { url, reason: 'unreachable', endpoint: '/sign' },
        cause: new TypeError('offline'),
      },
      ['GET /sign', 'offline', 'CORS'],
    ],
  ],
  INVALID_PARAMS: [
    [
      { api: 'device.notification.alert', details: { reason: 'params', received: 'text' } },
      ['device.notification.alert', '"text"', '{}'],
    ],
    [
      { api: 'biz.contact.choose', field: 'corpId', details: { reason: 'signature', key: 'corpId' } },
      ['corpId', 'getSignature', 'run()'],
    ],
    [
      {
        api: 'device.notification.toast',
        field: 'duration',
        details: { rule: { kind: 'range', min: 2, max: 5, unit: 'second' }, received: 10, optional: true },
      },
      ['device.notification.toast', '`duration`', '2', '5', '10'],
    ],
  ],
  CANCELLED: [
    [
      { api: 'biz.contact.choose', errorCode: -1, platformMessage: '用户取消' },
      ['biz.contact.choose', '-1 用户取消'],
    ],
  ],
  ABORTED: [
    [{ api: 'biz.util.downloadFile' }, ['biz.util.downloadFile']],
    [{ api: 'biz.util.downloadFile', details: { reason: 'waiting' } }, ['biz.util.downloadFile']],
  ],
  TIMEOUT: [
    [
      { api: 'biz.navigation.setTitle', details: { timeoutMs: 10_000 } },
      ['biz.navigation.setTitle', '10000', 'timeoutMs'],
    ],
    [{ api: 'config', details: { url, timeoutMs: 30 } }, ['config', '30']],
  ],
  API_FAILED: [
    [{ api: 'biz.ding.post', errorCode: 9, platformMessage: '参数错误' }, ['biz.ding.post', '9 参数错误']],
    [{ details: { reason: 'load' }, cause: new TypeError('Failed to fetch') }, ['Failed to fetch']],
    [
      { api: 'config', details: { reason: 'jsapi' }, cause: new Error('Cannot find module') },
      ['Cannot find module', 'npm install dingtalk-jsapi'],
    ],
  ],
};

/** One rule of every kind. */
const rules = {
  text: { kind: 'text' },
  string: { kind: 'string' },
  boolean: { kind: 'boolean' },
  positive: { kind: 'positive' },
  bytes: { kind: 'bytes' },
  callTypes: { kind: 'callTypes' },
  fileList: { kind: 'fileList' },
  url: { kind: 'url' },
  httpUrl: { kind: 'httpUrl' },
  downloadUrl: { kind: 'downloadUrl' },
  oneOf: { kind: 'oneOf', values: ['middle', 'mini'] },
  sources: { kind: 'sources', values: ['photo', 'space'] },
  range: { kind: 'range', min: 1, max: 9, integer: true },
  texts: { kind: 'texts', min: 1 },
  drawnFrom: { kind: 'drawnFrom', list: 'users' },
  memberOf: { kind: 'memberOf', list: 'urls' },
  indexOf: { kind: 'indexOf', list: 'urls' },
  object: { kind: 'object', shape: '{ format, value }' },
  attachment: { kind: 'attachment' },
  source: { kind: 'source', sources: ['photo', 'camera'] },
  date: { kind: 'date', field: 'alertDate', example: '2015-05-09 08:00' },
} satisfies { [K in RuleKind]: Extract<RuleFacts, { kind: K }> };

/** What a rule's words must contain besides the field, in any language. */
const ruleFacts: Partial<Record<RuleKind, string[]>> = {
  oneOf: ['"middle"', '"mini"'],
  sources: ["'photo'", "'space'"],
  range: ['1', '9'],
  drawnFrom: ['`users`'],
  memberOf: ['`urls`'],
  indexOf: ['`urls`', '0'],
  object: ['{ format, value }'],
  source: ['photo/camera'],
  date: ['alertDate.format', '2015-05-09 08:00'],
};

describe.each(Object.entries(tables))('the %s messages', (_locale, message) => {
  for (const [code, variants] of Object.entries(cases)) {
    it.each(variants)(`say ${code} with %o`, (options, mentions) => {
      const error = new DingTalkError(code as DingTalkErrorCode, options);
      const text = message(error);
      expect(text).not.toBe(shortMessage(error));
      for (const mention of mentions) expect(text).toContain(mention);
    });
  }

  it.each(Object.entries(rules))('say what a %s rule asks for', (kind, rule) => {
    const error = new DingTalkError('INVALID_PARAMS', {
      api: 'biz.util.openModal',
      field: 'size',
      details: { rule, received: 'large', optional: false },
    });
    const text = message(error);
    for (const mention of [
      'biz.util.openModal',
      '`size`',
      '"large"',
      ...(ruleFacts[kind as RuleKind] ?? []),
    ]) {
      expect(text).toContain(mention);
    }
  });
});

describe('the two tables', () => {
  it('differ for every variant and every rule: each is written, not copied', () => {
    const errors = [
      ...Object.entries(cases).flatMap(([code, variants]) =>
        variants.map(([options]) => new DingTalkError(code as DingTalkErrorCode, options)),
      ),
      ...Object.values(rules).map(
        (rule) =>
          new DingTalkError('INVALID_PARAMS', { api: 'x', field: 'f', details: { rule, received: 1 } }),
      ),
    ];
    for (const error of errors) expect(zhCN(error)).not.toBe(en(error));
  });

  it("speak DingTalk's vocabulary in Chinese", () => {
    const config = new DingTalkError('CONFIG_FAILED', {
      api: 'config',
      ...said,
      details: { url, href: url, timeStamp: 1, nonceStr: 'n', agentId: '1001', count: 1 },
    });
    expect(zhCN(config)).toContain('鉴权');
    expect(zhCN(config)).toContain('企业内部应用');
    expect(zhCN(new DingTalkError('UNAUTHORIZED', { api: 'biz.ding.post' }))).toContain('开发者后台');
    expect(
      zhCN(
        new DingTalkError('INVALID_PARAMS', {
          api: 'device.notification.toast',
          field: 'duration',
          details: { rule: { kind: 'range', min: 2, max: 5, unit: 'second' }, received: 10, optional: true },
        }),
      ),
    ).toContain('介于 2 和 5 之间的数字（单位：秒），收到的是 10');
  });
});
