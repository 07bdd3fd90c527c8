import { type ApiName, type Platform, type SignatureConfig, sign } from '@dingkit/core';
import {
  createMockBridge,
  type MockConfigOutcome,
  type MockController,
  MockDingTalkHost,
  type MockFailure,
  type MockLocale,
  type MockOrg,
  type MockResponses,
} from '@dingkit/mock';
import { DingTalkProvider } from '@dingkit/react';
import type { Decorator } from '@storybook/react-vite';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { addons } from 'storybook/preview-api';
import {
  isSurfaceId,
  type Surface,
  SurfaceFrame,
  type SurfaceId,
  surfaceById,
} from '../stories/support/SurfaceFrame';
import { CALLS_EVENT, type PanelCall, type PanelPayload } from './addon-dingtalk/constants';

/** How the handshake ends, as chosen in the toolbar or by a story. */
export type Handshake = 'ready' | 'configError' | 'signatureFailure' | 'notInDingTalk';

/**
 * `parameters.dingtalk` of a story: what the mocked DingTalk does. Anything left out follows the
 * toolbar (platform, locale, handshake, latency).
 */
export interface DingTalkParameters {
  /** The platform to behave as; APIs it lacks reject `UNSUPPORTED`. */
  platform?: Platform;
  /** The client version; below an API's minimum it rejects `UNSUPPORTED`. */
  version?: string;
  /** How the handshake ends. */
  handshake?: Handshake;
  /** Milliseconds before each answer, `config` included. */
  latencyMs?: number;
  /** Language of the mock dialogs. */
  locale?: MockLocale;
  /** Scripted answers by API (they skip the dialogs). */
  respond?: MockResponses;
  /** Scripted failures by API. */
  fail?: { [A in ApiName]?: MockFailure };
  /** How `config` ends when the handshake is `ready` (e.g. an unauthorised API). */
  config?: MockConfigOutcome;
  /** The handshake's `jsApiList`. */
  jsApiList?: string[];
  /** How long a simulated download takes. */
  downloadMs?: number;
  /** Another organisation for the pickers. */
  org?: MockOrg;
  /** The signed-in person. */
  userId?: string;
  /** Leave the story without the mocked DingTalk. */
  disable?: boolean;
}

/** The fixture signature's app: the mock signs with a made-up ticket. */
export const mockAgentId = '3155027001';

const platforms: readonly Platform[] = ['pc', 'ios', 'android', 'notInDingTalk'];
const handshakes: readonly Handshake[] = ['ready', 'configError', 'signatureFailure', 'notInDingTalk'];
const oneOf = <T,>(list: readonly T[], value: unknown): T | undefined =>
  list.includes(value as T) ? (value as T) : undefined;

const MockContext = createContext<MockController | null>(null);

/** The mock controller of the story being rendered (to fake a backend, or to read the call log). */
export function useMockController(): MockController {
  const controller = useContext(MockContext);
  if (!controller) throw new Error('useMockController() works inside stories rendered with withDingTalk.');
  return controller;
}

const controllers = new Map<string, MockController>();

/** The mock controller of a rendered story, by story id: for play functions. */
export function mockControllerOf(storyId: string): MockController {
  const controller = controllers.get(storyId);
  if (!controller) throw new Error(`No mocked DingTalk is rendered for story ${storyId}.`);
  return controller;
}

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

function publish(storyId: string, controller: MockController) {
  let channel: ReturnType<typeof addons.getChannel> | undefined;
  try {
    channel = addons.getChannel();
  } catch {
    // Portable stories in tests may run without a channel: nothing to publish to.
    return () => {};
  }
  const send = () => {
    const calls: PanelCall[] = controller.calls.map((call) => ({
      id: call.id,
      api: call.api,
      params: toJson(call.params),
      status: call.status,
      ...(call.status === 'resolved' ? { result: toJson(call.result) } : {}),
      ...(call.error ? { error: { code: call.error.code, message: call.error.message } } : {}),
      ...(call.durationMs !== undefined ? { durationMs: call.durationMs } : {}),
    }));
    const payload: PanelPayload = { storyId, calls };
    channel?.emit(CALLS_EVENT, payload);
  };
  send();
  return controller.subscribe(send);
}

interface MockDingTalkProps {
  storyId: string;
  platform: Platform;
  handshake: Handshake;
  latencyMs: number;
  locale: MockLocale;
  options: DingTalkParameters;
  /** The surface drawn around the story; none for a page framed by the host. */
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
  const [mock] = useState(() => {
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
    return made;
  });
  const { bridge, controller } = mock;

  useEffect(() => {
    controllers.set(storyId, controller);
    const stop = publish(storyId, controller);
    return () => {
      stop();
      if (controllers.get(storyId) === controller) controllers.delete(storyId);
    };
  }, [storyId, controller]);

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
      {...(options.jsApiList ? { jsApiList: options.jsApiList } : {})}
    >
      {children}
    </DingTalkProvider>
  );
  return (
    <MockContext.Provider value={controller}>
      {frame ? (
        <SurfaceFrame
          surface={frame.surface}
          pageRef={setPageArea}
          {...(frame.title ? { title: frame.title } : {})}
        >
          {app}
        </SurfaceFrame>
      ) : (
        app
      )}
      <MockDingTalkHost bridge={bridge} locale={locale} container={pageArea} />
    </MockContext.Provider>
  );
}

