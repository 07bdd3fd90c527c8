import { catalog } from '@dingkit/core';

/**
 * How the mock answers an API:
 * - `dialog`: waits for a person. The host renders it; without a host it stays pending until the
 *   controller answers it.
 * - `display`: answers by itself. With a host attached the host shows it first (a toast, a
 *   gallery, a notice of what DingTalk would do); without one it resolves with a default at once.
 * - `transfer`: a simulated transfer (downloadFile) that reports progress and can be cancelled.
 * - `auto`: answers by itself with a default, nothing to show.
 */
export type ApiKind = 'dialog' | 'display' | 'transfer' | 'auto';

const kinds: Readonly<Record<string, ApiKind>> = {
  'device.notification.alert': 'dialog',
  'device.notification.confirm': 'dialog',
  'device.notification.prompt': 'dialog',
  'device.notification.actionSheet': 'dialog',
  'biz.contact.choose': 'dialog',
  'biz.contact.complexPicker': 'dialog',
  'biz.contact.departmentsPicker': 'dialog',
  'biz.customContact.choose': 'dialog',
  'biz.customContact.multipleChoose': 'dialog',
  'biz.util.uploadImage': 'dialog',
  'biz.util.openModal': 'dialog',
  'biz.util.openSlidePanel': 'dialog',
  'device.notification.toast': 'display',
  'biz.util.previewImage': 'display',
  'biz.util.openLink': 'display',
  'biz.util.open': 'display',
  'biz.ding.post': 'display',
  'biz.ding.create': 'display',
  'runtime.permission.requestAuthCode': 'display',
  'biz.util.downloadFile': 'transfer',
  // The catalog counts these as waiting (their promise may settle on a later click), but the
  // client answers the call itself at once; its taps are later answers (`answerAgain`).
  'biz.navigation.setLeft': 'auto',
  'biz.navigation.setRight': 'auto',
  'biz.navigation.setMenu': 'auto',
  'biz.navigation.setTitle': 'auto',
  'biz.navigation.quit': 'auto',
};

/** The kind of `api`; other APIs the catalog marks as waiting for a person are dialogs too. */
export function apiKind(api: string): ApiKind {
  const kind = kinds[api];
  if (kind) return kind;
  const spec = (catalog as Record<string, { interactive?: boolean } | undefined>)[api];
  return spec?.interactive ? 'dialog' : 'auto';
}
