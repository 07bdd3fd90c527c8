import type { Platform } from '../Bridge';

/** The labels dingkit sends when a confirm or prompt call names none: OK first, as on PC. */
export const defaultButtonLabels: readonly string[] = ['确定', '取消'];

// dingtalk-jsapi's per-API modules fill these in on iOS and Android before a call crosses the
// bridge. dingkit calls through the package's generic invoker (so an app does not bundle every
// API module), which skips them; the same defaults are applied here so a call behaves as
// `dd.device.notification.alert(...)` would.
const mobileDefaults: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'device.notification.alert': { title: '', buttonName: '确定' },
  'device.notification.confirm': { title: '' },
  'device.notification.prompt': { title: '' },
  'device.notification.toast': { duration: 3, delay: 0 },
  'biz.util.uploadImage': { multiple: false },
  'biz.util.openLink': { credible: true, showMenuBar: true },
  'biz.navigation.setLeft': { watch: true, show: true, control: false, showIcon: true, text: '' },
  'biz.contact.choose': { multiple: true, startWithDepartmentId: 0, users: [] },
  'biz.customContact.choose': { isShowCompanyName: false, max: 50 },
  'biz.customContact.multipleChoose': { isShowCompanyName: false, max: 50 },
};

/**
 * The params to send for `api` on `platform`: the package's per-platform defaults, explicit
 * `buttonLabels` for confirm and prompt (the package's own defaults differ by entry point, which
 * flips the meaning of `buttonIndex`), and on PC the page URL that requestAuthCode needs.
 */
export function explicitParams(
  api: string,
  platform: Platform,
  params: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ...(platform === 'ios' || platform === 'android' ? mobileDefaults[api] : undefined),
    ...params,
  };
  if (
    (api === 'device.notification.confirm' || api === 'device.notification.prompt') &&
    out.buttonLabels === undefined
  ) {
    out.buttonLabels = [...defaultButtonLabels];
  }
  if (api === 'runtime.permission.requestAuthCode' && platform === 'pc' && out.url === undefined) {
    const href = (globalThis as { location?: { href?: string } }).location?.href;
    if (href) out.url = href.split('#')[0];
  }
  return out;
}
