/** The four values DingTalk's JS-API signature covers, named as the algorithm names them. */
export interface SignInput {
  jsapi_ticket: string;
  noncestr: string;
  timestamp: string | number;
  /** The page URL without its hash (see `signatureUrl`). */
  url: string;
}

/**
 * The JS-API signature: sha1 of `jsapi_ticket=…&noncestr=…&timestamp=…&url=…` (keys in ASCII
 * order, values as they are). Uses Web Crypto, so it runs in browsers, Node 20+ and edge runtimes.
 */
export async function sign(input: SignInput): Promise<string> {
  const text = (Object.keys(input) as (keyof SignInput)[])
    .sort()
    .map((key) => `${key}=${input[key]}`)
    .join('&');
  const digest = await globalThis.crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
