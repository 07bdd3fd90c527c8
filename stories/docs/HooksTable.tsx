import { type ApiName, type ClientPlatform, catalog, clientPlatforms } from '@dingkit/core';
import * as react from '@dingkit/react';

// The hooks' own sources: which API each one calls is read from them, so this page cannot drift
// from the code. Support, authorisation and versions come from the catalog.
const sources = import.meta.glob<string>('../../packages/react/src/hooks/use*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const platforms = clientPlatforms;
const platformNames: Record<ClientPlatform, string> = {
  pc: 'PC',
  ios: 'iOS',
  android: 'Android',
  harmony: 'HarmonyOS',
};

interface HookRow {
  hook: string;
  apis: ApiName[];
  /** Client events the hook listens to. */
  events: string[];
  /** What the hook does besides calling its API, for the hooks that are not one-API action hooks. */
  note?: string;
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
          ...(generic ? { note: 'any catalog API, typed from the catalog (see the list below)' } : {}),
          ...(eventHook ? { note: 'subscribes to a client event while mounted' } : {}),
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

function Support({ api, platform }: { api: ApiName; platform: ClientPlatform }) {
  const spec = catalog[api];
  if (!spec.support[platform]) return <td aria-label="not supported">—</td>;
  const min = spec.minVersion[platform];
  return <td style={{ whiteSpace: 'nowrap' }}>{min ? `✓ ${min}+` : '✓'}</td>;
}

/** Every hook of @dingkit/react with the JS-API it calls and where that API runs. */
export function HooksTable() {
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
        <caption>
          {rows.length} hooks. “✓ 2.5.0+”: supported from that client version on (the lowest that
          dingtalk-jsapi registers); “✓”: supported, no version registered; “—”: not available.
        </caption>
        <thead>
          <tr>
            <th scope="col">hook</th>
            <th scope="col">JS-API</th>
            {platforms.map((platform) => (
              <th scope="col" key={platform}>
                {platformNames[platform]}
              </th>
            ))}
            <th scope="col">needs jsApiList</th>
            <th scope="col">no default timeout</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) =>
            row.apis.length === 0 ? (
              <tr key={row.hook}>
                <th scope="row">
                  <code>{row.hook}</code>
                </th>
                <td colSpan={platforms.length + 3}>{row.note}</td>
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
                        {' + event '}
                        {row.events.map((event) => (
                          <code key={event}>{event}</code>
                        ))}
                      </>
                    )}
                  </td>
                  {platforms.map((platform) => (
                    <Support key={platform} api={api} platform={platform} />
                  ))}
                  <td>{catalog[api].auth ? 'yes' : 'no'}</td>
                  <td>{mark(catalog[api].interactive)}</td>
                </tr>
              ))
            ),
          )}
        </tbody>
      </table>
      {missing.length > 0 && (
        <p role="alert">Not exported from @dingkit/react: {missing.map((row) => row.hook).join(', ')}.</p>
      )}
      <p>
        Other hooks of <code>@dingkit/react</code> (no JS-API):{' '}
        {otherHooks.map((name, index) => (
          <span key={name}>
            {index > 0 && ', '}
            <code>{name}</code>
          </span>
        ))}
        .
      </p>
      <details>
        <summary>
          The {generic.length} other catalog APIs, for <code>useJsApi(name)</code>
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
              <th scope="col">needs jsApiList</th>
              <th scope="col">no default timeout</th>
            </tr>
          </thead>
          <tbody>
            {generic.map((api) => (
              <tr key={api}>
                <th scope="row">
                  <code>{api}</code>
                </th>
                {platforms.map((platform) => (
                  <Support key={platform} api={api} platform={platform} />
                ))}
                <td>{catalog[api].auth ? 'yes' : 'no'}</td>
                <td>{mark(catalog[api].interactive)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
