import { type ApiDescriptor, type ClientPlatform, catalog } from '@dingkit/core';
import * as react from '@dingkit/react';
import { apiHookRows, platformName, platformsOf } from './apiHookRows';

// Read from the hooks themselves: each action hook carries its API's descriptor, so this page
// cannot drift from the code. Support, authorisation and versions are the descriptors'.

/** The hooks built on other hooks or on client events, and what they use. */
export const composedHooks: Readonly<
  Record<
    string,
    { uses?: readonly { readonly api: ApiDescriptor }[]; events?: readonly string[]; note?: string }
  >
> = {
  useLeftButton: { uses: [react.useSetLeft], events: ['leftBtnClick'] },
  useNavigationTitle: { uses: [react.useSetTitle] },
  useBackButton: { note: 'takes over Android’s back button (event backbutton) while mounted' },
  useDingTalkEvent: { note: 'subscribes to a client event while mounted' },
  useJsApi: { note: 'any catalog API, typed from the catalog (see the list below)' },
};

/** The hooks of @dingkit/react that call no JS-API. */
export const otherHooks = ['useDingTalk', 'useSurface', 'useContainerBand', 'useContainerWidth'];

interface Row {
  hook: string;
  apis: ApiDescriptor[];
  events: readonly string[];
  note?: string | undefined;
}

function rows(): Row[] {
  const action: Row[] = apiHookRows(react).map(({ hook, api }) => ({ hook, apis: [api], events: [] }));
  const composed: Row[] = Object.entries(composedHooks).map(([hook, { uses = [], events = [], note }]) => ({
    hook,
    apis: uses.map((used) => used.api),
    events,
    note,
  }));
  // By API, as the catalog groups them; the hooks without an API of their own last.
  return [...action, ...composed].sort((a, b) =>
    a.apis[0] && b.apis[0]
      ? a.apis[0].name.localeCompare(b.apis[0].name) || a.hook.localeCompare(b.hook)
      : Number(!a.apis[0]) - Number(!b.apis[0]) || a.hook.localeCompare(b.hook),
  );
}

const mark = (yes: boolean) => (yes ? '✓' : '—');

function Support({ api, platform }: { api: ApiDescriptor; platform: ClientPlatform }) {
  if (!api.support[platform]) return <td aria-label="not supported">—</td>;
  const min = api.minVersion[platform];
  return <td style={{ whiteSpace: 'nowrap' }}>{min ? `✓ ${min}+` : '✓'}</td>;
}

function ApiCells({ api, platforms }: { api: ApiDescriptor; platforms: readonly ClientPlatform[] }) {
  return (
    <>
      {platforms.map((platform) => (
        <Support key={platform} api={api} platform={platform} />
      ))}
      <td>{api.auth ? 'yes' : 'no'}</td>
      <td>{mark(api.interactive)}</td>
    </>
  );
}

function Head({ first, platforms }: { first: string[]; platforms: readonly ClientPlatform[] }) {
  return (
    <thead>
      <tr>
        {[...first, ...platforms.map(platformName), 'needs jsApiList', 'no default timeout'].map((name) => (
          <th scope="col" key={name}>
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Every hook of @dingkit/react with the JS-API it calls and where that API runs. */
export function HooksTable() {
  const hookRows = rows();
  const every = Object.values(catalog) as ApiDescriptor[];
  const platforms = platformsOf(every);
  const covered = new Set(hookRows.flatMap((row) => row.apis.map((api) => api.name)));
  const generic = every.filter((api) => !covered.has(api.name)).sort((a, b) => a.name.localeCompare(b.name));
  const hooks = new Set(hookRows.map((row) => row.hook));
  // A hook exported without a row (neither an action hook nor listed above) is flagged.
  const unlisted = Object.keys(react).filter(
    (name) => /^use[A-Z]/.test(name) && !hooks.has(name) && !otherHooks.includes(name),
  );

  return (
    <>
      <table>
        <caption>
          {hookRows.length} hooks. “✓ 2.5.0+”: supported from that client version on (the lowest that
          dingtalk-jsapi registers); “✓”: supported, no version registered; “—”: not available.
        </caption>
        <Head first={['hook', 'JS-API']} platforms={platforms} />
        <tbody>
          {hookRows.map((row) =>
            row.apis.length === 0 ? (
              <tr key={row.hook}>
                <th scope="row">
                  <code>{row.hook}</code>
                </th>
                <td colSpan={platforms.length + 3}>{row.note}</td>
              </tr>
            ) : (
              row.apis.map((api, index) => (
                <tr key={`${row.hook} ${api.name}`}>
                  <th scope="row">
                    <code>{row.hook}</code>
                  </th>
                  <td>
                    <code>{api.name}</code>
                    {index === 0 && row.events.length > 0 && (
                      <>
                        {' + event '}
                        {row.events.map((event, at) => (
                          <span key={event}>
                            {at > 0 && ', '}
                            <code>{event}</code>
                          </span>
                        ))}
                      </>
                    )}
                  </td>
                  <ApiCells api={api} platforms={platforms} />
                </tr>
              ))
            ),
          )}
        </tbody>
      </table>
      {unlisted.length > 0 && <p role="alert">Not in this table: {unlisted.join(', ')}.</p>}
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
          <Head first={['JS-API']} platforms={platforms} />
          <tbody>
            {generic.map((api) => (
              <tr key={api.name}>
                <th scope="row">
                  <code>{api.name}</code>
                </th>
                <ApiCells api={api} platforms={platforms} />
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
