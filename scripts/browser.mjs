import { existsSync } from 'node:fs';

/** Same default as test/support/chromium.ts: the system Chromium, overridable by CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function hasChromium() {
  return existsSync(chromiumPath);
}
