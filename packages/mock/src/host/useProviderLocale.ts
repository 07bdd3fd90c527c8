import type { Locale } from '@dingkit/core';
import { type Context, createContext, useContext } from 'react';

// @dingkit/react's DingTalkProvider puts its locale in the context registered under this symbol
// (see its useDingTalkLocale); this package does not import @dingkit/react.
const slot = Symbol.for('@dingkit/react/locale');
const holder = globalThis as unknown as Record<symbol, Context<Locale | undefined> | undefined>;

/** The locale of the `DingTalkProvider` around the caller; `undefined` outside any. */
export function useProviderLocale(): Locale | undefined {
  holder[slot] ??= createContext<Locale | undefined>(undefined);
  return useContext(holder[slot]);
}
