/** The DingTalk containers the emulator can stand in for (`'harmony'`: DingTalk on HarmonyOS). */
export type EmulatedPlatform = 'pc' | 'ios' | 'android' | 'harmony';

/** A failure as the DingTalk client reports it (what `onFail` and `dd.error` receive). */
export interface EmulatedFailure {
  /** The client's code: `-1`/`'-1'` is a cancel on mobile, `3`/`52013` a rejected signature. */
  errorCode?: string | number;
  errorMessage?: string;
}

/** What the emulated client answers `config` (PC) / `runtime.permission.requestJsApis` (mobile) with. */
export type EmulatedConfigOutcome =
  | {
      status: 'ready';
      /** @default the requested `jsApiList` minus `unauthorizedAPIList` */
      authorizedAPIList?: string[];
      /** @default [] */
      unauthorizedAPIList?: string[];
    }
  | ({ status: 'error' } & EmulatedFailure);

/** What a handler gets besides the method and params. */
export interface EmulatorCallContext {
  /** The container being emulated. */
  readonly platform: EmulatedPlatform;
  /**
   * Sends an event that belongs to this call, as the PC client does: dingtalk-jsapi hands it to
   * the params' `on<EventName>` function (`emit('progress', { percent: 40 })` reaches
   * `biz.util.downloadFile`'s `onProgress`). Only PC has this per-call channel; on iOS and
   * Android it does nothing.
   */
  emit(eventName: string, body?: unknown): void;
}

/**
 * Answers one JS-API call the page sent across the bridge. Return (or resolve with) the result;
 * throw (or reject with) an {@link EmulatedFailure} — or a `DingTalkError`, whose `errorCode`
 * and `platformMessage` are used — to fail it. `method` is the full name
 * (`'device.notification.confirm'`); `params` is what crossed the bridge, without functions.
 *
 * The shape matches a bridge call, so a mock bridge can answer:
 * `handle: (method, params, { emit }) => mock.call(method, params, { onProgress: (p) => emit('progress', p) })`.
 */
export type EmulatorHandler = (
  method: string,
  params: Record<string, unknown>,
  context: EmulatorCallContext,
) => unknown;

/** One request the page sent to the emulated client. */
export interface EmulatedRequest {
  /** The method as sent: `'config'` and `'runtime.permission.requestJsApis'` are the handshake. */
  readonly method: string;
  /** The params as they crossed the bridge (functions stripped). */
  readonly params: Record<string, unknown>;
}

/** Options of {@link emulateDingTalk}. */
export interface EmulateDingTalkOptions {
  /** The container to emulate. */
  platform: EmulatedPlatform;
  /**
   * The client version it reports (PC: `hostVersion` in `window.name`; mobile: the user agent).
   * @default '7.0.0'
   */
  version?: string;
  /**
   * Answers the page's JS-API calls (everything except the handshake).
   * @default a handler that fails every call with an errorMessage naming the method
   */
  handle?: EmulatorHandler;
  /**
   * The handshake's outcome, or a function of the params the page sent (to fail the first
   * signature and accept the next, say).
   * @default { status: 'ready' } (everything requested is authorised)
   */
  config?: EmulatedConfigOutcome | ((params: Record<string, unknown>) => EmulatedConfigOutcome);
  /**
   * Milliseconds before each answer.
   * @default 0
   */
  latencyMs?: number;
  /**
   * `false` emulates a half-present container: the page looks like DingTalk (user agent,
   * `window.name` with a containerId but no valid hostOrigin) but no bridge ever answers.
   * @default true
   */
  bridge?: boolean;
  /**
   * PC: the host origin the page talks to; it must end in `.dingtalk.com` (or `7ding.ai`) or
   * dingtalk-jsapi never posts.
   * @default 'https://h5.dingtalk.com'
   */
  hostOrigin?: string;
  /**
   * PC: the container id in `window.name`.
   * @default 'dingkit-emulator'
   */
  containerId?: string;
  /**
   * PC: also install the legacy `window.DingTalkPC` global of the old PC script, answered by
   * the same handler.
   * @default false
   */
  legacyPcGlobal?: boolean;
  /**
   * The user agent to report.
   * @default a DingTalk user agent for the platform, carrying `version`
   */
  userAgent?: string;
}

/** The installed emulator: its request log and controls. */
export interface EmulatedDingTalk {
  readonly platform: EmulatedPlatform;
  readonly version: string;
  /** Every request the page sent, in order (handshakes included, the package's own housekeeping not). */
  readonly requests: readonly EmulatedRequest[];
  /**
   * Sends a client event to the page: `emit('leftBtnClick')` on PC reaches listeners added with
   * `dd.on` or `DingTalkPC.addEventListener`. On mobile, names with a namespace
   * (`'biz.foo.bar'`) arrive as dingtalk-jsapi's business events; others (`'resume'`,
   * `'backbutton'`) as DOM events on `document`. Returns whether anything could hear it: on PC
   * the package opens its event channel only once the page listens to a client event.
   */
  emit(eventName: string, body?: unknown): boolean;
  /**
   * Answers the page's call of `method` again, as the mobile client does for the APIs it keeps
   * answering: `answerAgain('biz.navigation.setLeft')` is a tap on the navigation bar's left
   * button the page took over (`control: true`), `'biz.navigation.setRight'` the right one,
   * `answerAgain('biz.navigation.setMenu', { id })` a tap on that menu item. iOS calls the handler
   * dingtalk-jsapi registered for a call sent with `watch: true`; Android and HarmonyOS call the
   * success callback of the method's latest call again. Returns whether anything could hear it
   * (never on PC, whose clicks are events: see `emit`).
   * @param answer what the client answers with. @default {}
   */
  answerAgain(method: string, answer?: unknown): boolean;
  /** Stops answering and restores what was changed on `window`, `navigator` and `document`. */
  uninstall(): void;
}
