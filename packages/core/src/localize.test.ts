import { afterEach, describe, expect, it, vi } from 'vitest';
import { DingTalkError } from './DingTalkError';
import { defaultLocale } from './defaultLocale';
import { localize } from './localize';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('localize', () => {
  it('puts the message of the locale in, and that of another locale when asked again', async () => {
    const error = new DingTalkError('ABORTED', { api: 'biz.util.downloadFile' });
    expect(error.message).toBe('ABORTED biz.util.downloadFile');
    await expect(localize(error, 'en')).resolves.toBe(error);
    expect(error.message).toBe('biz.util.downloadFile was aborted by the caller.');
    await localize(error, 'zh-CN');
    expect(error.message).toBe('biz.util.downloadFile 已被调用方中止。');
  });

  it('keeps a message of your own, and leaves what is not a DingTalkError alone', async () => {
    const own = new DingTalkError('API_FAILED', { api: 'x', message: 'Scripted by the test.' });
    await localize(own, 'en');
    expect(own.message).toBe('Scripted by the test.');
    const other = new Error('plain');
    await expect(localize(other, 'en')).resolves.toBe(other);
    expect(other.message).toBe('plain');
  });

  it('keeps the short message when the table cannot load, and still resolves', async () => {
    const error = new DingTalkError('TIMEOUT', {
      api: 'biz.navigation.setTitle',
      details: { timeoutMs: 10 },
    });
    const offline = vi.fn(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await expect(localize(error, 'zh-CN', offline)).resolves.toBe(error);
    expect(offline).toHaveBeenCalledWith('zh-CN');
    expect(error.message).toBe('TIMEOUT biz.navigation.setTitle');
  });

  it('defaults to the browser language: zh* is zh-CN, anything else and no navigator is en', () => {
    vi.stubGlobal('navigator', { language: 'zh-TW' });
    expect(defaultLocale()).toBe('zh-CN');
    vi.stubGlobal('navigator', { language: 'en-GB' });
    expect(defaultLocale()).toBe('en');
    vi.stubGlobal('navigator', undefined);
    expect(defaultLocale()).toBe('en');
  });
});
