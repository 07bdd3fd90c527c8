// The loader of the message tables, apart from the first load's (`load.ts`): only `localize`
// uses it, and only deferred code and the app call `localize`, so these imports never weigh on
// the first load.
import { once } from './loadOnce';
import type { Locale, MessageOf } from './types';

const messageTables = {
  en: once(() => import('./messages/en')),
  'zh-CN': once(() => import('./messages/zh-CN')),
};

/** The message table of `locale`, loaded on the first failure that needs it. */
export const loadMessages = (locale: Locale): Promise<MessageOf> =>
  messageTables[locale]().then((table) => table.message);
