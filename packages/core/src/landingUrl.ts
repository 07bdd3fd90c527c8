import { signatureUrl } from './signatureUrl';

// Read once, when dingkit first loads: the address the page was opened with. The navigation
// entry keeps it even when dingkit loads after the app has already changed the URL; a server has
// neither, and gets ''.
const opened = (): string => {
  try {
    const entry = globalThis.performance?.getEntriesByType?.('navigation')[0];
    return entry?.name || globalThis.location?.href || '';
  } catch {
    return globalThis.location?.href ?? '';
  }
};

const landing = signatureUrl(opened());

/**
 * The landing URL: the page URL (without its hash) the page was opened with. Some clients check
 * the signature against it rather than the current URL after a client-side navigation.
 */
export const landingUrl = (): string => landing;
