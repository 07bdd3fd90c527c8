/**
 * The URL an app asked to open in a modal or slide panel, resolved against the page, when it is
 * safe to load in an iframe of the host page (http, https, blob, about:blank). `javascript:` and
 * other schemes would run in the host's own origin or are not pages: `undefined`.
 */
export function frameUrl(url: string, base: string): URL | undefined {
  try {
    const parsed = new URL(url, base);
    if (['http:', 'https:', 'blob:'].includes(parsed.protocol) || parsed.href === 'about:blank')
      return parsed;
  } catch {
    // Not a URL at all.
  }
  return undefined;
}
