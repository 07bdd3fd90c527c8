import { pageBridge } from './adapters/detectBridge';
import { DingTalkClient, type DingTalkClientOptions } from './DingTalkClient';
import type { Bridge } from './types';

const prepared = new WeakMap<Bridge, DingTalkClient>();

/**
 * Starts the handshake before React mounts: call it at module scope, in the app's entry module,
 * so the signature request and dingtalk-jsapi's scripts start while the rest of the app loads,
 * then hand the client to the provider (`<DingTalkProvider client={client}>`). One client per
 * bridge: called again (e.g. on a hot reload) it returns the same client with the new options.
 * The provider's own handshake on the same bridge is the same one: one `getSignature`, one `config`.
 *
 * @example
 * const client = prepareDingTalk({ getSignature: createSignatureFetcher('/api/dingtalk/signature') });
 * createRoot(root).render(<DingTalkProvider client={client}><App /></DingTalkProvider>);
 */
export function prepareDingTalk(options: DingTalkClientOptions = {}): DingTalkClient {
  const { bridge: given = pageBridge } = options;
  const bridge = typeof given === 'function' ? given() : given;
  let client = prepared.get(bridge);
  if (client) client.setOptions(options);
  else {
    client = new DingTalkClient({ ...options, bridge });
    prepared.set(bridge, client);
  }
  client.start();
  return client;
}
