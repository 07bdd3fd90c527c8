import { defaultLocale, type Locale } from '@dingkit/core';
import { type Context, createContext, useContext, useSyncExternalStore } from 'react';

// One context per page, kept on globalThis under a registered symbol, so that MockDingTalkHost
// (@dingkit/mock, which does not import this package) reads the very same one.
const slot = Symbol.for('@dingkit/react/locale');
const holder = globalThis as unknown as Record<symbol, Context<Locale | undefined> | undefined>;

/** The context of the nearest `DingTalkProvider`'s locale; `undefined` outside any provider. */
export function localeContext(): Context<Locale | undefined> {
  holder[slot] ??= createContext<Locale | undefined>(undefined);
  return holder[slot];
}

const unchanging = () => () => {};
// A server knows no browser language; hydration renders this too, then the browser's.
const serverLocale = (): Locale => 'zh-CN';

/** The browser's language by core's rule (`'zh-CN'` for `zh*`, else `'en'`), hydration-safe. */
export const useBrowserLocale = (): Locale => useSyncExternalStore(unchanging, defaultLocale, serverLocale);

/**
 * The language of the nearest `DingTalkProvider` (提供者的语言): its `locale`, or without one the
 * browser's (`'zh-CN'` for `zh*`, else `'en'`), as its error messages choose; `undefined` outside
 * a provider. Server rendering and hydration use `'zh-CN'` until the browser's is known. The
 * layout components' built-in labels and `MockDingTalkHost` follow it.
 */
export function useDingTalkLocale(): Locale | undefined {
  return useContext(localeContext());
}
