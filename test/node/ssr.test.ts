import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';

const browserGlobals = ['window', 'document', 'self', 'navigator', 'location'] as const;

// Records every read of a browser global made from dingkit's packages while `run` imports.
async function touchedWhile(run: () => Promise<unknown>): Promise<string[]> {
  const touched: string[] = [];
  const restore: (() => void)[] = [];
  for (const name of browserGlobals) {
    const previous = Object.getOwnPropertyDescriptor(globalThis, name);
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        const stack = new Error().stack ?? '';
        // One read is by design: the landing URL (`globalThis.location?.href`, '' on a server) must
        // be taken when dingkit loads, before the app's router changes the address.
        const landing =
          name === 'location' && /packages\/core\/(src|dist)\/signatureUrl\.(ts|js)/.test(stack);
        if (!landing && /packages\/(core|mock|react|server)\/(src|dist)|dingtalk-jsapi/.test(stack))
          touched.push(name);
        return previous && 'value' in previous ? previous.value : previous?.get?.call(globalThis);
      },
    });
    restore.push(() => {
      if (previous) Object.defineProperty(globalThis, name, previous);
      else delete (globalThis as Record<string, unknown>)[name];
    });
  }
  try {
    await run();
  } finally {
    for (const undo of restore) undo();
  }
  return touched;
}

const loadedFromPackage = () =>
  Object.keys(createRequire(import.meta.url).cache).filter((path) => path.includes('dingtalk-jsapi'));

afterEach(() => {
  expect(loadedFromPackage()).toEqual([]);
});

describe('on a server (plain Node)', () => {
  it('importing @dingkit/core touches no browser global and does not load dingtalk-jsapi', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    expect(await touchedWhile(() => import('@dingkit/core'))).toEqual([]);
  });

  it('importing the emulator entry touches no browser global', async () => {
    expect(await touchedWhile(() => import('@dingkit/mock/emulator'))).toEqual([]);
  });

  it('the testing entry imports in Node (Testing Library and React DOM only check for a window)', async () => {
    await expect(import('@dingkit/mock/testing')).resolves.toHaveProperty('renderWithDingTalk');
  });

  it('bridges made on the server report notInDingTalk and never load the package', async () => {
    const { createJsapiBridge, detectBridge, detectPlatform } = await import('@dingkit/core');
    expect(detectPlatform()).toEqual({ platform: 'notInDingTalk' });
    for (const bridge of [createJsapiBridge(), detectBridge()]) {
      expect(bridge.platform).toBe('notInDingTalk');
      await expect(bridge.call('device.notification.alert', { message: 'hi' })).rejects.toMatchObject({
        code: 'NOT_IN_DINGTALK',
      });
      bridge.on('leftBtnClick', () => {})();
    }
  });

  it('the emulator explains that it needs a DOM', async () => {
    const { emulateDingTalk } = await import('@dingkit/mock/emulator');
    expect(() => emulateDingTalk({ platform: 'pc' })).toThrow(/needs a DOM window/);
  });
});
