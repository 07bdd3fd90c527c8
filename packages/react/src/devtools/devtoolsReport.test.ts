import { type CallEvent, createBridge, DingTalkClient, type Locale, type Transport } from '@dingkit/core';
import { deviceNotificationToast } from '@dingkit/core/apis';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { devtoolsLabels } from './devtoolsLabels';
import { devtoolsFacts, devtoolsReport } from './devtoolsReport';

const signedAt = 1_700_000_000;

/** A client whose handshake the transport answers as `config` says, recording every event. */
async function recorded(config: Transport['config']) {
  const locale: Locale = 'en';
  const events: CallEvent[] = [];
  const transport: Transport = {
    platform: 'ios',
    version: '7.1.0',
    config,
    invoke: async (api) => (api === 'device.notification.toast' ? {} : Promise.reject({ errorCode: '9' })),
    on: () => () => {},
  };
  const client = new DingTalkClient({
    bridge: createBridge(transport, { locale }),
    locale,
    getSignature: async () => ({
      agentId: '1001',
      corpId: 'dingcorp',
      timeStamp: String(signedAt),
      nonceStr: 'nonce-3',
      signature: 'f'.repeat(40),
    }),
    onCall: (event) => events.push(event),
  });
  return { client, events };
}

// The page's address, as the browser would have it.
const goTo = (url: string) =>
  (globalThis as unknown as { jsdom: { reconfigure(o: { url: string }): void } }).jsdom.reconfigure({ url });
const before = location.href;
beforeEach(() => goTo('https://app.example.com/tasks?id=7#/detail'));
afterEach(() => goTo(before));

it('reports the environment, the handshake and each call, with no secret', async () => {
  const { client, events } = await recorded(async () => ({
    authorizedAPIList: ['biz.contact.choose'],
    unauthorizedAPIList: ['biz.ding.post'],
  }));
  await client.call(deviceNotificationToast, { text: '已保存' });
  const facts = devtoolsFacts(client, events, (signedAt + 95) * 1000);
  const report = devtoolsReport(facts, devtoolsLabels.en, new Date(0));
  expect(report).toContain('Page: https://app.example.com/tasks?id=7\n');
  expect(report).toContain('Platform: ios; Client version: 7.1.0');
  expect(report).toContain('Handshake: ready (ready)');
  expect(report).toContain('Signed URL: https://app.example.com/tasks?id=7\n');
  expect(report).toContain(`timeStamp: ${signedAt} (95 s ago)`);
  expect(report).toContain('Denied APIs: biz.ding.post');
  expect(report).toMatch(/device\.notification\.toast → OK \d+ ms\n {2}params: \{"text":"已保存"\}/);
  expect(report).not.toContain('f'.repeat(40));
});

it('gives the rejected handshake its code and diagnosis, and the calls that waited for it', async () => {
  const { client, events } = await recorded(() =>
    Promise.reject({ errorCode: 52013, errorMessage: '签名校验失败' }),
  );
  await expect(client.call(deviceNotificationToast, { text: 'hi' })).rejects.toMatchObject({
    code: 'CONFIG_FAILED',
  });
  const report = devtoolsReport(devtoolsFacts(client, events), devtoolsLabels.en);
  expect(report).toContain('Signed URL: https://app.example.com/tasks?id=7\n');
  expect(report).toMatch(
    /CONFIG_FAILED: config failed\. DingTalk said: 52013 签名校验失败\..*hash \(#\/detail\)/,
  );
  expect(report).toMatch(/device\.notification\.toast → CONFIG_FAILED/);
});

it("counts a listening call's later answers and reports them, without taking them for its outcome", async () => {
  const step = {
    kind: 'call',
    id: 7,
    api: 'biz.navigation.setMenu',
    params: { items: [] },
    start: 0,
  } as const;
  const events: CallEvent[] = [
    { ...step, phase: 'before' },
    { ...step, phase: 'after', duration: 3, result: {} },
    { ...step, phase: 'repeat', duration: 900, result: { id: 'help' } },
    { ...step, phase: 'repeat', duration: 1500, result: { id: 'share' } },
  ];
  // The client's own events are not used: the facts come from these.
  const { client } = await recorded(async () => ({ authorizedAPIList: [], unauthorizedAPIList: [] }));
  const facts = devtoolsFacts(client, events);
  expect(facts.calls.map(({ after, repeats }) => [after?.duration, repeats.length])).toEqual([[3, 2]]);
  const report = devtoolsReport(facts, devtoolsLabels.en, new Date(0));
  expect(report).toContain('biz.navigation.setMenu → OK 3 ms\n');
  expect(report).toContain('  then 2 later answers: {"id":"help"} {"id":"share"}');
  expect(devtoolsReport(facts, devtoolsLabels['zh-CN'], new Date(0))).toContain('之后又应答 2 次');
});
