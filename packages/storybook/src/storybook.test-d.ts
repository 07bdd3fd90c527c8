import type { MockController } from '@dingkit/mock';
import type { Meta, StoryFn, StoryObj } from '@storybook/react-vite';
import { createElement } from 'react';
import type { PreviewAddon } from 'storybook/internal/csf';
import { describe, expectTypeOf, it } from 'vitest';
import dingtalk, {
  type DingTalkParameters,
  type DingTalkTypes,
  mockControllerOf,
  type SurfaceId,
  useMockController,
} from './index';

describe('@dingkit/storybook types', () => {
  it('types parameters.dingtalk in CSF 3 stories', () => {
    expectTypeOf<NonNullable<Meta['parameters']>['dingtalk']>().toEqualTypeOf<
      DingTalkParameters | undefined
    >();
    const meta = {
      parameters: {
        dingtalk: { platform: 'ios', respond: { 'device.notification.confirm': { buttonIndex: 0 } } },
      },
    } satisfies Meta;
    expectTypeOf(meta).toExtend<Meta>();
    // @ts-expect-error: not a platform
    const story: StoryObj = { parameters: { dingtalk: { platform: 'mac' } } };
    // @ts-expect-error: a surface is one of DingTalk's
    const other: StoryObj = { parameters: { dingtalk: { surface: 'wide' } } };
    const fn: StoryFn = () => createElement('p');
    fn.parameters = { dingtalk: { handshake: 'configError', surface: 'pane', surfaceWidth: 360 } };
    // @ts-expect-error: a scripted answer has the API's result type
    fn.parameters = { dingtalk: { respond: { 'device.notification.confirm': 'yes' } } };
    expectTypeOf([story, other]).toBeArray();
  });

  it('gives CSF factories the parameters type through the addon', () => {
    expectTypeOf(dingtalk).returns.toEqualTypeOf<PreviewAddon<DingTalkTypes>>();
  });

  it('hands stories their mock controller', () => {
    expectTypeOf(useMockController).returns.toEqualTypeOf<MockController>();
    expectTypeOf(mockControllerOf).parameters.toEqualTypeOf<[storyId: string]>();
    expectTypeOf<DingTalkParameters['surface']>().toEqualTypeOf<SurfaceId | 'none' | undefined>();
  });
});
