import { type ApiDescriptor, type ClientPlatform, catalog } from '@dingkit/core';
import * as react from '@dingkit/react';
import { apiHookRows, platformName, platformsOf } from './apiHookRows';

// Read from the hooks themselves: each action hook carries its API's descriptor, so this page
// cannot drift from the code. Support, authorisation and versions are the descriptors'.

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
    backButton:
      'takes over the back button while mounted: Android’s (event backbutton), iOS’s left button (biz.navigation.setLeft)',
    unlisted: 'Not in this table: ',
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
    backButton:
      '组件挂载期间接管返回：安卓返回键（事件 backbutton）、iOS 导航栏左侧按钮（biz.navigation.setLeft）',
    unlisted: '不在本表中：',
    others: '@dingkit/react 的其他 hooks（不对应 JS-API）：',
    rest: (count: number) => `目录中其余 ${count} 个 API，用 `,
    restEnd: ' 调用',
    comma: '、',
    end: '。',
  },
};
type Labels = (typeof labels)['en'];
/** What a hook without an API of its own does, as a key of the page's words. */
type Note = 'generic' | 'eventHook' | 'backButton';

/** The hooks built on other hooks or on client events, and what they use. */
export const composedHooks: Readonly<
  Record<
    string,
    { uses?: readonly { readonly api: ApiDescriptor }[]; events?: readonly string[]; note?: Note }
  >
> = {
  useLeftButton: { uses: [react.useSetLeft], events: ['leftBtnClick'] },
  useNavigationTitle: { uses: [react.useSetTitle] },
  useRightButton: { uses: [react.useSetRight] },
  useNavigationMenu: { uses: [react.useSetMenu] },
  useBackButton: { note: 'backButton' },
  useDingTalkEvent: { note: 'eventHook' },
  useJsApi: { note: 'generic' },
};

/** The hooks of @dingkit/react that call no JS-API. */
export const otherHooks = [
  'useDingTalk',
  'useDingTalkLocale',
  'useSurface',
  'useContainerBand',
  'useContainerWidth',
];

interface Row {
  hook: string;
  apis: ApiDescriptor[];
  events: readonly string[];
  note?: Note | undefined;
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

function Support({ api, platform, text }: { api: ApiDescriptor; platform: ClientPlatform; text: Labels }) {
  if (!api.support[platform]) return <td aria-label={text.unsupported}>—</td>;
  const min = api.minVersion[platform];
  return <td style={{ whiteSpace: 'nowrap' }}>{min ? `✓ ${min}+` : '✓'}</td>;
}

function ApiCells({
  api,
  platforms,
  text,
}: {
  api: ApiDescriptor;
  platforms: readonly ClientPlatform[];
  text: Labels;
}) {
  return (
    <>
      {platforms.map((platform) => (
        <Support key={platform} api={api} platform={platform} text={text} />
      ))}
      <td>{api.auth ? text.yes : text.no}</td>
      <td>{mark(api.interactive)}</td>
    </>
  );
}

function Head({
  first,
  platforms,
  text,
}: {
  first: string[];
  platforms: readonly ClientPlatform[];
  text: Labels;
}) {
  return (
    <thead>
      <tr>
        {[...first, ...platforms.map(platformName), text.auth, text.timeout].map((name) => (
          <th scope="col" key={name}>
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Every hook of @dingkit/react with the JS-API it calls and where that API runs. */
export function HooksTable({ locale = 'en' }: { locale?: keyof typeof labels }) {
  const text = labels[locale];
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
        <caption>{text.caption(hookRows.length)}</caption>
        <Head first={['hook', 'JS-API']} platforms={platforms} text={text} />
        <tbody>
          {hookRows.map((row) =>
            row.apis.length === 0 ? (
              <tr key={row.hook}>
                <th scope="row">
                  <code>{row.hook}</code>
                </th>
                <td colSpan={platforms.length + 3}>{row.note && text[row.note]}</td>
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
                        {text.event}
                        {row.events.map((event, at) => (
                          <span key={event}>
                            {at > 0 && ', '}
                            <code>{event}</code>
                          </span>
                        ))}
                      </>
                    )}
                  </td>
                  <ApiCells api={api} platforms={platforms} text={text} />
                </tr>
              ))
            ),
          )}
        </tbody>
      </table>
      {unlisted.length > 0 && (
        <p role="alert">
          {text.unlisted}
          {unlisted.join(text.comma)}
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
          <Head first={['JS-API']} platforms={platforms} text={text} />
          <tbody>
            {generic.map((api) => (
              <tr key={api.name}>
                <th scope="row">
                  <code>{api.name}</code>
                </th>
                <ApiCells api={api} platforms={platforms} text={text} />
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
