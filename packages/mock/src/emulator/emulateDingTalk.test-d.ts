import { describe, expectTypeOf, it } from 'vitest';
import { emulateDingTalk } from './emulateDingTalk';
import type { EmulatedDingTalk, EmulatedFailure, EmulatorCallContext, EmulatorHandler } from './types';

describe('emulateDingTalk', () => {
  it('takes a handler shaped like a bridge call', () => {
    expectTypeOf<EmulatorHandler>().parameters.toEqualTypeOf<
      [method: string, params: Record<string, unknown>, context: EmulatorCallContext]
    >();
    expectTypeOf(emulateDingTalk({ platform: 'pc' })).toEqualTypeOf<EmulatedDingTalk>();
  });

  it('config outcomes are ready or error with the client failure fields', () => {
    emulateDingTalk({ platform: 'ios', config: { status: 'ready', unauthorizedAPIList: ['biz.ding.post'] } });
    emulateDingTalk({ platform: 'android', config: { status: 'error', errorCode: '52013' } });
    emulateDingTalk({ platform: 'harmony' });
    // @ts-expect-error an unknown platform
    emulateDingTalk({ platform: 'taurus' });
    expectTypeOf<EmulatedFailure['errorCode']>().toEqualTypeOf<string | number | undefined>();
  });
});
