import type { Bridge } from '@dingkit/core';
import { useInsertionEffect, useSyncExternalStore } from 'react';
import { injectHostStyles } from './host/hostStyles';
import type { MockLocale } from './host/messages';
import { requireMockController } from './host/requireMockController';
import { useHostMessages } from './host/useHostMessages';
import type { MockCall } from './MockController';

/** Props of {@link MockNavigationBar}. */
export interface MockNavigationBarProps {
  /** A bridge made by `createMockBridge` (the same one the app's provider uses). */
  bridge: Bridge;
  /**
   * The language of the bar's own words (the default back button, its label).
   * @default the locale of the `DingTalkProvider` it is rendered in; `'zh-CN'` outside one
   */
  locale?: MockLocale;
}

type Params = Record<string, unknown>;

const none: readonly MockCall[] = [];
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The params of the latest call of `api` that the bridge did not refuse. */
function latest(calls: readonly MockCall[], api: string): Params | undefined {
  for (let i = calls.length - 1; i >= 0; i--) {
    const call = calls[i]!;
    if (call.api === api && call.status !== 'rejected') return call.params as Params;
  }
  return undefined;
}

/**
 * A mobile DingTalk navigation bar over a mock bridge: the title (`biz.navigation.setTitle`), the
 * left button (`setLeft`'s text, else 返回), the right button (`setRight`) and the menu's items
 * (`setMenu`), as the page's latest calls set them. A tap is what the client would answer: on a
 * button the page took over, the listening call's next answer (`controller.answerAgain`); on the
 * left button not taken over, Android's `backbutton` event. Render it above the page, e.g. in a
 * story on the mobile surface.
 */
export function MockNavigationBar({ bridge, locale }: MockNavigationBarProps) {
  const controller = requireMockController(bridge, 'MockNavigationBar');
  const calls = useSyncExternalStore(
    controller.subscribe,
    () => controller.calls,
    () => none,
  );
  const t = useHostMessages(locale);
  useInsertionEffect(() => injectHostStyles(document), []);

  const title = text(latest(calls, 'biz.navigation.setTitle')?.title);
  const left = text(latest(calls, 'biz.navigation.setLeft')?.text) || t.back;
  const rightParams = latest(calls, 'biz.navigation.setRight');
  const right = rightParams && rightParams.show !== false ? text(rightParams.text) : '';
  const menuItems = latest(calls, 'biz.navigation.setMenu')?.items;
  const items = Array.isArray(menuItems) ? (menuItems as { id?: unknown; text?: unknown }[]) : [];

  const back = () => {
    if (!controller.answerAgain('biz.navigation.setLeft') && bridge.platform === 'android') {
      controller.emit('backbutton');
    }
  };

  return (
    <nav className="dkm-navbar" aria-label={t.navigationBar}>
      <div className="dkm-navbar__side">
        <button type="button" className="dkm-navbar__button" onClick={back}>
          {left}
        </button>
      </div>
      <h2 className="dkm-navbar__title">{title}</h2>
      <div className="dkm-navbar__side dkm-navbar__side--end">
        {right && (
          <button
            type="button"
            className="dkm-navbar__button"
            onClick={() => controller.answerAgain('biz.navigation.setRight')}
          >
            {right}
          </button>
        )}
        {items.map((item) => (
          <button
            key={text(item.id)}
            type="button"
            className="dkm-navbar__button"
            onClick={() => controller.answerAgain('biz.navigation.setMenu', { id: text(item.id) })}
          >
            {text(item.text)}
          </button>
        ))}
      </div>
    </nav>
  );
}
