/** How many recent tokens and tickets to keep: a few refreshes' worth. */
const remembered = 16;
/** Shorter values are not scrubbed: replacing them would mangle ordinary text. */
const shortest = 4;

export interface Redactor {
  /** Marks a token or ticket as secret from now on. */
  remember(secret: string): void;
  /**
   * `text` with every known secret, and the `extra` ones of this call (its auth code, its token),
   * replaced by `***`: as they are, URL-encoded and JSON-escaped, the forms a request carries them in.
   */
  scrub(text: string, extra?: readonly string[]): string;
}

/** The forms a value travels in: raw, in a query string (two encodings) and inside a JSON string. */
function forms(value: string): string[] {
  return [
    value,
    encodeURIComponent(value),
    new URLSearchParams({ v: value }).toString().slice(2),
    JSON.stringify(value).slice(1, -1),
  ];
}

/**
 * Keeps the values dingkit knows are secret out of text that came from elsewhere (DingTalk's
 * `errmsg`): the app secret, the tokens and tickets it fetched, the auth code of the call. It
 * removes those exact values, not what looks like one; dingkit's own messages never take text
 * from outside in the first place.
 */
export function createRedactor(appSecret: string): Redactor {
  const secrets: string[] = [];
  return {
    remember(secret) {
      if (secret.length < shortest || secrets.includes(secret)) return;
      secrets.push(secret);
      if (secrets.length > remembered) secrets.shift();
    },
    scrub(text, extra = []) {
      const values = [appSecret, ...secrets, ...extra]
        .filter((value) => value.length >= shortest)
        .flatMap(forms)
        // Longest first, so that a value inside another one is not replaced before it.
        .sort((a, b) => b.length - a.length);
      let out = text;
      for (const value of values) out = out.split(value).join('***');
      return out;
    },
  };
}
