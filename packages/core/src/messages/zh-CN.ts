// dingkit 的错误信息（简体中文）：出了什么问题，下一步怎么做。用词与钉钉开放平台文档一致。
import type { DingTalkErrorCode, ErrorFacts, MessageOf, RuleFacts, RuleKind } from '../types';
import { type Details, detailsOf, diagnose, type Hint, json, saidOf, textOf } from './facts';

type Of<K extends RuleKind> = Extract<RuleFacts, { kind: K }>;

// 每类规则要求的值，接在“须为”之后。
const rules: { readonly [K in RuleKind]: (rule: Of<K>) => string } = {
  text: () => '非空字符串',
  string: () => '字符串',
  boolean: () => ' true 或 false',
  positive: () => '正整数',
  bytes: () => '以字节计的非负整数',
  callTypes: () => '由通话类型编号组成的非空数组',
  fileList: () => '由 { url } 组成的非空数组（每个 url 都不能为空）',
  url: () => "绝对 URL，如 'https://example.com/page'",
  httpUrl: () => "绝对的 http(s) URL，如 'https://example.com/page'",
  downloadUrl: () => "http(s) URL，如 'https://example.com/a.pdf' 或 '//example.com/a.pdf'",
  oneOf: ({ values }) => `以下值之一：${values.map((v) => JSON.stringify(v)).join('、')}`,
  sources: ({ values }) => `由 ${values.map((v) => `'${v}'`).join('、')} 组成、互不重复的非空数组`,
  range: ({ min, max, integer, unit }) =>
    `介于 ${min} 和 ${max} 之间的${integer ? '整数' : '数字'}${unit ? '（单位：秒）' : ''}`,
  texts: ({ min }) => `${min ? '非空的' : ''}字符串数组（每一项都不能为空）`,
  drawnFrom: ({ list }) => `由 \`${list}\` 中的 userid 组成的数组`,
  memberOf: ({ list }) => `\`${list}\` 中的一项`,
  indexOf: ({ list }) => `\`${list}\` 的下标（从 0 开始的整数）`,
  object: ({ shape }) => `对象 ${shape}`,
  attachment: () => '对象：type 为 1 时是 { images }，type 为 2 时是 { title, url }',
  source: ({ sources }) => `带 spaceId 的对象（types 中有 ${sources.join('/')}）`,
  date: ({ field, example }) =>
    `按 ${field}.format 书写的真实日期（格式符 yyyy MM dd HH mm ss）${example ? `，如 '${example}'` : ''}`,
};

const platforms: Readonly<Record<string, string>> = { pc: 'PC 端', ios: 'iOS', android: 'Android' };
const platform = (name: unknown) => platforms[String(name)] ?? String(name);

const rule = (facts: RuleFacts): string => (rules[facts.kind] as (facts: RuleFacts) => string)(facts);

const value = (received: unknown): string =>
  json(received) ?? (received === undefined ? '空值（未传）' : '一个函数');

const said = (error: ErrorFacts): string => {
  const text = saidOf(error);
  return text ? `钉钉返回：${text}。` : '';
};

/** `'<api> 调用失败。钉钉返回：<错误码> <信息>。<建议>'`：客户端报告的失败。 */
const failed = (error: ErrorFacts, advice: string): string =>
  `${error.api} 调用失败。${said(error)}${advice}`;

// 签名被客户端拒绝（错误码 3、52013）时要检查的地方。
const hints: { readonly [K in Hint['key']]: (hint: Extract<Hint, { key: K }>) => string } = {
  hash: ({ hash }) => `页面地址带有 hash（${hash}）：签名的 URL 要去掉 # 及其后面的部分。`,
  port: ({ port }) => `URL 带有端口 :${port}：签名时要带上这个端口，与上面的 URL 完全一致。`,
  defaultPort: () =>
    '服务端如果给 URL 补上 :443 或 :80，签的就是另一个字符串：请与上面的 URL 完全一致地签名。',
  query: () => '查询参数要按浏览器地址栏里的原样签名：不要解码、重新编码或调整顺序。',
  ticket: ({ agentId, age }) =>
    `jsapi_ticket 可能已过期，或属于别的应用：它的有效期是 7200 秒，重新获取会让旧的失效，而且必须是 AgentId ${agentId} 所在的企业内部应用的 ticket（CorpId 也要与开发者后台一致）。${age === undefined ? '' : `这个 timeStamp 已经过去 ${age} 秒。`}`,
  count: ({ count }) => `本页面已调用 config ${count} 次；只接受一次 config 的客户端会忽略后面的调用。`,
  landing: ({ landing }) =>
    `本页面最初打开的地址是 ${landing}；部分客户端（如 Android）在前端路由跳转后按这个地址校验签名：signatureUrl 为 'auto'（默认）时，当前地址的签名被拒绝后会再对它签名一次；设为 'landing' 则只对它签名。`,
};

const hint = (found: Hint): string => (hints[found.key] as (hint: Hint) => string)(found);

