import type { ApiName, Bridge } from '@dingkit/core';
import { DingTalkProvider, type SignatureConfig } from '@dingkit/react';
import { type ReactElement, type ReactNode, useEffect } from 'react';
import { createMockBridge } from '../createMockBridge';
import type { MockLocale } from '../host/messages';
import type { MockBridgeOptions, MockController, MockFailure } from '../MockController';
import { MockDingTalkHost } from '../MockDingTalkHost';
import { defaultAnswerTimeoutMs, releaseCurrentMock, setCurrentMock } from './currentMock';

/**
 * How the `config`/`ready` handshake ends:
 * - `'ready'`: signed and authorised (narrow it with `config: { outcome: 'ready', unauthorizedAPIList }`);
 * - `'configError'`: DingTalk rejects the signature (52013, 签名校验失败);
 * - `'signatureFailure'`: your signing endpoint fails, so `config` is never called;
 * - `'none'`: no `getSignature`: no handshake, only APIs that need no authorisation work.
 */
export type MockHandshake = 'ready' | 'configError' | 'signatureFailure' | 'none';

/** Options of {@link createDingTalkWrapper} and `renderWithDingTalk`: the mock bridge's, and more. */
export interface DingTalkWrapperOptions extends MockBridgeOptions {
  /** How the handshake ends. @default 'ready' */
  handshake?: MockHandshake | undefined;
  /** Scripted failures by API, as if passed to `controller.fail` (`reset()` removes them). @default {} */
  fail?: { [A in ApiName]?: MockFailure } | undefined;
  /**
   * Render `MockDingTalkHost`: the dialogs, pickers, toasts and downloads show in the document,
   * for the test to see and click. The answering helpers work either way.
   * @default true
   */
  host?: boolean | undefined;
  /**
   * The language of the provider (its errors, the layout's labels) and of the host's dialogs.
   * @default the provider: the browser's (`navigator.language`); the host's dialogs: `'zh-CN'`
   */
  locale?: MockLocale | undefined;
  /** The provider's `jsApiList`. @default every catalog API that needs authorisation */
  jsApiList?: readonly string[] | undefined;
}

/** The mock a wrapper renders: its bridge and its controller. */
export interface DingTalkMock {
  /** The mock bridge the provider uses. */
  bridge: Bridge;
  /** Scripts and observes the mock: `calls`, `pending`, `respond`, `fail`, `emit`… */
  controller: MockController;
}

/** What {@link createDingTalkWrapper} returns: a `wrapper` for any render function, and its mock. */
export interface DingTalkWrapper extends DingTalkMock {
  /**
   * Puts what is rendered under `DingTalkProvider` over the mock, next to the host. Not in
   * StrictMode by itself: React double-invokes effects only for a StrictMode at the root, so pass
   * Testing Library's `reactStrictMode: true` too.
   */
  wrapper: (props: { children?: ReactNode }) => ReactElement;
}

/** The fixture app the signature is for; the mock checks no signature. */
const agentId = '1000001';

/**
 * A mocked DingTalk as a `wrapper` for a render function that takes one, e.g. Testing Library's
 * `renderHook`. Each call makes a new mock bridge; the answering helpers (`confirm`,
 * `chooseContacts`…) answer the latest one mounted. `renderWithDingTalk` is built on it.
 *
 * @example
 * const { wrapper, controller } = createDingTalkWrapper({ platform: 'ios' });
 * const { result } = renderHook(() => useConfirm(), { wrapper, reactStrictMode: true });
 */
export function createDingTalkWrapper(options: DingTalkWrapperOptions = {}): DingTalkWrapper {
  const { handshake = 'ready', fail, host = true, locale, jsApiList, ...bridgeOptions } = options;
  const { bridge, controller } = createMockBridge({
    ...bridgeOptions,
    ...(handshake === 'configError'
      ? { config: { outcome: 'error', errorCode: 52013, errorMessage: '签名校验失败' } }
      : {}),
  });
  for (const [api, failure] of Object.entries(fail ?? {})) {
    if (failure !== undefined) controller.fail(api as ApiName, failure);
  }
  const getSignature =
    handshake === 'none'
      ? undefined
      : handshake === 'signatureFailure'
        ? async (): Promise<SignatureConfig> => {
            throw new Error('The signing endpoint answered 502 (handshake: "signatureFailure").');
          }
        : async (): Promise<SignatureConfig> => ({
            agentId,
            corpId: controller.org.corpId,
            timeStamp: Math.floor(Date.now() / 1000),
            nonceStr: 'dingkit-test',
            signature: 'dingkit-test-signature',
          });
  // `config` and then the call itself each wait `latencyMs`.
  const timeoutMs = defaultAnswerTimeoutMs + 2 * (bridgeOptions.latencyMs ?? 0);
  setCurrentMock(controller, timeoutMs);

  function MockedDingTalk({ children }: { children?: ReactNode }): ReactElement {
    useEffect(() => {
      setCurrentMock(controller, timeoutMs);
      return () => releaseCurrentMock(controller);
    }, []);
    return (
      <>
        <DingTalkProvider bridge={bridge} getSignature={getSignature} jsApiList={jsApiList} locale={locale}>
          {children}
        </DingTalkProvider>
        {host && <MockDingTalkHost bridge={bridge} locale={locale ?? 'zh-CN'} />}
      </>
    );
  }
  return { wrapper: MockedDingTalk, bridge, controller };
}
