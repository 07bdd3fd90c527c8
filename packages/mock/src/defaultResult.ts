import type { Platform } from '@dingkit/core';
import type { MockOrg, MockUser } from './mockOrg';

/** What the defaults read and write: the bridge's own state. */
export interface DefaultEnv {
  org: MockOrg;
  user: MockUser;
  /** URL → local path of what biz.util.downloadFile saved, for isLocalFileExist and openLocalFile. */
  downloads: Map<string, string>;
  /** util.domainStorage. */
  storage: Map<string, string>;
  /** A fresh auth code for the signed-in person. */
  issueAuthCode: () => string;
  /** The simulated client's platform and version, for what describes the phone. */
  platform: Platform;
  version: string | undefined;
}

/** getSystemInfo's answer: one plausible phone per platform (a 390 × 844 pt iPhone, 1080p Android and HarmonyOS phones). */
const phones = {
  ios: {
    brand: 'Apple',
    model: 'iPhone 14',
    system: '17.5',
    platform: 'iOS',
    pixelRatio: 3,
    screenWidth: 390,
    screenHeight: 844,
    windowWidth: 390,
    windowHeight: 753,
    statusBarHeight: 47,
    titleBarHeight: 44,
  },
  android: {
    brand: 'Xiaomi',
    model: 'Redmi K70',
    system: '14',
    platform: 'Android',
    pixelRatio: 2.75,
    screenWidth: 393,
    screenHeight: 873,
    windowWidth: 393,
    windowHeight: 792,
    statusBarHeight: 33,
    titleBarHeight: 48,
  },
  harmony: {
    brand: 'HUAWEI',
    model: 'Mate 60',
    system: '5.0.0',
    platform: 'HarmonyOS',
    pixelRatio: 3.25,
    screenWidth: 387,
    screenHeight: 837,
    windowWidth: 387,
    windowHeight: 757,
    statusBarHeight: 32,
    titleBarHeight: 48,
  },
} as const;

function systemInfo(env: DefaultEnv) {
  const phone = env.platform === 'ios' || env.platform === 'harmony' ? phones[env.platform] : phones.android;
  return {
    app: 'DingTalk',
    ...phone,
    version: env.version ?? '',
    language: 'zh-Hans',
    orientation: 0,
    fontSizeSetting: 16,
    storage: '256 GB',
    currentBattery: '80%',
  };
}

const voidApis =
  /^(biz\.navigation\.|biz\.util\.|device\.notification\.|biz\.ding\.post$|biz\.cspace\.preview$|biz\.conference\.videoConfCall$|biz\.live\.startClassRoom$)/;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The result of an API that answers by itself, as a client would give it when nothing was
 * scripted. Throws the client's raw failure body where a client would fail.
 */
export function defaultResult(api: string, params: Record<string, unknown>, env: DefaultEnv): unknown {
  switch (api) {
    case 'runtime.permission.requestAuthCode':
    case 'channel.permission.requestAuthCode':
    case 'runtime.permission.requestOperateAuthCode':
      return { code: env.issueAuthCode() };
    case 'biz.util.isLocalFileExist': {
      const list = Array.isArray(params.params) ? (params.params as { url?: unknown }[]) : [];
      return list.map(({ url }) => {
        const key = str(url);
        const path = env.downloads.get(key);
        return { url: key, path: path ?? '', isExist: path !== undefined };
      });
    }
    case 'biz.util.openLocalFile':
      if (env.downloads.has(str(params.url))) return true;
      throw { errorCode: 3, errorMessage: `文件不存在: ${str(params.url)}` };
    case 'biz.ding.create':
      return { dingCreateResult: true };
    case 'util.domainStorage.setItem':
      env.storage.set(str(params.name), str(params.value));
      return {};
    case 'util.domainStorage.getItem':
      return { value: env.storage.get(str(params.name)) ?? '' };
    case 'util.domainStorage.removeItem':
      env.storage.delete(str(params.name));
      return {};
    case 'getSystemInfo':
      return systemInfo(env);
    // What getSystemInfo calls in the container (dingtalk-jsapi passes the answer through): the
    // same phone, with the legacy API's own fields.
    case 'device.base.getPhoneInfo':
      return { ...systemInfo(env), netInfo: 'wifi', operatorType: '中国移动' };
    case 'device.connection.getNetworkType':
      return { result: 'wifi' };
    case 'device.base.getUUID':
      return { uuid: `mock-uuid-${env.user.emplId}` };
    case 'device.geolocation.get':
      // 杭州, where DingTalk is made.
      return { longitude: 120.0263, latitude: 30.2796, accuracy: 30, address: '浙江省杭州市余杭区' };
    case 'biz.clipboardData.setData':
      return {};
    default:
      // The typed APIs without a result (setTitle, quit, openLink, toast, ding.post…) resolve
      // with nothing; the rest of the catalog takes and returns open records.
      return voidApis.test(api) ? undefined : {};
  }
}

/** Where the simulated client saves a download. */
export function localPath(url: string, name?: string): string {
  const base = name || url.split(/[?#]/)[0]?.split('/').pop() || 'download';
  let file = base;
  try {
    file = decodeURIComponent(base);
  } catch {
    // Not percent-encoded after all: keep it as it is.
  }
  return `C:\\Users\\dingtalk\\Downloads\\${file}`;
}
