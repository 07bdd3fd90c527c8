import { DingTalkError, shortMessage } from './DingTalkError';
import { defaultLocale } from './defaultLocale';
import { loadMessages } from './loadMessages';
import type { Locale, MessageOf } from './types';

// The errors whose message came from a table: localised again in another locale if asked.
const written = new WeakSet<DingTalkError>();

/**
 * Puts the full message of `locale` into a `DingTalkError`, loading that locale's message table
 * on first use (the public doc is on `exports/loaders.ts`'s binding). Never rejects.
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
