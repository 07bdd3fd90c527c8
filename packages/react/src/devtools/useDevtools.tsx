import type { DingTalkClient, DingTalkClientOptions } from '@dingkit/core';
import { type ReactNode, useEffect, useState } from 'react';
import type { DevtoolsLog } from './DevtoolsLog';
import { loadDevtools } from './loadDevtools';

// `dk_debug=1` in the query, or in the hash of a hash-routed app (`#/list?dk_debug=1`).
const flagged = () => !!globalThis.location?.href.includes('dk_debug=1');

/**
 * The provider's part of the debug panel: when `devtools` is true, or not given and the page's
 * address has `dk_debug=1`, the options with an `onCall` that also records for the panel, and
 * the panel once its chunk has loaded. Otherwise the options as given and nothing to render.
 */
export function useDevtools(
  options: DingTalkClientOptions,
  devtools: boolean | undefined,
): [DingTalkClientOptions, (client: DingTalkClient) => ReactNode] {
  // Decided once, on the client: a server has no address to read and renders no panel.
  const [log] = useState<DevtoolsLog | undefined>(() =>
    (devtools ?? flagged()) ? { events: [] } : undefined,
  );
  const [Panel, setPanel] = useState<Awaited<ReturnType<typeof loadDevtools>>['DevtoolsPanel']>();
  useEffect(() => {
    if (log) loadDevtools().then((loaded) => setPanel(() => loaded.DevtoolsPanel), console.error);
  }, [log]);
  if (!log) return [options, () => null];
  const { onCall } = options;
  return [
    {
      ...options,
      onCall: (event) => {
        log.events.push(event);
        log.changed?.();
        onCall?.(event);
      },
    },
    (client) => Panel && <Panel client={client} log={log} />,
  ];
}
