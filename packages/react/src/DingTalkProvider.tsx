import { DingTalkClient, type DingTalkClientOptions } from '@dingkit/core';
import { type ReactNode, useEffect, useState } from 'react';
import { DingTalkContext } from './DingTalkContext';
import { useDevtools } from './devtools/useDevtools';
import { localeContext, useBrowserLocale } from './useDingTalkLocale';

/** Props of {@link DingTalkProvider}: the client's options (or a prepared client), and children. */
export interface DingTalkProviderProps extends DingTalkClientOptions {
  /**
   * A client made before React mounted (`prepareDingTalk`), whose handshake started at the
   * entry module's evaluation. The provider uses it and its options; the option props are not
   * used then.
   * 在 React 挂载前用 prepareDingTalk 创建的 client；传入后以它的选项为准，其他选项 props 不再生效。
   * @default a client of the provider's own, made from the option props
   */
  client?: DingTalkClient | undefined;
  /**
   * Shows the debug panel (handshake, call log, a report to copy), loaded on demand; `false`
   * keeps it off even when the address asks for it.
   * 显示调试面板（鉴权过程、调用记录、可复制的报告），按需加载；`false` 时即使地址带了参数也不显示。
   * @default on when the page's address has `dk_debug=1` (in the query or the hash), else off
   */
  devtools?: boolean | undefined;
  /** The app; its hooks use this provider's client. 应用本身，其中的 hooks 使用这个 provider 的 client。 */
  children?: ReactNode;
}

/**
 * Runs DingTalk's signed handshake once per page URL and gives the hooks below it their client.
 * 每个页面 URL 只做一次钉钉签名鉴权（config/ready），并为其下的 hooks 提供 client。
 * `getSignature(url)` signs the page URL on your server; calls made before `ready` wait for it.
 * The default bridge (`bridge` not given) is the page's detected bridge: inside DingTalk the
 * signature request, dingtalk-jsapi and the adapter start when the provider mounts (its effect,
 * after the app's first render), unless `prepareDingTalk` started them at module scope.
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
  // The layout's labels and the mock host follow the locale of the errors (useDingTalkLocale).
  const browser = useBrowserLocale();
  const locale = given ? given.locale : (options.locale ?? browser);
  const LocaleContext = localeContext();
  return (
    <DingTalkContext.Provider value={client}>
      <LocaleContext.Provider value={locale}>
        {children}
        {devtoolsPanel(client)}
      </LocaleContext.Provider>
    </DingTalkContext.Provider>
  );
}
