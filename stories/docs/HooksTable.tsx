import { type ApiName, type ClientPlatform, catalog } from '@dingkit/core';
import * as react from '@dingkit/react';

// The hooks' own sources: which API each one calls is read from them, so this page cannot drift
// from the code. Support, authorisation and versions come from the catalog.
const sources = import.meta.glob<string>('../../packages/react/src/hooks/use*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const platforms: readonly ClientPlatform[] = ['pc', 'ios', 'android'];

// The page's words, for the Chinese Docs page and its English version.
const labels = {
  en: {
    caption: (count: number) =>
      `${count} hooks. “✓ 2.5.0+”: supported from that client version on (the lowest that dingtalk-jsapi registers); “✓”: supported, no version registered; “—”: not available.`,
    auth: 'needs jsApiList',
    timeout: 'no default timeout',
    yes: 'yes',
    no: 'no',
    unsupported: 'not supported',
    event: ' + event ',
    generic: 'any catalog API, typed from the catalog (see the list below)',
    eventHook: 'subscribes to a client event while mounted',
    unexported: 'Not exported from @dingkit/react: ',
    others: 'Other hooks of @dingkit/react (no JS-API): ',
    rest: (count: number) => `The ${count} other catalog APIs, for `,
    restEnd: '',
    comma: ', ',
    end: '.',
  },
  'zh-CN': {
    caption: (count: number) =>
      `共 ${count} 个 hooks。“✓ 2.5.0+”：从这个客户端版本起支持（dingtalk-jsapi 登记的最低版本）；“✓”：支持，未登记版本；“—”：不可用。`,
    auth: '需要 jsApiList 鉴权',
    timeout: '无默认超时',
    yes: '是',
    no: '否',
    unsupported: '不支持',
    event: ' + 事件 ',
    generic: '目录中的任意 API，类型来自目录（见下方列表）',
    eventHook: '组件挂载期间订阅一个客户端事件',
    unexported: '未从 @dingkit/react 导出：',
    others: '@dingkit/react 的其他 hooks（不对应 JS-API）：',
    rest: (count: number) => `目录中其余 ${count} 个 API，用 `,
    restEnd: ' 调用',
    comma: '、',
    end: '。',
  },
};
type Labels = (typeof labels)['en'];
const platformNames: Record<ClientPlatform, string> = { pc: 'PC', ios: 'iOS', android: 'Android' };

interface HookRow {
  hook: string;
  apis: ApiName[];
  /** Client events the hook listens to. */
  events: string[];
  /** What the hook does besides calling its API, for the hooks that are not one-API action hooks. */
  note?: 'generic' | 'eventHook';
  exported: boolean;
}

const isApi = (name: string): name is ApiName => Object.hasOwn(catalog, name);

function readHooks(): HookRow[] {
  const byHook = new Map<string, string>();
  for (const [path, source] of Object.entries(sources)) {
    const hook = /\/(use\w+)\.ts$/.exec(path)?.[1];
    if (hook) byHook.set(hook, source);
  }
  const apisOf = (hook: string, seen: Set<string> = new Set()): ApiName[] => {
    const source = byHook.get(hook) ?? '';
    const direct = /ApiHook<\s*'([^']+)'/.exec(source)?.[1];
    if (direct) return isApi(direct) ? [direct] : [];
    // Declarative hooks built on other hooks (useLeftButton → useSetLeft): follow their imports.
    seen.add(hook);
    const used = [...source.matchAll(/import \{ (use\w+) \} from '\.\/(use\w+)'/g)].map((match) => match[1]!);
    return used.filter((inner) => !seen.has(inner)).flatMap((inner) => apisOf(inner, seen));
  };
  return (
    [...byHook.entries()]
      .map(([hook, source]): HookRow => {
        const events = [...source.matchAll(/useDingTalkEvent\('(\w+)'/g)].map((match) => match[1]!);
        const generic = /export function useJsApi\b/.test(source);
        const eventHook = /export function useDingTalkEvent\b/.test(source);
        return {
          hook,
          apis: apisOf(hook),
          events,
          exported: hook in react,
          ...(generic ? { note: 'generic' as const } : {}),
          ...(eventHook ? { note: 'eventHook' as const } : {}),
        };
      })
      // By API, as the catalog groups them; the hooks without an API of their own last.
      .sort((a, b) =>
        a.apis[0] && b.apis[0]
          ? a.apis[0].localeCompare(b.apis[0])
          : Number(!a.apis[0]) - Number(!b.apis[0]) || a.hook.localeCompare(b.hook),
      )
  );
}

