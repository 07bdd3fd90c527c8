import { describe, expect, it } from 'vitest';
import { dingTalkServerErrorCodes } from './DingTalkServerError';
import {
  apiHints,
  logMessages,
  operatorMessageCodes,
  operatorMessages,
  publicMessages,
  responseOnlyCodes,
  serverLocales,
} from './serverMessages';

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);
/** Every message function called with a value for each parameter it might read. */
const sample = new Proxy({}, { get: (_, key) => `<${String(key)}>` });

describe('server messages', () => {
  it('has an operator message and a public message for every error code in both languages', () => {
    for (const code of dingTalkServerErrorCodes) {
      const ids = Object.entries(operatorMessageCodes).filter(([, owner]) => owner === code);
      expect(ids.length, code).toBeGreaterThan(0);
      for (const locale of serverLocales) {
        expect(publicMessages[locale][code], `${locale} ${code}`).toMatch(/\S/);
        for (const [id] of ids) {
          const text = (operatorMessages[locale] as Record<string, (params: unknown) => string>)[id]!(sample);
          expect(text, `${locale} ${id}`).toMatch(/\S/);
        }
      }
    }
    for (const code of responseOnlyCodes) {
      for (const locale of serverLocales)
        expect(publicMessages[locale][code], `${locale} ${code}`).toMatch(/\S/);
    }
  });

  it('has the same messages, with the same parameters, in both languages', () => {
    const [zh, en] = [operatorMessages['zh-CN'], operatorMessages.en];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const id of Object.keys(en) as (keyof typeof en)[]) {
      const placeholders = (text: string) => (text.match(/<\w+>/g) ?? []).sort();
      const call = (table: typeof en) => (table[id] as (params: unknown) => string)(sample);
      expect(placeholders(call(zh)), id).toEqual(placeholders(call(en)));
      expect(hasChinese(call(zh).replace(/<\w+>/g, '')), id).toBe(true);
    }
    expect(Object.keys(logMessages['zh-CN']).sort()).toEqual(Object.keys(logMessages.en).sort());
    expect(Object.keys(apiHints['zh-CN']).sort()).toEqual(Object.keys(apiHints.en).sort());
  });

  it('writes the Chinese texts in Chinese and the public ones without setup details', () => {
    for (const text of Object.values(publicMessages['zh-CN'])) expect(hasChinese(text)).toBe(true);
    for (const text of Object.values(apiHints['zh-CN'])) expect(hasChinese(text)).toBe(true);
    for (const locale of serverLocales) {
      for (const text of Object.values(publicMessages[locale])) {
        // No hint at the server's setup (credentials, IP lists, store keys) for anonymous callers.
        expect(text).not.toMatch(/AppSecret|appSecret|出口IP|dingkit:|Redis/);
      }
    }
  });
});
