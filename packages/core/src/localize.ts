import { DingTalkError, shortMessage } from './DingTalkError';
import { defaultLocale } from './defaultLocale';
import { loadMessages } from './loadMessages';
import type { Locale, MessageOf } from './types';

// The errors whose message came from a table: localised again in another locale if asked.
const written = new WeakSet<DingTalkError>();

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
  locale: Locale = defaultLocale(),
  messages: (locale: Locale) => Promise<MessageOf> = loadMessages,
): Promise<E> {
  if (!(error instanceof DingTalkError) || !(written.has(error) || error.message === shortMessage(error))) {
    return Promise.resolve(error);
  }
  return messages(locale)
    .then((message) => {
      error.message = message(error);
      written.add(error);
    })
    .then(
      () => error,
      () => error,
    );
}
