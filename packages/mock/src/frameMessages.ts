// The messages between a page running inside a host's modal or slide panel iframe (its own mock
// bridge) and the MockDingTalkHost that opened it.

/** Sent by the framed page's bridge to the host: a navigation call meant for the opener. */
export interface FrameNavigationMessage {
  dingkitMock: 'navigation';
  api: 'biz.navigation.quit' | 'biz.navigation.setTitle' | 'biz.navigation.setLeft';
  params: Record<string, unknown>;
}

/** Sent by the host to the framed page: a client event such as `leftBtnClick`. */
export interface FrameEventMessage {
  dingkitMock: 'event';
  event: string;
  payload?: unknown;
}

/** The navigation APIs that act on the modal or slide panel around the page. */
export const frameNavigationApis: ReadonlySet<string> = new Set([
  'biz.navigation.quit',
  'biz.navigation.setTitle',
  'biz.navigation.setLeft',
]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Whether `data` is a navigation message from a framed page. */
export function isFrameNavigationMessage(data: unknown): data is FrameNavigationMessage {
  return (
    isRecord(data) &&
    data.dingkitMock === 'navigation' &&
    typeof data.api === 'string' &&
    frameNavigationApis.has(data.api) &&
    isRecord(data.params)
  );
}

/** Whether `data` is an event message from the host. */
export function isFrameEventMessage(data: unknown): data is FrameEventMessage {
  return isRecord(data) && data.dingkitMock === 'event' && typeof data.event === 'string';
}
