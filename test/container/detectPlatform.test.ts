import { detectPlatform, type Platform } from '@dingkit/core';
import { afterEach, expect, it } from 'vitest';

// detectPlatform against dingtalk-jsapi's own lib/env.js, case by case. 专有钉钉 / 政务钉钉
// (TaurusApp), for which dingtalk-jsapi has platforms of its own (gdt*) that dingkit has no
// adapter for, is expected as notInDingTalk.
const ours: readonly string[] = ['pc', 'ios', 'android', 'harmony', 'notInDingTalk'];

interface Case {
  name: string;
  userAgent: string;
  windowName?: string;
  globals?: Record<string, unknown>;
  expected: Platform;
}

const chrome =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';
const android =
  'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36';
const harmony =
  'Mozilla/5.0 (Phone; OpenHarmony 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1 Mobile';
const pcName = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ containerId: 'c1', hostOrigin: 'https://h5.dingtalk.com', ...extra });

const cases: Case[] = [
  { name: 'an ordinary browser', userAgent: chrome, expected: 'notInDingTalk' },
  { name: 'iOS client', userAgent: `${iphone} AliApp(DingTalk/7.0.0) DingTalk/7.0.0`, expected: 'ios' },
  {
    name: 'iPad, version from DingTalk/',
    userAgent: `Mozilla/5.0 (iPad; CPU OS 16_0) DingTalk/6.5.1`,
    expected: 'ios',
  },
  {
    name: 'iOS, hostVersion wins',
    userAgent: `${iphone} DingTalk/7.0.0`,
    windowName: JSON.stringify({ hostVersion: '7.0.5' }),
    expected: 'ios',
  },
  { name: 'iOS user agent plus a nuva object', userAgent: iphone, globals: { nuva: {} }, expected: 'ios' },
  {
    name: 'iOS user agent plus dd.dtBridge',
    userAgent: iphone,
    globals: { dd: { dtBridge: () => {} } },
    expected: 'ios',
  },
  {
    name: 'Android client',
    userAgent: `${android} AliApp(DingTalk/7.0.1) DingTalk/7.0.1`,
    expected: 'android',
  },
  { name: 'Android browser', userAgent: android, expected: 'notInDingTalk' },
  {
    name: 'Android client even with a PC window.name',
    userAgent: `${android} DingTalk/7.0.1`,
    windowName: pcName(),
    expected: 'android',
  },
  {
    name: 'PC, version from hostVersion',
    userAgent: chrome,
    windowName: pcName({ hostVersion: '7.0.10' }),
    expected: 'pc',
  },
  {
    name: 'PC, version from DingTalk(x)',
    userAgent: `${chrome} DingTalk(4.7.5) nw`,
    windowName: pcName(),
    expected: 'pc',
  },
  {
    name: 'PC user agent alone is not enough',
    userAgent: `${chrome} DingTalk(4.7.5) nw`,
    expected: 'notInDingTalk',
  },
  {
    name: 'PC by dingtalk.platform.invokeAPI',
    userAgent: `${chrome} DingTalk(5.1.0)`,
    globals: { dingtalk: { platform: { invokeAPI: () => {} } } },
    expected: 'pc',
  },
  {
    name: 'window.name that is not JSON',
    userAgent: chrome,
    windowName: 'main-frame',
    expected: 'notInDingTalk',
  },
  {
    name: 'HarmonyOS client',
    userAgent: 'Mozilla/5.0 (Phone; OpenHarmony 5.0) ArkWeb/4.1 DingTalk/7.6.0',
    expected: 'harmony',
  },
  {
    name: 'HarmonyOS client, version from AliApp',
    userAgent: `${harmony} AliApp(DingTalk/7.6.5) DingTalk/7.6.5`,
    expected: 'harmony',
  },
  { name: 'HarmonyOS browser', userAgent: harmony, expected: 'notInDingTalk' },
  {
    name: 'OpenHarmony without ArkWeb is not the HarmonyOS client',
    userAgent: 'Mozilla/5.0 (Phone; OpenHarmony 5.0) DingTalk/7.6.0',
    expected: 'notInDingTalk',
  },
  {
    name: 'HarmonyOS that also says Android is still HarmonyOS',
    userAgent: `Mozilla/5.0 (Linux; Android 12; OpenHarmony 5.0) ArkWeb/4.1 DingTalk/7.6.0`,
    expected: 'harmony',
  },
  { name: '专有钉钉 on iOS', userAgent: `${iphone} TaurusApp/2.0`, expected: 'notInDingTalk' },
  { name: '专有钉钉 on Android', userAgent: `${android} TaurusApp/2.0`, expected: 'notInDingTalk' },
  {
    name: '政务钉钉 standard on Android (TaurusApp in DingTalk)',
    userAgent: `${android} TaurusApp/2.0 DingTalk/7.0.0`,
    expected: 'notInDingTalk',
  },
  {
    name: '专有钉钉 on Windows',
    userAgent: `${chrome} TaurusApp/2.0 dingtalk-win/1.0`,
    expected: 'notInDingTalk',
  },
];

const added: string[] = [];
afterEach(() => {
  Reflect.deleteProperty(navigator, 'userAgent');
  window.name = '';
  for (const key of added.splice(0)) Reflect.deleteProperty(window, key);
});

it.each(cases)(
  '$name: $expected, as dingtalk-jsapi says',
  async ({ userAgent, windowName, globals, expected }) => {
    Object.defineProperty(navigator, 'userAgent', { value: userAgent, configurable: true });
    window.name = windowName ?? '';
    for (const [key, value] of Object.entries(globals ?? {})) {
      Object.defineProperty(window, key, { value, configurable: true, writable: true });
      added.push(key);
    }
    const { getENV } = await import('dingtalk-jsapi/lib/env.js');
    const env = getENV();
    const platform = ours.includes(env.platform) ? (env.platform as Platform) : 'notInDingTalk';
    expect(platform).toBe(expected);
    expect(detectPlatform()).toEqual(
      platform === 'notInDingTalk' ? { platform } : { platform, version: env.version },
    );
  },
);

it('follows a native SDK that reports the environment itself', () => {
  Object.defineProperty(window, '__ddSDK', {
    value: { getEnv: () => ({ platform: 'android', version: '7.1.0' }) },
    configurable: true,
  });
  added.push('__ddSDK');
  expect(detectPlatform()).toEqual({ platform: 'android', version: '7.1.0' });
});