const mark = (yes: boolean) => (yes ? '✓' : '—');

function Support({ api, platform, text }: { api: ApiName; platform: ClientPlatform; text: Labels }) {
  const spec = catalog[api];
  if (!spec.support[platform]) return <td aria-label={text.unsupported}>—</td>;
  const min = spec.minVersion[platform];
  return <td style={{ whiteSpace: 'nowrap' }}>{min ? `✓ ${min}+` : '✓'}</td>;
}

/** Every hook of @dingkit/react with the JS-API it calls and where that API runs. */
export function HooksTable({ locale = 'en' }: { locale?: keyof typeof labels }) {
  const text = labels[locale];
  const rows = readHooks();
  const covered = new Set(rows.flatMap((row) => row.apis));
  const generic = (Object.keys(catalog) as ApiName[]).filter((api) => !covered.has(api)).sort();
  const hookFiles = new Set(rows.map((row) => row.hook));
  const otherHooks = Object.keys(react)
    .filter((name) => /^use[A-Z]/.test(name) && !hookFiles.has(name))
    .sort();
  const missing = rows.filter((row) => !row.exported);

  return (
    <>
      <table>
        <caption>{text.caption(rows.length)}</caption>
        <thead>
          <tr>
            <th scope="col">hook</th>
            <th scope="col">JS-API</th>
            {platforms.map((platform) => (
              <th scope="col" key={platform}>
                {platformNames[platform]}
              </th>
            ))}
            <th scope="col">{text.auth}</th>
            <th scope="col">{text.timeout}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) =>
            row.apis.length === 0 ? (
              <tr key={row.hook}>
                <th scope="row">
                  <code>{row.hook}</code>
                </th>
                <td colSpan={platforms.length + 3}>{row.note && text[row.note]}</td>
              </tr>
            ) : (
              row.apis.map((api, index) => (
                <tr key={`${row.hook} ${api}`}>
                  <th scope="row">
                    <code>{row.hook}</code>
                  </th>
                  <td>
                    <code>{api}</code>
                    {index === 0 && row.events.length > 0 && (
                      <>
                        {text.event}
                        {row.events.map((event) => (
                          <code key={event}>{event}</code>
                        ))}
                      </>
                    )}
                  </td>
                  {platforms.map((platform) => (
                    <Support key={platform} api={api} platform={platform} text={text} />
                  ))}
                  <td>{catalog[api].auth ? text.yes : text.no}</td>
                  <td>{mark(catalog[api].interactive)}</td>
                </tr>
              ))
            ),
          )}
        </tbody>
      </table>
      {missing.length > 0 && (
        <p role="alert">
          {text.unexported}
          {missing.map((row) => row.hook).join(', ')}
        </p>
      )}
      <p>
        {text.others}
        {otherHooks.map((name, index) => (
          <span key={name}>
            {index > 0 && text.comma}
            <code>{name}</code>
          </span>
        ))}
        {text.end}
      </p>
      <details>
        <summary>
          {text.rest(generic.length)}
          <code>useJsApi(name)</code>
          {text.restEnd}
        </summary>
        <table>
          <thead>
            <tr>
              <th scope="col">JS-API</th>
              {platforms.map((platform) => (
                <th scope="col" key={platform}>
                  {platformNames[platform]}
                </th>
              ))}
              <th scope="col">{text.auth}</th>
              <th scope="col">{text.timeout}</th>
            </tr>
          </thead>
          <tbody>
            {generic.map((api) => (
              <tr key={api}>
                <th scope="row">
                  <code>{api}</code>
                </th>
                {platforms.map((platform) => (
                  <Support key={platform} api={api} platform={platform} text={text} />
                ))}
                <td>{catalog[api].auth ? text.yes : text.no}</td>
                <td>{mark(catalog[api].interactive)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
