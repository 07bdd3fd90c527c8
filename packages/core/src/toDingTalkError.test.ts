import { describe, expect, it } from 'vitest';
import { DingTalkError } from './DingTalkError';
import { localize } from './localize';
import { toDingTalkError } from './toDingTalkError';

describe('toDingTalkError', () => {
  it.each([
    [{ errorCode: '-1', errorMessage: 'cancel' }, 'CANCELLED'],
    [{ errorCode: -1 }, 'CANCELLED'],
    [{ errorCode: 4050, errorMessage: 'not registered' }, 'UNSUPPORTED'],
    [{ errorCode: 4040 }, 'NOT_IN_DINGTALK'],
    [new Error('ERROR 4040: Do not support the current environment'), 'NOT_IN_DINGTALK'],
    [{ errorCode: 9, errorMessage: 'busy' }, 'API_FAILED'],
    ['something broke', 'API_FAILED'],
    [undefined, 'API_FAILED'],
  ])('maps %o to %s', (raw, code) => {
    const error = toDingTalkError('biz.contact.choose', raw);
    expect(error).toBeInstanceOf(DingTalkError);
    expect(error.code).toBe(code);
    expect(error.api).toBe('biz.contact.choose');
    expect(error.cause).toBe(raw);
  });

  it("keeps the client's errorCode and message, and says them", async () => {
    const error = toDingTalkError('biz.ding.post', { errorCode: 9, errorMessage: '参数错误' });
    expect(error).toMatchObject({ errorCode: 9, platformMessage: '参数错误' });
    expect((await localize(error, 'en')).message).toContain('9 参数错误');
    expect((await localize(error, 'zh-CN')).message).toContain('钉钉返回：9 参数错误。');
  });

  it('treats any rejected handshake as CONFIG_FAILED, even with code -1', () => {
    expect(toDingTalkError('config', { errorCode: 52013 }, 'CONFIG_FAILED').code).toBe('CONFIG_FAILED');
    expect(toDingTalkError('config', { errorCode: -1 }, 'CONFIG_FAILED').code).toBe('CONFIG_FAILED');
  });

  it('passes a DingTalkError through unchanged', () => {
    const original = new DingTalkError('TIMEOUT', { api: 'x' });
    expect(toDingTalkError('y', original)).toBe(original);
  });
});
