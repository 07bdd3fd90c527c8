import type { DingTalkClient } from '@dingkit/core';
import { createContext, useContext } from 'react';

/** The client of the nearest `DingTalkProvider`. */
export const DingTalkContext = createContext<DingTalkClient | undefined>(undefined);

/** The provider's client; throws an error naming the hook and the provider when there is none. */
export function useDingTalkClient(hook: string): DingTalkClient {
  const client = useContext(DingTalkContext);
  if (!client) {
    throw new Error(
      `${hook}() must be used inside <DingTalkProvider>: wrap the app in it (with a mock bridge in tests and stories).`,
    );
  }
  return client;
}
