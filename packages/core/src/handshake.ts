import type { Bridge, ReadyInfo } from './Bridge';
import { apisNeedingAuth } from './catalog/catalog';
import type { DingTalkClientOptions, DingTalkState, SignatureConfig } from './DingTalkClient';
import { DingTalkError } from './DingTalkError';
import { said, toDingTalkError } from './toDingTalkError';

/** How one handshake ended: the failure, or what `ready` reported and the state it leads to. */
export interface Outcome {
  error?: DingTalkError;
  ready?: ReadyInfo;
  state?: Partial<DingTalkState>;
}

// Per bridge: how often this page has sent config, for the diagnosis of a rejected signature.
const configCounts = new WeakMap<Bridge, number>();

/**
 * One signed handshake: checks what `getSignature` resolved with, sends `config`, and on failure
 * says what to check (the signed URL, timestamp and nonce, and the usual causes of 52013).
 * Never rejects: a failure is the outcome's `error`.
 */
export async function handshake(
  bridge: Bridge,
  signed: Promise<SignatureConfig>,
  url: string,
  href: string,
  options: DingTalkClientOptions,
): Promise<Outcome> {
  const { jsApiList, signatureTimeoutMs = 10_000, configTimeoutMs = 10_000 } = options;
  let config: SignatureConfig;
  try {
    config = checkSignature(
      await withTimeout(signed, signatureTimeoutMs, () =>
        signatureFailed(`getSignature did not answer within ${signatureTimeoutMs} ms.`, url),
      ),
      url,
    );
  } catch (raw) {
    return {
      error:
        raw instanceof DingTalkError && raw.code === 'SIGNATURE_FAILED'
          ? raw
          : signatureFailed(
              // One full stop, whether or not the message brings its own.
              `getSignature failed: ${String(raw instanceof Error ? raw.message : raw).replace(/[.。]?$/, '.')}`,
              url,
              raw,
            ),
    };
  }
  const count = (configCounts.get(bridge) ?? 0) + 1;
  configCounts.set(bridge, count);
  try {
    const ready = await withTimeout(
      bridge.config({ ...config, jsApiList: [...(jsApiList ?? apisNeedingAuth(bridge.platform))] }),
      configTimeoutMs,
      () =>
        new DingTalkError(
          'TIMEOUT',
          `DingTalk did not answer config within ${configTimeoutMs} ms. The container may be half-loaded: open the page inside the DingTalk client.`,
          { api: 'config', details: { url, timeStamp: config.timeStamp, nonceStr: config.nonceStr } },
        ),
    );
    return {
      ready,
      state: {
        status: 'ready',
        error: undefined,
        authorizedAPIList: ready.authorizedAPIList,
        unauthorizedAPIList: ready.unauthorizedAPIList,
        corpId: config.corpId,
        agentId: config.agentId,
      },
    };
  } catch (raw) {
    return {
      error:
        raw instanceof DingTalkError && raw.code === 'TIMEOUT'
          ? raw
          : configFailed(toDingTalkError('config', raw, 'CONFIG_FAILED'), url, href, config, count),
    };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, error: () => DingTalkError): Promise<T> {
  if (ms <= 0) return promise;
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(error()), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function signatureFailed(reason: string, url: string, cause?: unknown, field?: string): DingTalkError {
  return new DingTalkError(
    'SIGNATURE_FAILED',
    `${reason} It signs the URL ${url} and must resolve with { agentId, corpId, timeStamp, nonceStr, signature }. Check the signing endpoint, then call retry().`,
    { api: 'getSignature', details: { url }, cause, ...(field ? { field } : {}) },
  );
}

function checkSignature(value: unknown, url: string): SignatureConfig {
  const body = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const wrong = ['agentId', 'corpId', 'timeStamp', 'nonceStr', 'signature'].filter((key) => {
    const field = body[key];
    return typeof field === 'number'
      ? !(key === 'agentId' || key === 'timeStamp')
      : typeof field !== 'string' || field === '';
  });
  if (wrong.length === 0) {
    // Only the signature's own fields go to config: a server's extra fields (url, jsApiList…) do not.
    const { corpId, timeStamp, nonceStr, signature, type } = body as unknown as SignatureConfig;
    return {
      agentId: String(body.agentId),
      corpId,
      timeStamp,
      nonceStr,
      signature,
      ...(type === 1 ? { type } : {}),
    };
  }
  throw signatureFailed(
    `getSignature returned a malformed object: ${wrong.join(', ')} ${wrong.length === 1 ? 'is' : 'are'} missing or not a non-empty string.`,
    url,
    value,
    wrong[0],
  );
}

/** What is needed to diagnose a rejected signature (error 52013 and friends): what was signed, and what to check. */
function configFailed(
  base: DingTalkError,
  url: string,
  href: string,
  config: SignatureConfig,
  count: number,
) {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {}
  const { timeStamp, nonceStr, agentId } = config;
  const age = Math.round(Date.now() / 1000 - Number(String(timeStamp).slice(0, 10)));
  const hints = [
    href !== url && `The page address has a hash (${href.slice(url.length)}); sign the URL without it.`,
    parsed?.port
      ? `The URL has the port :${parsed.port}; sign it with that port, exactly as above.`
      : 'A server that adds :443 or :80 to the URL signs a different string; sign it exactly as above.',
    (/%|[^\x20-\x7e]/.test(url) || !!parsed?.search) &&
      'Sign the query as the browser shows it: no decoding, re-encoding or reordering.',
    `The jsapi_ticket may be stale or from another app: it lasts 7200 s, a new one invalidates the old, and it must be agentId ${agentId}'s.${Math.abs(age) > 600 ? ` This timeStamp is ${age} s old.` : ''}`,
    count > 1 &&
      `config was called ${count} times on this page; a client that accepts it only once ignores the later ones.`,
  ].filter((hint): hint is string => typeof hint === 'string');
  const { errorCode, platformMessage } = base;
  return new DingTalkError(
    'CONFIG_FAILED',
    `config failed.${said(errorCode, platformMessage)} Signed URL: ${url}, timeStamp: ${timeStamp}, nonceStr: ${nonceStr}. Check: ${hints.map((hint, i) => `(${i + 1}) ${hint}`).join(' ')}`,
    {
      api: 'config',
      errorCode,
      platformMessage,
      details: { url, timeStamp, nonceStr, agentId, hints },
      cause: base.cause,
    },
  );
}
