// What the time-to-answer bench compares, and the conditions it compares them in.

/** One of the apps under test/bench/time-to-answer/apps. */
export interface Variant {
  /** Its folder under apps/ and the path it is served at. */
  id: 'a' | 'ap' | 'b' | 'b2' | 'r';
  label: string;
}

export const variants: readonly Variant[] = [
  { id: 'a', label: 'A dingkit (provider)' },
  { id: 'ap', label: 'A′ dingkit (prepareDingTalk)' },
  { id: 'b', label: 'B `import * as dd`' },
  { id: 'b2', label: 'B2 per-API imports' },
  { id: 'r', label: 'R React alone (the floor)' },
];

/** Network and CPU conditions, applied through the DevTools protocol. */
export interface Profile {
  name: 'fast' | 'slow';
  /** Added to every round trip. */
  latencyMs: number;
  /** Download and upload throughput. */
  mbps: number;
  /** CPU slowdown factor (1 = none). */
  cpu: number;
}

export const profiles: readonly Profile[] = [
  { name: 'fast', latencyMs: 20, mbps: 10, cpu: 1 },
  { name: 'slow', latencyMs: 150, mbps: 1.6, cpu: 4 },
];

export const describeProfile = ({ latencyMs, mbps, cpu }: Profile): string =>
  `${latencyMs} ms, ${mbps} Mbps${cpu > 1 ? `, CPU ×${cpu}` : ''}`;

/**
 * - `pc`: the page framed by an emulated PC client (a top page at an `h5.dingtalk.com` origin that
 *   answers what dingtalk-jsapi posts to it).
 * - `ios`, `android`: the page on its own, with `emulateDingTalk` installing the native bridge
 *   from an inline script that runs before the app.
 */
export type BenchPlatform = 'pc' | 'ios' | 'android';

export const benchPlatforms: readonly BenchPlatform[] = ['pc', 'ios', 'android'];

/** The client answers `config` (`runtime.permission.requestJsApis` on mobile) after this long. */
export const configDelayMs = 50;

/** The app's server answers the signature request after this long. */
export const signatureDelayMs = 80;

/** The client version the emulated hosts report. */
export const clientVersion = '7.0.10';

/** The PC host's container id, in the frame's `window.name`. */
export const containerId = 'tta-bench';

/** What a host (PC) or the emulator's wrapper (mobile) logs of the requests it received. */
export interface HostLog {
  /** `performance.timeOrigin` of the window that logged, to put these times on the app's clock. */
  timeOrigin: number;
  requests: { method: string; received: number; answered?: number }[];
}

declare global {
  interface Window {
    /** Set by the bench's host script. */
    __ttaHost?: HostLog;
  }
}

/** The dingkit apps: each gets its ratios against B and B2, held against the goals. */
export const dingkitVariants = ['a', 'ap'] as const;

/**
 * The apps whose ratios against B and B2 are reported: dingkit's, and R, the page with React
 * alone (DingTalk asked only after its first frame), the floor of the first paint.
 */
export const ratedVariants = [...dingkitVariants, 'r'] as const;

/**
 * What A's (and A′'s) medians should come to against B's and B2's, on every profile: reported with the
 * ratios (the bench asserts nothing).
 */
export const goals = {
  answer: { b: 0.9, b2: 1.0 },
  firstPaint: { b: 0.8, b2: 0.95 },
} as const;
