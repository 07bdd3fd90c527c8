import type { ApiName, Platform } from '@dingkit/core';
import type { MockConfigOutcome, MockFailure, MockLocale, MockOrg, MockResponses } from '@dingkit/mock';
import type { SurfaceId } from './SurfaceFrame';

/** How the handshake ends, as chosen in the toolbar or by a story. */
export type Handshake = 'ready' | 'configError' | 'signatureFailure' | 'notInDingTalk';

/**
 * `parameters.dingtalk` of a story, a file (`meta.parameters`) or the whole Storybook
 * (`preview.parameters`): what the mocked DingTalk does. What a story sets wins over the toolbar;
 * what it leaves out follows the toolbar (surface, platform, locale, handshake, latency).
 */
export interface DingTalkParameters {
  /**
   * The DingTalk surface the story is drawn in, at its size: the 360px conversation pane, the
   * micro-app window, a modal, the slide panel, or mobile; `'none'` draws no frame.
   * @default the toolbar's surface ('micro-app')
   */
  surface?: SurfaceId | 'none';
  /**
   * The width of the surface's page in CSS px: e.g. a micro-app window dragged to 1024.
   * @default the surface's width
   */
  surfaceWidth?: number;
  /**
   * The text in the surface's title bar.
   * @default the surface's name
   */
  surfaceTitle?: string;
  /**
   * The platform to behave as; APIs it lacks reject `UNSUPPORTED`.
   * @default the toolbar's platform ('pc')
   */
  platform?: Platform;
  /**
   * The client version; below an API's minimum it rejects `UNSUPPORTED`.
   * @default '7.6.0'
   */
  version?: string;
  /**
   * How the handshake ends: `ready`, `configError` (52013, the signature is rejected),
   * `signatureFailure` (the signing endpoint fails) or `notInDingTalk` (a plain browser).
   * @default the toolbar's handshake ('ready')
   */
  handshake?: Handshake;
  /**
   * Shows dingkit's debug panel over the story (the provider's `devtools`).
   * @default false
   */
  devtools?: boolean;
  /**
   * Milliseconds before each answer, `config` included.
   * @default the toolbar's latency (0)
   */
  latencyMs?: number;
  /**
   * Language of the story: the provider's `locale` (its error messages, the layout's labels) and
   * the mock dialogs'.
   * @default the toolbar's locale ('zh-CN')
   */
  locale?: MockLocale;
  /**
   * Scripted answers by API: the result, or a handler `(params, { next, signal, org }) => result`
   * (throw a `MockFailure` to fail). The API's dialog is skipped.
   * @default {}
   */
  respond?: MockResponses;
  /**
   * Scripted failures by API: a code (`'CANCELLED'`) or the client's `{ errorCode, errorMessage }`.
   * @default {}
   */
  fail?: { [A in ApiName]?: MockFailure };
  /**
   * How `config` ends when the handshake is `ready`, e.g. `{ outcome: 'ready',
   * unauthorizedAPIList: ['biz.ding.post'] }`.
   * @default { outcome: 'ready' }
   */
  config?: MockConfigOutcome;
  /**
   * The handshake's `jsApiList` (the provider's prop).
   * @default every catalog API that needs authorisation on the platform
   */
  jsApiList?: string[];
  /**
   * How long a simulated download takes, in milliseconds.
   * @default 1500
   */
  downloadMs?: number;
  /**
   * The organisation the pickers choose from.
   * @default mockOrg
   */
  org?: MockOrg;
  /**
   * The signed-in person: auth codes exchange to them.
   * @default the first person of `org`
   */
  userId?: string;
  /**
   * Leaves the story without the mocked DingTalk (no provider, no frame).
   * @default false
   */
  disable?: boolean;
}

/** The story annotations the addon types, for Storybook's CSF factories (`definePreview({ addons })`). */
export interface DingTalkTypes {
  parameters: { dingtalk?: DingTalkParameters };
}

// Types `parameters.dingtalk` in CSF 3 stories (`Meta`, `StoryObj`, `StoryFn`) wherever this
// package's types are loaded.
declare module 'storybook/internal/csf' {
  interface Parameters {
    dingtalk?: DingTalkParameters;
  }
}
