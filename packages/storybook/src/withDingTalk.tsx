import { type ApiName, type DingTalkError, type Platform, type SignatureConfig, sign } from '@dingkit/core';
import {
  createMockBridge,
  type MockController,
  MockDingTalkHost,
  type MockLocale,
  MockNavigationBar,
} from '@dingkit/mock';
import { DingTalkProvider, useDingTalk } from '@dingkit/react';
import { type ComponentType, type ReactElement, type ReactNode, useEffect, useMemo, useState } from 'react';
import type { DecoratorFunction, Renderer } from 'storybook/internal/csf';
import { addons } from 'storybook/preview-api';
import {
  CALLS_EVENT,
  type PanelCall,
  type PanelError,
  type PanelHandshake,
  type PanelPayload,
} from './constants';
import type { DingTalkParameters, Handshake } from './DingTalkParameters';
import { MockControllerContext, storyControllers } from './mockControllers';
import { isSurfaceId, type Surface, SurfaceFrame, surfaceById } from './SurfaceFrame';

/** A React renderer as far as the decorator needs one (the addon does not depend on a framework). */
export interface ReactRenderer extends Renderer {
  component: ComponentType;
  storyResult: ReactElement;
}

/** The fixture signature's app: the mock signs with a made-up ticket. */
const mockAgentId = '3155027001';

const platforms: readonly Platform[] = ['pc', 'ios', 'android', 'notInDingTalk'];
const handshakes: readonly Handshake[] = ['ready', 'configError', 'signatureFailure', 'notInDingTalk'];
const oneOf = <T,>(list: readonly T[], value: unknown): T | undefined =>
  list.includes(value as T) ? (value as T) : undefined;

// The panel gets plain JSON: params and results can hold anything an app passes.
function toJson(value: unknown): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(
      JSON.stringify(value, (_key, inner: unknown) =>
        typeof inner === 'function' ? `[function ${inner.name || 'anonymous'}]` : inner,
      ),
    );
  } catch {
    return String(value);
  }
}

const panelError = ({ code, message, errorCode }: DingTalkError): PanelError => ({
  code,
  message,
  ...(errorCode !== undefined ? { errorCode } : {}),
});

const toPanelCalls = (controller: MockController): PanelCall[] => {
  const first = controller.calls[0]?.startedAt ?? 0;
  return controller.calls.map((call) => ({
    id: call.id,
    api: call.api,
    params: toJson(call.params),
    status: call.status,
    ...(call.status === 'resolved' ? { result: toJson(call.result) } : {}),
    ...(call.error ? { error: panelError(call.error) } : {}),
    startMs: call.startedAt - first,
    ...(call.durationMs !== undefined ? { durationMs: call.durationMs } : {}),
    ...(call.repeats ? { repeats: call.repeats.map(toJson) } : {}),
  }));
};

/** Sends the story's calls and handshake to the DingTalk panel after every change. */
function createPublisher(storyId: string, setup: PanelPayload['setup'], controller: MockController) {
  const mockId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  let handshake: PanelHandshake | undefined;
  const send = () => {
    let channel: ReturnType<typeof addons.getChannel>;
    try {
      channel = addons.getChannel();
    } catch {
      // Portable stories in tests may run without a channel: nothing to publish to.
      return;
    }
    const payload: PanelPayload = { storyId, mockId, setup, handshake, calls: toPanelCalls(controller) };
    channel.emit(CALLS_EVENT, payload);
  };
  return {
    start: () => {
      send();
      return controller.subscribe(send);
    },
    setHandshake: (next: PanelHandshake) => {
      handshake = next;
      send();
    },
  };
}

type Publisher = ReturnType<typeof createPublisher>;

/** Reports the provider's handshake, as the app sees it, to the panel. */
function HandshakeReporter({ publisher }: { publisher: Publisher }) {
  const { status, error, authorizedAPIList, unauthorizedAPIList } = useDingTalk();
  useEffect(() => {
    publisher.setHandshake({
      status,
      ...(error ? { error: panelError(error) } : {}),
      authorizedAPIList: [...authorizedAPIList],
      unauthorizedAPIList: [...unauthorizedAPIList],
    });
  }, [publisher, status, error, authorizedAPIList, unauthorizedAPIList]);
  return null;
}

interface MockDingTalkProps {
  storyId: string;
  platform: Platform;
  handshake: Handshake;
  latencyMs: number;
  locale: MockLocale;
  options: DingTalkParameters;
  /** The surface drawn around the story; none for a page framed by the host, or `surface: 'none'`. */
  frame: { surface: Surface; title: string | undefined } | undefined;
  children: ReactNode;
}