/** The query parameter that marks a story loaded as the page inside a mock modal or slide panel. */
export const framedQueryParameter = 'dingkit-framed';

// Such a story is the page itself: DingTalk draws the frame around it, so no SurfaceFrame.
const framedByHost = () =>
  typeof window !== 'undefined' && new URLSearchParams(window.location.search).has(framedQueryParameter);

/**
 * Wraps every story in the mocked DingTalk: a mock bridge, `DingTalkProvider` over it, and
 * `MockDingTalkHost` showing its dialogs, inside the toolbar's surface (the dialogs cover and fit
 * the surface's page area). A story changes what the mock does with `parameters.dingtalk`
 * ({@link DingTalkParameters}).
 */
export const withDingTalk: Decorator = (Story, context) => {
  const options = (context.parameters.dingtalk ?? {}) as DingTalkParameters;
  const { globals, parameters } = context;
  const surfaceId: SurfaceId = [globals.surface, parameters.surface].find(isSurfaceId) ?? 'micro-app';
  const surface = surfaceById(surfaceId);
  const width = typeof parameters.surfaceWidth === 'number' ? parameters.surfaceWidth : surface.width;
  const title = typeof parameters.surfaceTitle === 'string' ? parameters.surfaceTitle : undefined;
  if (options.disable) return <Story />;

  const handshake = options.handshake ?? oneOf(handshakes, globals.handshake) ?? 'ready';
  const platform =
    handshake === 'notInDingTalk'
      ? 'notInDingTalk'
      : (options.platform ?? oneOf(platforms, globals.platform) ?? 'pc');
  const latencyMs = options.latencyMs ?? (Number(globals.latency) || 0);
  const locale = options.locale ?? (globals.locale === 'en' ? 'en' : 'zh-CN');
  return (
    <MockDingTalk
      // A new mock for each story and each toolbar change: nothing leaks from one to the next.
      key={`${context.id}|${platform}|${handshake}|${latencyMs}`}
      storyId={context.id}
      platform={platform}
      handshake={handshake}
      latencyMs={latencyMs}
      locale={locale}
      options={options}
      frame={framedByHost() ? undefined : { surface: { ...surface, width }, title }}
    >
      <Story />
    </MockDingTalk>
  );
};

/** The toolbar menus of the mocked DingTalk. */
export const dingtalkGlobalTypes = {
  surface: {
    description: 'The DingTalk surface the page is shown in',
    toolbar: {
      title: 'Surface',
      icon: 'browser',
      dynamicTitle: true,
      items: [
        { value: 'pane', title: '会话详情 pane (360px)' },
        { value: 'micro-app', title: 'Micro-app window (585px, resizable)' },
        { value: 'modal-large', title: 'Modal large (676×545)' },
        { value: 'modal-middle', title: 'Modal middle (440×300)' },
        { value: 'modal-mini', title: 'Modal mini (366×120)' },
        { value: 'slide-panel', title: 'Slide panel (400px)' },
        { value: 'mobile', title: 'Mobile (375px)' },
      ],
    },
  },
  platform: {
    description: 'The platform the mock behaves as',
    toolbar: {
      title: 'Platform',
      icon: 'mobile',
      dynamicTitle: true,
      items: [
        { value: 'pc', title: 'PC' },
        { value: 'ios', title: 'iOS' },
        { value: 'android', title: 'Android' },
        { value: 'notInDingTalk', title: 'Not in DingTalk' },
      ],
    },
  },
  locale: {
    description: 'Language of the mock dialogs',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      dynamicTitle: true,
      items: [
        { value: 'zh-CN', title: '中文' },
        { value: 'en', title: 'English' },
      ],
    },
  },
  handshake: {
    description: 'How the config/ready handshake ends',
    toolbar: {
      title: 'Handshake',
      icon: 'lock',
      dynamicTitle: true,
      items: [
        { value: 'ready', title: 'Ready' },
        { value: 'configError', title: 'Config error (52013)' },
        { value: 'signatureFailure', title: 'Signature endpoint fails' },
        { value: 'notInDingTalk', title: 'Not in DingTalk' },
      ],
    },
  },
  latency: {
    description: 'Milliseconds before DingTalk answers',
    toolbar: {
      title: 'Latency',
      icon: 'time',
      dynamicTitle: true,
      items: [
        { value: '0', title: 'No latency' },
        { value: '200', title: '200 ms' },
        { value: '1000', title: '1 s' },
        { value: '3000', title: '3 s' },
      ],
    },
  },
};

/** The toolbar's starting values. */
export const dingtalkInitialGlobals = {
  surface: 'micro-app',
  platform: 'pc',
  locale: 'zh-CN',
  handshake: 'ready',
  latency: '0',
};
