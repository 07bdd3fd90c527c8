import { type Bridge, DingTalkClient, type DingTalkClientOptions, detectBridge } from '@dingkit/core';
import { type ReactNode, useEffect, useMemo } from 'react';
import { DingTalkContext } from './DingTalkContext';

/** Props of {@link DingTalkProvider}: the client's options, an optional bridge, and children. */
export interface DingTalkProviderProps extends Omit<DingTalkClientOptions, 'bridge'> {
  /**
   * The bridge to DingTalk (a mock in tests and stories). The default loads the adapter and its
   * checks lazily, keeping the first load small; a bridge given here brings them up front.
   * @default detectBridge(), created on the client when first needed, never during a server render
   */
  bridge?: Bridge | undefined;
  /** The app; its hooks use this provider's client. */
  children?: ReactNode;
}

// One detected bridge per page: the handshake belongs to the page, so a provider that remounts
// finds the handshake of the bridge it had.
let detected: Bridge | undefined;
const detect = (): Bridge => {
  detected ??= detectBridge();
  return detected;
};

/**
 * Runs DingTalk's signed handshake once per page URL and gives the hooks below it their client.
 * `getSignature(url)` signs the page URL on your server; calls made before `ready` wait for it.
 */
export function DingTalkProvider({ bridge, children, ...options }: DingTalkProviderProps): ReactNode {
  // The client belongs to the bridge; the other props are read afresh from every render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: later options arrive through setOptions
  const client = useMemo(() => new DingTalkClient({ ...options, bridge: bridge ?? detect }), [bridge]);
  useEffect(() => client.setOptions(options));
  useEffect(() => client.start(), [client]);
  return <DingTalkContext.Provider value={client}>{children}</DingTalkContext.Provider>;
}