const signatureFailed = (d: Details, error: ErrorFacts): string => {
  const tail = `getSignature 要对 URL ${d.url} 签名，并返回 { agentId, corpId, timeStamp, nonceStr, signature }。请检查服务端的签名接口，然后调用 retry()。`;
  switch (d.reason) {
    case 'timeout':
      return `getSignature 在 ${d.timeoutMs} 毫秒内没有返回。${tail}`;
    case 'malformed':
      return `getSignature 返回的对象格式不对：${(d.fields as string[]).join('、')} 缺失或不是非空字符串。${tail}`;
    case 'answered':
      return `getSignature：GET ${d.endpoint} 返回 ${d.status}${d.error ? ` ${d.error}` : ''}：${
        d.message ?? (error.cause === undefined ? '没有错误信息。' : '返回的不是 JSON，请检查接口路径。')
      }`;
    case 'unreachable':
      return `getSignature：GET ${d.endpoint} 请求失败（${error.cause}）。请确认服务已启动，并允许本页面跨域调用（CORS）。`;
    default:
      return `getSignature 出错：${textOf(error.cause).replace(/[.。]?$/, '。')}${tail}`;
  }
};

const texts: { readonly [C in DingTalkErrorCode]: (error: ErrorFacts, details: Details) => string } = {
  NOT_IN_DINGTALK: (e) =>
    `${e.api} 需要在钉钉客户端内调用，而当前页面不在钉钉中运行。${said(e)}请从钉钉内打开页面；开发时可以使用 @dingkit/mock。`,
  UNSUPPORTED: (e, d) =>
    d.reason === 'platform'
      ? `${e.api} 在${platform(d.platform)}${d.version ? ` ${d.version}` : ''} 上不可用。提供这个功能之前，先用 isSupported('${e.api}') 判断。`
      : d.reason === 'noBridge'
        ? `${e.api}：dingtalk-jsapi 在本页面上没有${platform(d.platform)}的通信桥。`
        : d.reason === 'legacy'
          ? `${e.api} 不在旧版 DingTalkPC 脚本中。请改用 dingtalk-jsapi（createJsapiBridge）后再调用。`
          : failed(e, '当前客户端不支持这个 JSAPI，请先用 isSupported() 判断。'),
  UNAUTHORIZED: (e, d) =>
    d.reason === 'unsigned'
      ? `${e.api} 需要 jsApiList 鉴权，而鉴权需要签名后的 config：请给 DingTalkProvider 传入 getSignature，在服务端对页面 URL 签名。`
      : `${e.api} 没有通过 config 鉴权。请把它加入 jsApiList，并确认应用已在开发者后台开通对应的接口权限。`,
  CONFIG_FAILED: (e, d) =>
    d.url === undefined
      ? failed(e, '请对去掉 hash 的页面 URL 原样签名（保留端口和编码），并使用最新的 jsapi_ticket。')
      : `config 鉴权失败。${said(e)}签名的 URL：${d.url}，timeStamp：${d.timeStamp}，nonceStr：${d.nonceStr}。请检查：${diagnose(
          d,
        )
          .map((found, i) => `(${i + 1}) ${hint(found)}`)
          .join(' ')}`,
  SIGNATURE_FAILED: (e, d) => signatureFailed(d, e),
  INVALID_PARAMS: (e, d) =>
    d.reason === 'params'
      ? `${e.api}：params 必须是对象，收到的是 ${value(d.received)}。请传入对象（没有参数时传 {}）。`
      : d.reason === 'signature'
        ? `${e.api} 需要 ${e.field}。请在 run() 中传入，或给 DingTalkProvider 传入 getSignature：会使用签名中的 ${d.key}。`
        : `${e.api}：\`${e.field}\` 须为${rule(d.rule as RuleFacts)}，收到的是 ${value(d.received)}。请传入${rule(d.rule as RuleFacts)}${d.optional ? '，或者不传这个字段' : ''}。`,
  CANCELLED: (e) => `${e.api}：用户取消了操作。${said(e)}这是用户的选择，不要当作失败处理。`,
  ABORTED: (e, d) =>
    d.reason === 'waiting' ? `${e.api} 在等待钉钉鉴权完成时被中止。` : `${e.api} 已被调用方中止。`,
  TIMEOUT: (e, d) =>
    e.api === 'config'
      ? `钉钉在 ${d.timeoutMs} 毫秒内没有响应 config（鉴权）。容器可能没有加载完整：请在钉钉客户端内打开页面。`
      : `${e.api} 在 ${d.timeoutMs} 毫秒内没有收到钉钉的响应。容器可能没有加载完整：请在钉钉客户端内打开页面，或者给这次调用设置更长的 timeoutMs。`,
  API_FAILED: (e, d) =>
    d.reason === 'load'
      ? `加载 dingkit 的代码失败（${e.cause}）。请检查网络后重试。`
      : d.reason === 'jsapi'
        ? `${e.api} 无法加载 dingtalk-jsapi（${textOf(e.cause)}）。请在 @dingkit/core 旁边安装它：npm install dingtalk-jsapi。`
        : failed(e, '具体原因见 errorCode 和 platformMessage（钉钉返回的错误码和信息）。'),
};

/** `error` 的中文信息。 */
export const message: MessageOf = (error) => texts[error.code](error, detailsOf(error)).trim();
