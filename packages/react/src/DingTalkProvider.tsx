import { DingTalkClient, type DingTalkClientOptions } from '@dingkit/core';
import { type ReactNode, useEffect, useState } from 'react';
import { DingTalkContext } from './DingTalkContext';
import { useDevtools } from './devtools/useDevtools';

/** Props of {@link DingTalkProvider}: the client's options (or a prepared client), and children. */
export interface DingTalkProviderProps extends DingTalkClientOptions {
  /**
   * A client made before React mounted (`prepareDingTalk`), whose handshake started at the
   * entry module's evaluation. The provider uses it and its options; the option props are not
   * used then.
   * @default a client of the provider's own, made from the option props
   */
  client?: DingTalkClient | undefined;
  /**
   * Shows the debug panel (handshake, call log, a report to copy), loaded on demand; `false`
   * keeps it off even when the address asks for it.
   * @default on when the page's address has `dk_debug=1` (in the query or the hash), else off
   */
  devtools?: boolean | undefined;
  /** The app; its hooks use this provider's client. */
  children?: ReactNode;
}

/**
 * Runs DingTalk's signed handshake once per page URL and gives the hooks below it their client.
 * `getSignature(url)` signs the page URL on your server; calls made before `ready` wait for it.
 * The default bridge (`bridge` not given) is the page's detected bridge: inside DingTalk it
 * starts loading dingtalk-jsapi and the adapter when the provider first renders on the client.
 */
export function DingTalkProvider({
  client: given,
  children,
  devtools,
  ...props
}: DingTalkProviderProps): ReactNode {
  const [options, devtoolsPanel] = useDevtools(props, devtools);
  // The client belongs to the bridge (or is the one given); the other props are read afresh
  // from every render.
  const key = given ?? options.bridge;
  const create = () => given ?? new DingTalkClient(options);
  const [held, hold] = useState(() => ({ key, client: create() }));
  let { client } = held;
  if (held.key !== key) {
    client = create();
    hold({ key, client });
  }
  useEffect(() => {
    if (!given) client.setOptions(options);
  });
  useEffect(() => client.start(), [client]);
  return (
    <DingTalkContext.Provider value={client}>
      {children}
      {devtoolsPanel(client)}
    </DingTalkContext.Provider>
  );
}
