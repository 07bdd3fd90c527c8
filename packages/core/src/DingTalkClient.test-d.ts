import { describe, expectTypeOf, it } from 'vitest';
import {
  chooseImage,
  deviceNotificationConfirm,
  getNetworkType,
  runtimePermissionRequestAuthCode,
} from './catalog/apis';
import type { UnionChooseImageResult } from './catalog/jsapiUnionTypes.generated';
import { DingTalkClient } from './DingTalkClient';
import { createJsapiBridge } from './exports/bridges';
import type { DingTalkErrorCode } from './types';

describe('calls by descriptor', () => {
  it('a bridge takes a descriptor or a name, typed the same', () => {
    const bridge = createJsapiBridge();
    expectTypeOf(bridge.call(deviceNotificationConfirm, { message: 'x' })).toEqualTypeOf<
      Promise<{ buttonIndex: number }>
    >();
    expectTypeOf(bridge.call('device.notification.confirm', { message: 'x' })).toEqualTypeOf<
      Promise<{ buttonIndex: number }>
    >();
    // @ts-expect-error confirm needs a message
    bridge.call(deviceNotificationConfirm, {});
  });

  it('the client takes descriptors only, and its methods are bound', () => {
    const { call, isSupported } = new DingTalkClient();
    expectTypeOf(call(runtimePermissionRequestAuthCode, { corpId: 'ding1' })).toEqualTypeOf<
      Promise<{ code: string }>
    >();
    expectTypeOf(isSupported(deviceNotificationConfirm)).toEqualTypeOf<boolean>();
    // @ts-expect-error names go through a bridge, useJsApi or loadApi
    call('device.notification.confirm', { message: 'x' });
  });

  it('the newer names are typed as dingtalk-jsapi declares them, by descriptor and by name', () => {
    const { call } = new DingTalkClient();
    expectTypeOf(call(chooseImage, { count: 1 })).toEqualTypeOf<Promise<UnionChooseImageResult>>();
    expectTypeOf(call(getNetworkType, {})).toEqualTypeOf<
      Promise<{ networkType: string; networkAvailable: boolean }>
    >();
    expectTypeOf(createJsapiBridge().call('chooseImage', { count: 1 })).toEqualTypeOf<
      Promise<UnionChooseImageResult>
    >();
    // @ts-expect-error count is a number
    call(chooseImage, { count: '1' });
  });
});

describe('onCall', () => {
  it('gets one event type for every phase, its error with a code', () => {
    new DingTalkClient({
      onCall: (event) => {
        expectTypeOf(event.phase).toEqualTypeOf<'before' | 'after' | 'repeat'>();
        expectTypeOf(event.kind).toEqualTypeOf<'call' | 'handshake'>();
        expectTypeOf(event.api).toEqualTypeOf<string>();
        expectTypeOf(event.params).toEqualTypeOf<unknown>();
        expectTypeOf(event.duration).toEqualTypeOf<number | undefined>();
        expectTypeOf(event.error?.code).toEqualTypeOf<DingTalkErrorCode | undefined>();
      },
    });
    // @ts-expect-error a listener takes one event
    new DingTalkClient({ onCall: (_event: string) => {} });
  });
});
