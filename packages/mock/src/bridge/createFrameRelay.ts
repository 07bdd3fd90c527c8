import { type FrameNavigationMessage, frameNavigationApis, isFrameEventMessage } from '../frameMessages';
import type { MockBridgeOptions } from '../MockController';

/** The link between a page framed by a host's modal or slide panel and that host. */
export interface FrameRelay {
  /**
   * Posts a navigation call (`quit`, `setTitle`, `setLeft`) to the host around this page;
   * `false` when the call is not one or no host frames the page.
   */
  relay(api: string, params: Record<string, unknown>): boolean;
  /** Passes the host's client events (`leftBtnClick`) to `fire`, from the first call on. */
  listen(): void;
}

/** A relay to the host named by `setting` (see `MockBridgeOptions.frameHost`). */
export function createFrameRelay(
  setting: NonNullable<MockBridgeOptions['frameHost']>,
  fire: (event: string, payload: unknown) => void,
): FrameRelay {
  let listening = false;

  function host(): { window: Window; origin: string } | undefined {
    if (setting === false) return undefined;
    if (setting !== 'auto') return setting;
    if (typeof window === 'undefined' || window.parent === window) return undefined;
    const origin = window.location.origin;
    return { window: window.parent, origin: origin === 'null' ? '*' : origin };
  }

  return {
    relay(api, params) {
      const target = frameNavigationApis.has(api) ? host() : undefined;
      if (!target) return false;
      const message: FrameNavigationMessage = {
        dingkitMock: 'navigation',
        api: api as FrameNavigationMessage['api'],
        params,
      };
      target.window.postMessage(message, target.origin);
      return true;
    },
    listen() {
      if (listening) return;
      const target = host();
      if (!target || typeof window === 'undefined') return;
      listening = true;
      window.addEventListener('message', (event) => {
        if (event.source !== target.window || !isFrameEventMessage(event.data)) return;
        fire(event.data.event, event.data.payload);
      });
    },
  };
}