function MockDingTalk({
  storyId,
  platform,
  handshake,
  latencyMs,
  locale,
  options,
  frame,
  children,
}: MockDingTalkProps) {
  const [{ bridge, controller, publisher }] = useState(() => {
    const made = createMockBridge({
      platform,
      latencyMs,
      ...(options.version ? { version: options.version } : {}),
      ...(options.respond ? { respond: options.respond } : {}),
      ...(options.downloadMs !== undefined ? { downloadMs: options.downloadMs } : {}),
      ...(options.org ? { org: options.org } : {}),
      ...(options.userId ? { userId: options.userId } : {}),
      config:
        handshake === 'configError'
          ? { outcome: 'error', errorCode: 52013, errorMessage: '签名校验失败' }
          : (options.config ?? { outcome: 'ready' }),
    });
    for (const [api, failure] of Object.entries(options.fail ?? {})) {
      if (failure) made.controller.fail(api as ApiName, failure);
    }
    return { ...made, publisher: createPublisher(storyId, { platform, handshake }, made.controller) };
  });

  useEffect(() => {
    storyControllers.set(storyId, controller);
    const stop = publisher.start();
    return () => {
      stop();
      if (storyControllers.get(storyId) === controller) storyControllers.delete(storyId);
    };
  }, [storyId, controller, publisher]);

  const getSignature = useMemo(
    () =>
      handshake === 'signatureFailure'
        ? async (): Promise<SignatureConfig> => {
            throw new Error('the signing endpoint answered 502 (mocked)');
          }
        : async (url: string): Promise<SignatureConfig> => {
            const timeStamp = Math.floor(Date.now() / 1000);
            const nonceStr = Math.random().toString(36).slice(2, 12);
            const signature = await sign({
              jsapi_ticket: 'mock-ticket',
              noncestr: nonceStr,
              timestamp: timeStamp,
              url,
            });
            return { agentId: mockAgentId, corpId: controller.org.corpId, timeStamp, nonceStr, signature };
          },
    [handshake, controller],
  );

  // The dialogs are drawn over the surface's page area and fit it, as they fit a browser window
  // of that size: at the 360px pane the picker is laid out for 360px.
  const [pageArea, setPageArea] = useState<HTMLDivElement | null>(null);
  const app = (
    <DingTalkProvider
      bridge={bridge}
      getSignature={getSignature}
      locale={locale}
      {...(options.jsApiList ? { jsApiList: options.jsApiList } : {})}
      devtools={options.devtools ?? false}
    >
      <HandshakeReporter publisher={publisher} />
      {children}
    </DingTalkProvider>
  );
  return (
    <MockControllerContext.Provider value={controller}>
      {frame ? (
        <SurfaceFrame
          surface={frame.surface}
          pageRef={setPageArea}
          {...(frame.title ? { title: frame.title } : {})}
          // A phone's title bar is the page's navigation bar, with what the page set on it.
          {...(frame.surface.id === 'mobile' && (platform === 'ios' || platform === 'android')
            ? { titleBar: <MockNavigationBar bridge={bridge} locale={locale} /> }
            : {})}
        >
          {app}
        </SurfaceFrame>
      ) : (
        app
      )}
      {/* Beside the provider, not in it: told the same locale. */}
      <MockDingTalkHost bridge={bridge} locale={locale} container={pageArea} />
    </MockControllerContext.Provider>
  );
}

/** The query parameter that marks a story loaded as the page inside a mock modal or slide panel. */
export const framedQueryParameter = 'dingkit-framed';

// Such a story is the page itself: DingTalk draws the frame around it, so no SurfaceFrame.
const framedByHost = () =>
  typeof window !== 'undefined' && new URLSearchParams(window.location.search).has(framedQueryParameter);

/**
 * Wraps every story in the mocked DingTalk: a mock bridge, `DingTalkProvider` over it, and
 * `MockDingTalkHost` showing its dialogs, inside the surface's frame (the dialogs cover and fit
 * the surface's page area). What `parameters.dingtalk` sets wins over the toolbar.
 */
export const withDingTalk: DecoratorFunction<ReactRenderer> = (Story, { id, globals, parameters }) => {
  const options: DingTalkParameters = parameters.dingtalk ?? {};
  if (options.disable) return <Story />;

  const handshake = options.handshake ?? oneOf(handshakes, globals.handshake) ?? 'ready';
  const platform =
    handshake === 'notInDingTalk'
      ? 'notInDingTalk'
      : (options.platform ?? oneOf(platforms, globals.platform) ?? 'pc');
  const latencyMs = options.latencyMs ?? (Number(globals.latency) || 0);
  const locale = options.locale ?? (globals.locale === 'en' ? 'en' : 'zh-CN');
  const surfaceId = options.surface ?? (isSurfaceId(globals.surface) ? globals.surface : 'micro-app');
  const surface = surfaceId === 'none' || framedByHost() ? undefined : surfaceById(surfaceId);
  return (
    <MockDingTalk
      // A new mock for each story and each toolbar change: nothing leaks from one to the next.
      key={`${id}|${platform}|${handshake}|${latencyMs}`}
      storyId={id}
      platform={platform}
      handshake={handshake}
      latencyMs={latencyMs}
      locale={locale}
      options={options}
      frame={
        surface && {
          surface: { ...surface, width: options.surfaceWidth ?? surface.width },
          title: options.surfaceTitle,
        }
      }
    >
      <Story />
    </MockDingTalk>
  );
};
