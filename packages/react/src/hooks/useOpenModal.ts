import { bizUtilOpenModal } from '@dingkit/core/apis/bizUtilOpenModal';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.util.openModal`: Opens a URL in a modal (676×545, `'middle'` 440×300, `'mini'` 366×120); resolves with the `message` the page passed to `biz.navigation.quit`.
 * `const { run, data, error, status, isPending, reset } = useOpenModal(defaults?)`.
 */
export const useOpenModal: ApiHook<'biz.util.openModal'> = createApiHook(bizUtilOpenModal, 'useOpenModal');
