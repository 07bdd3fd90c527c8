import { type MockLocale, type MockMessages, messages } from './messages';
import { useProviderLocale } from './useProviderLocale';

/** The mock host's words in `locale`, else in the surrounding `DingTalkProvider`'s, else 简体中文. */
export function useHostMessages(locale: MockLocale | undefined): MockMessages {
  const providerLocale = useProviderLocale();
  return messages[locale ?? providerLocale ?? 'zh-CN'] ?? messages['zh-CN'];
}
