import type { Locale } from '@dingkit/core';
import { useBrowserLocale, useDingTalkLocale } from '../useDingTalkLocale';

/** The layout components' built-in words, one table per locale (a few bytes: both ship). */
const labels = {
  'zh-CN': { back: '返回', detail: '详情' },
  en: { back: 'Back', detail: 'Details' },
} satisfies Record<Locale, Record<string, string>>;

/** The built-in words in the provider's locale, or outside a provider the browser's. */
export function useLabels(): (typeof labels)[Locale] {
  const browser = useBrowserLocale();
  return labels[useDingTalkLocale() ?? browser];
}
