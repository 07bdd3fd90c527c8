/**
 * The URL that DingTalk checks a signature against: the page URL without `#` and what follows.
 * Sign exactly this string on the server; a hash, a different port or a re-encoded query is the
 * usual cause of error 52013.
 */
export function signatureUrl(href: string): string {
  const hash = href.indexOf('#');
  return hash === -1 ? href : href.slice(0, hash);
}

/** The page's URL as DingTalk checks it now (see `signatureUrl`); '' on a server. */
export const currentUrl = (): string => signatureUrl(globalThis.location?.href ?? '');

/**
 * The landing URL: the page URL (without its hash) when dingkit first loaded; '' on a server.
 * Some clients check the signature against it rather than the current URL after a client-side
 * navigation (see the `signatureUrl` option).
 */
export const landingUrl: string = /* @__PURE__ */ currentUrl();
