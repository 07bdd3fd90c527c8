import type { Platform } from '../Bridge';
import type { ApiName } from './ApiMap';
import { minVersionList } from './versions.generated';

/** A platform that can host a micro-app. */
export type ClientPlatform = 'android' | 'ios' | 'pc';

/** What the catalog knows of one API. */
export interface ApiSpec {
  /** Needs `jsApiList` authorisation through `config` (是否需鉴权). */
  readonly auth: boolean;
  /** Supported per platform, from the handbook's H5 JS-API table. */
  readonly support: Readonly<Record<ClientPlatform, boolean>>;
  /** Lowest client version per platform, as dingtalk-jsapi registers it; absent where it registers none. */
  readonly minVersion: Readonly<Partial<Record<ClientPlatform, string>>>;
  /** Waits for a person (dialog, picker, upload, preview, scan…): no default timeout. */
  readonly interactive: boolean;
}

// One short code per API, read from the handbook's H5 JS-API table (是否需鉴权, Android, iOS, PC):
// A = Android, I = iOS, P = PC, + = needs auth, ~ = waits for a person (interactive).
// Listeners whose promise settles on a later event (setRight's click, onRecordEnd, watchShake,
// pullToRefresh.enable) count as waiting. downloadFile too: it lasts as long as the file is big.
// biz.util.uploadImage is not in the table: PC from the PC reference, mobile from dingtalk-jsapi.
const codes = {
  'device.notification.alert': 'AIP~',
  'device.notification.confirm': 'AIP~',
  'device.notification.prompt': 'AIP~',
  'device.notification.vibrate': 'AI',
  'device.notification.toast': 'AIP',
  'device.notification.actionSheet': 'AIP~',
  'device.notification.showPreloader': 'AI',
  'device.notification.hidePreloader': 'AI',
  'device.notification.modal': 'AI~',
  'device.notification.extendModal': 'AI~',
  'biz.util.multiSelect': 'AI~',
  'device.accelerometer.watchShake': 'AI~',
  'device.accelerometer.clearShake': 'AI',
  'device.connection.getNetworkType': 'AI',
  'device.base.getWifiStatus': 'AI',
  'device.base.getPhoneInfo': 'AI',
  'device.base.getUUID': 'AI+',
  'device.base.getInterface': 'AI+',
  'device.nfc.nfcRead': 'A~',
  'device.nfc.nfcWrite': 'A+~',
  'biz.util.datepicker': 'AI~',
  'biz.util.timepicker': 'AI~',
  'biz.util.datetimepicker': 'AI~',
  'biz.calendar.chooseOneDay': 'AI~',
  'biz.calendar.chooseDateTime': 'AI~',
  'biz.calendar.chooseHalfDay': 'AI~',
  'biz.calendar.chooseInterval': 'AI~',
  'biz.navigation.setLeft': 'IP~',
  'biz.navigation.setTitle': 'AIP',
  'biz.navigation.setIcon': 'AI~',
  'biz.navigation.goBack': 'AI',
  'biz.navigation.close': 'AI',
  'biz.navigation.setRight': 'AI~',
  'biz.navigation.setMenu': 'AI~',
  'biz.navigation.replace': 'AI',
  'biz.navigation.quit': 'P',
  'ui.input.plain': 'AI~',
  'ui.progressBar.setColors': 'AI',
  'ui.pullToRefresh.enable': 'AI~',
  'ui.pullToRefresh.disable': 'AI',
  'ui.pullToRefresh.stop': 'AI',
  'ui.webViewBounce.disable': 'I',
  'ui.webViewBounce.enable': 'I',
  'runtime.permission.requestAuthCode': 'AIP',
  'channel.permission.requestAuthCode': 'AIP',
  'runtime.permission.requestOperateAuthCode': 'AIP+',
  'biz.util.scan': 'AI~',
  'biz.util.scanCard': 'AI+~',
  'util.domainStorage.setItem': 'AI',
  'util.domainStorage.getItem': 'AI',
  'util.domainStorage.removeItem': 'AI',
  'device.geolocation.get': 'AI+',
  'device.geolocation.start': 'AI+',
  'device.geolocation.stop': 'AI+',
  'device.geolocation.status': 'AI',
  'biz.map.locate': 'AI+~',
  'biz.map.search': 'AI+~',
  'biz.map.view': 'AI+~',
  'biz.util.share': 'AI~',
  'biz.util.chosen': 'AI~',
  'biz.clipboardData.setData': 'AI+',
  'biz.microApp.openApp': 'AI',
  'biz.util.isLocalFileExist': 'P',
  'biz.util.openLocalFile': 'P',
  'biz.util.downloadFile': 'P~',
  'biz.util.previewImage': 'AIP~',
  'biz.util.uploadImage': 'AIP~',
  'biz.util.open': 'AIP+',
  'biz.util.openLink': 'AIP',
  'biz.util.openModal': 'P~',
  'biz.util.openSlidePanel': 'P~',
  'biz.telephone.call': 'AI+~',
  'biz.telephone.showCallMenu': 'AI+~',
  'biz.telephone.checkBizCall': 'AI+',
  'biz.telephone.quickCallList': 'AIP+~',
  'biz.ding.create': 'AIP+~',
  'biz.ding.post': 'P+~',
  'biz.contact.choose': 'P+~',
  'biz.contact.chooseMobileContacts': 'AI+~',
  'biz.contact.complexPicker': 'AIP+~',
  'biz.contact.departmentsPicker': 'AIP+~',
  'biz.contact.createGroup': 'AI+~',
  'biz.contact.setRule': 'AI+~',
  'biz.contact.externalComplexPicker': 'P+~',
  'biz.contact.externalEditForm': 'P+~',
  'biz.customContact.choose': 'AIP+~',
  'biz.customContact.multipleChoose': 'AIP+~',
  'biz.chat.pickConversation': 'AI+~',
  'biz.chat.chooseConversationByCorpId': 'AI+~',
  'biz.chat.openSingleChat': 'AI+',
  'biz.chat.toConversation': 'AI+',
  'biz.cspace.saveFile': 'AI+~',
  'biz.cspace.preview': 'AIP+~',
  'biz.cspace.chooseSpaceDir': 'AI+~',
  'biz.util.uploadAttachment': 'AIP+~',
  'device.audio.startRecord': 'AI+',
  'device.audio.stopRecord': 'AI+',
  'device.audio.onRecordEnd': 'AI+~',
  'device.audio.download': 'AI+',
  'device.audio.play': 'AI+',
  'device.audio.pause': 'AI+',
  'device.audio.resume': 'AI+',
  'device.audio.stop': 'AI+',
  'device.audio.onPlayEnd': 'AI+~',
  'device.audio.translateVoice': 'AI+',
  'biz.conference.videoConfCall': 'AIP+~',
  'biz.live.startClassRoom': 'P+~',
  'biz.alipay.pay': 'AI+~',
  'biz.util.encrypt': 'AI+',
  'biz.util.decrypt': 'AI+',
  'device.screen.rotateView': 'AI',
  'device.screen.resetView': 'AI',
} satisfies { readonly [A in ApiName]: string };

