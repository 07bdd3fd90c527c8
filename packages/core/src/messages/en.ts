// dingkit's error messages in English: what went wrong, then what to do next.
import type { DingTalkErrorCode, ErrorFacts, MessageOf, RuleFacts, RuleKind } from '../types';
import { type Details, detailsOf, diagnose, type Hint, json, saidOf, textOf } from './facts';

type Of<K extends RuleKind> = Extract<RuleFacts, { kind: K }>;

/** What each kind of rule asks for, as the end of "must be …". */
const rules: { readonly [K in RuleKind]: (rule: Of<K>) => string } = {
  text: () => 'a non-empty string',
  string: () => 'a string',
  boolean: () => 'true or false',
  positive: () => 'a positive integer',
  bytes: () => 'a whole number of bytes',
  callTypes: () => 'a non-empty array of call type numbers',
  fileList: () => 'a non-empty array of { url } with non-empty urls',
  url: () => "an absolute URL such as 'https://example.com/page'",
  httpUrl: () => "an absolute http(s) URL such as 'https://example.com/page'",
  downloadUrl: () => "an http(s) URL such as 'https://example.com/a.pdf' or '//example.com/a.pdf'",
  oneOf: ({ values }) => `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`,
  sources: ({ values }) => `a non-empty array of distinct ${values.map((v) => `'${v}'`).join(', ')}`,
  range: ({ min, max, integer, unit }) =>
    `${integer ? 'an integer' : 'a number'} from ${min} to ${max}${unit ? ` (${unit}s)` : ''}`,
  texts: ({ min }) => `${min ? 'a non-empty ' : 'an '}array of non-empty strings`,
  drawnFrom: ({ list }) => `an array of userids drawn from \`${list}\``,
  memberOf: ({ list }) => `one of \`${list}\``,
  indexOf: ({ list }) => `an index into \`${list}\` (an integer from 0)`,
  object: ({ shape }) => `an object ${shape}`,
  attachment: () => 'an object: { images } for type 1, { title, url } for type 2',
  source: ({ sources }) => `an object with spaceId (types has ${sources.join('/')})`,
  date: ({ field, example }) =>
    `a real date written as ${field}.format says (tokens yyyy MM dd HH mm ss)${example ? `, e.g. '${example}'` : ''}`,
};

const rule = (facts: RuleFacts): string => (rules[facts.kind] as (facts: RuleFacts) => string)(facts);

const value = (received: unknown): string =>
  json(received) ?? (received === undefined ? 'nothing' : 'a function');

const said = (error: ErrorFacts): string => {
  const text = saidOf(error);
  return text ? ` DingTalk said: ${text}.` : '';
};

/** `'<api> failed. DingTalk said: <code> <message>. <advice>'`, for failures the client reported. */
const failed = (error: ErrorFacts, advice: string): string => `${error.api} failed.${said(error)} ${advice}`;

/** What to check when the client rejected a signature. */
const hints: { readonly [K in Hint['key']]: (hint: Extract<Hint, { key: K }>) => string } = {
  hash: ({ hash }) => `The page address has a hash (${hash}); sign the URL without it.`,
  port: ({ port }) => `The URL has the port :${port}; sign it with that port, exactly as above.`,
  defaultPort: () =>
    'A server that adds :443 or :80 to the URL signs a different string; sign it exactly as above.',
  query: () => 'Sign the query as the browser shows it: no decoding, re-encoding or reordering.',
  ticket: ({ agentId, age }) =>
    `The jsapi_ticket may be stale or from another app: it lasts 7200 s, a new one invalidates the old, and it must be agentId ${agentId}'s.${age === undefined ? '' : ` This timeStamp is ${age} s old.`}`,
  count: ({ count }) =>
    `config was called ${count} times on this page; a client that accepts it only once ignores the later ones.`,
  landing: ({ landing }) =>
    `The page was opened at ${landing}; some clients (reported on Android) check the signature against that URL after a client-side navigation: signatureUrl 'auto' (the default) signs it too when the current one is rejected, 'landing' signs only it.`,
};

const hint = (found: Hint): string => (hints[found.key] as (hint: Hint) => string)(found);

