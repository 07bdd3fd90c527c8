// `localize` and `loadApi`, bound here rather than re-exported (see catalogApi.ts): the deferred
// chunk uses their modules too, and they reach an app's first load only when the app calls them.
import { loadApi as load } from '../loadApi';
import { localize as localizeError } from '../localize';
import type { ApiDescriptor, Locale, MessageOf } from '../types';

/**
 * Puts the full message of `locale` into a `DingTalkError` (what went wrong and what to do next),
 * loading that locale's message table on first use. dingkit does this before any error reaches
 * the app; call it for an error you took from a lower level yourself. A message of your own (see
 * `DingTalkErrorOptions.message`) is kept; when the table cannot load, the short message stays.
 * Resolves with the same error, never rejects.
 *
 * @param locale @default from `navigator.language`: `'zh-CN'` for `zh*`, else `'en'`
 */
export function localize<E>(
  error: E,
  locale?: Locale,
  messages?: (locale: Locale) => Promise<MessageOf>,
): Promise<E> {
  return localizeError(error, locale, messages);
}

/**
 * The descriptor of the API named `name`, from the full catalog (a chunk of its own, loaded on the
 * first lookup); `undefined` for a name the catalog does not know.
 */
export function loadApi(name: string): Promise<ApiDescriptor | undefined> {
  return load(name);
}
