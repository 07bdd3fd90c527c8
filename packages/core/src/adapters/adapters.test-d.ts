import { describe, expectTypeOf, it } from 'vitest';
import { detectPlatform } from '../detectPlatform';
import { createDingTalkPCBridge, createJsapiBridge } from '../exports/bridges';
import type { Bridge, CreateBridgeOptions, DetectedPlatform, Platform } from '../types';
import { detectBridge } from './detectBridge';
import type { DingTalkPCGlobal } from './getDingTalkPCGlobal';

describe('adapters', () => {
  it('all give the one Bridge', () => {
    expectTypeOf(createJsapiBridge()).toEqualTypeOf<Bridge>();
    expectTypeOf(createJsapiBridge({ timeoutMs: 5000 })).toEqualTypeOf<Bridge>();
    expectTypeOf(detectBridge).parameter(0).toEqualTypeOf<CreateBridgeOptions | undefined>();
    expectTypeOf(createDingTalkPCBridge).parameter(0).toEqualTypeOf<DingTalkPCGlobal | undefined>();
    expectTypeOf(createDingTalkPCBridge()).toEqualTypeOf<Bridge>();
  });

  it('detectPlatform tells the platform and maybe the version', () => {
    expectTypeOf(detectPlatform()).toEqualTypeOf<DetectedPlatform>();
    expectTypeOf<DetectedPlatform['platform']>().toEqualTypeOf<Platform>();
    expectTypeOf<DetectedPlatform['version']>().toEqualTypeOf<string | undefined>();
  });

  it("types a call's later answers by its API", () => {
    const bridge = createJsapiBridge();
    void bridge.call(
      'biz.navigation.setMenu',
      { items: [{ id: 'share', text: '分享' }] },
      {
        onRepeat: (item) => expectTypeOf(item).toEqualTypeOf<{ id: string }>(),
      },
    );
    void bridge.call(
      'biz.navigation.setLeft',
      { control: true, text: '' },
      {
        onRepeat: (tap) => expectTypeOf(tap).toEqualTypeOf<unknown>(),
      },
    );
  });

  it('a legacy global needs config, ready and error', () => {
    // @ts-expect-error ready and error are missing
    createDingTalkPCBridge({ config: () => {} });
  });
});