const platforms: readonly ClientPlatform[] = ['android', 'ios', 'pc'];

function decode(): { readonly [A in ApiName]: ApiSpec } {
  // No prototype: `'toString' in catalog` must be false.
  const specs: Record<string, ApiSpec> = Object.create(null);
  // minVersionList is in the order of the sorted names (see scripts/extract-versions.mjs).
  Object.keys(codes)
    .sort()
    .forEach((api, i) => {
      const code = codes[api as ApiName];
      const [mobile = '-', pc] = minVersionList[i]?.split(' ') ?? [];
      const [android, ios = android] = mobile.split('/');
      const minVersion: Partial<Record<ClientPlatform, string>> = {};
      [android, ios, pc].forEach((version, p) => {
        if (version && version !== '-') minVersion[platforms[p]!] = version;
      });
      specs[api] = {
        auth: code.includes('+'),
        support: { android: code.includes('A'), ios: code.includes('I'), pc: code.includes('P') },
        minVersion,
        interactive: code.includes('~'),
      };
    });
  return specs as { readonly [A in ApiName]: ApiSpec };
}

/**
 * Every JS-API dingkit knows: whether it needs authorisation, where it runs, from which client
 * version, and whether it waits for a person.
 */
export const catalog: { readonly [A in ApiName]: ApiSpec } = /* @__PURE__ */ decode();

/**
 * The APIs that need `jsApiList` authorisation and run on `platform`: the default `jsApiList`
 * of the handshake. Empty outside DingTalk.
 */
export function apisNeedingAuth(platform: Platform): ApiName[] {
  if (platform === 'notInDingTalk') return [];
  return (Object.keys(catalog) as ApiName[]).filter(
    (api) => catalog[api].auth && catalog[api].support[platform],
  );
}
