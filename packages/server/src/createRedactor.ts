/** How many recent tokens and tickets to keep for scrubbing: a few refreshes' worth. */
const remembered = 16;

const urlCredentials = /\/\/[^/@\s]+@/g;
const credentialParams =
  /\b(access_token|appsecret|corpsecret|appkey|code|jsapi_ticket|ticket)=[^&\s"'<>]*/gi;

export interface Redactor {
  /** Marks a token or ticket as secret from now on. */
  remember(secret: string): void;
  /** `text` with every known secret and every credential-looking query parameter masked. */
  redact(text: string): string;
}

/**
 * Keeps secrets out of error messages and log lines: DingTalk's `errmsg`, a network error or a
 * store error could echo a request URL, and that URL carries the token or the app secret (or,
 * for a store, a password).
 */
export function createRedactor(appSecret: string): Redactor {
  const secrets: string[] = [];
  return {
    remember(secret) {
      if (secret.length < 4 || secrets.includes(secret)) return;
      secrets.push(secret);
      if (secrets.length > remembered) secrets.shift();
    },
    redact(text) {
      let out = text.replace(credentialParams, '$1=***').replace(urlCredentials, '//***@');
      for (const secret of [appSecret, ...secrets]) out = out.split(secret).join('***');
      return out;
    },
  };
}
