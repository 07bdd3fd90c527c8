import { bizContactExternalEditForm } from '@dingkit/core/apis/bizContactExternalEditForm';
import { type ApiHook, createApiHook } from '../createApiHook';

/**
 * `biz.contact.externalEditForm`: Opens the form to add or edit an external contact. `corpId` defaults to the provider's signature.
 * `const { run, data, error, status, isPending, reset } = useExternalEditForm(defaults?)`.
 */
export const useExternalEditForm: ApiHook<'biz.contact.externalEditForm', 'corpId'> = createApiHook(
  bizContactExternalEditForm,
  'useExternalEditForm',
  ['corpId'],
);
