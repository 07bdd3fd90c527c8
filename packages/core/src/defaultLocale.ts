import type { Locale } from './types';

/** The locale of `navigator.language`: `'zh-CN'` for `zh*`, else `'en'` (also on a server). */
export const defaultLocale = (): Locale =>
  /^zh/i.test(globalThis.navigator?.language ?? '') ? 'zh-CN' : 'en';