const signatureFailed = (d: Details, error: ErrorFacts): string => {
  const tail = ` It signs the URL ${d.url} and must resolve with { agentId, corpId, timeStamp, nonceStr, signature }. Check the signing endpoint, then call retry().`;
  switch (d.reason) {
    case 'timeout':
      return `getSignature did not answer within ${d.timeoutMs} ms.${tail}`;
    case 'malformed': {
      const fields = d.fields as string[];
      return `getSignature returned a malformed object: ${fields.join(', ')} ${fields.length === 1 ? 'is' : 'are'} missing or not a non-empty string.${tail}`;
    }
    case 'answered':
      return `getSignature: GET ${d.endpoint} answered ${d.status}${d.error ? ` ${d.error}` : ''}: ${
        d.message ?? (error.cause === undefined ? 'no message.' : "not JSON; check the endpoint's path.")
      }`;
    case 'unreachable':
      return `getSignature: GET ${d.endpoint} failed (${error.cause}). Check that the server is up and lets this page call it (CORS).`;
    default:
      // One full stop, whether or not the reason brings its own.
      return `getSignature failed: ${textOf(error.cause).replace(/[.。]?$/, '.')}${tail}`;
  }
};

const texts: { readonly [C in DingTalkErrorCode]: (error: ErrorFacts, details: Details) => string } = {
  NOT_IN_DINGTALK: (e) =>
    `${e.api} needs the DingTalk client, and this page is not running inside it.${said(e)} Open it from DingTalk, or use @dingkit/mock during development.`,
  UNSUPPORTED: (e, d) =>
    d.reason === 'platform'
      ? `${e.api} is not available on ${d.platform}${d.version ? ` ${d.version}` : ''}. Check isSupported('${e.api}') before offering the feature.`
      : d.reason === 'noBridge'
        ? `${e.api}: dingtalk-jsapi has no bridge for ${d.platform} on this page.`
        : d.reason === 'legacy'
          ? `${e.api} is not in the legacy DingTalkPC script. Load dingtalk-jsapi instead (createJsapiBridge) to use it.`
          : failed(e, 'This client cannot run it; check isSupported() first.'),
  UNAUTHORIZED: (e, d) =>
    d.reason === 'unsigned'
      ? `${e.api} needs jsApiList authorisation, which needs the signed handshake: give DingTalkProvider a getSignature that signs the page URL on your server.`
      : `${e.api} was not authorised by config. Add it to jsApiList and make sure the app has the permission in the developer console.`,
  CONFIG_FAILED: (e, d) =>
    d.url === undefined
      ? failed(
          e,
          'Sign exactly the page URL without its hash, with its port and encoding, using a fresh jsapi_ticket.',
        )
      : `config failed.${said(e)} Signed URL: ${d.url}, timeStamp: ${d.timeStamp}, nonceStr: ${d.nonceStr}. Check: ${diagnose(
          d,
        )
          .map((found, i) => `(${i + 1}) ${hint(found)}`)
          .join(' ')}`,
  SIGNATURE_FAILED: (e, d) => signatureFailed(d, e),
  INVALID_PARAMS: (e, d) =>
    d.reason === 'params'
      ? `${e.api}: params must be an object; got ${value(d.received)}. Pass an object (use {} when there is nothing to set).`
      : d.reason === 'signature'
        ? `${e.api} needs ${e.field}. Pass it to run(), or give DingTalkProvider a getSignature: the ${d.key} of its signature is used.`
        : `${e.api}: \`${e.field}\` must be ${rule(d.rule as RuleFacts)}; got ${value(d.received)}. Pass ${rule(d.rule as RuleFacts)}${d.optional ? ', or leave it out' : ''}.`,
  CANCELLED: (e) => failed(e, 'The person cancelled; treat it as a choice, not a failure.'),
  ABORTED: (e, d) =>
    d.reason === 'waiting'
      ? `${e.api} was aborted while waiting for DingTalk to be ready.`
      : `${e.api} was aborted by the caller.`,
  TIMEOUT: (e, d) =>
    e.api === 'config'
      ? `DingTalk did not answer config within ${d.timeoutMs} ms. The container may be half-loaded: open the page inside the DingTalk client.`
      : `${e.api} got no answer from DingTalk within ${d.timeoutMs} ms. The container may be half-loaded: open the page inside the DingTalk client, or give the call a longer timeoutMs.`,
  API_FAILED: (e, d) =>
    d.reason === 'load'
      ? `Loading dingkit failed (${e.cause}). Check the network, then retry.`
      : d.reason === 'jsapi'
        ? `${e.api} could not load dingtalk-jsapi (${textOf(e.cause)}). Install it next to @dingkit/core: npm install dingtalk-jsapi.`
        : failed(e, 'See errorCode and platformMessage for what DingTalk reported.'),
};

/** The English message of `error`. */
export const message: MessageOf = (error) => texts[error.code](error, detailsOf(error)).trim();
