import { describe, expectTypeOf, it } from 'vitest';
import { apisNeedingAuth, catalog } from '../exports/catalogApi';
import type { ApiDescriptor, ApiSpec } from '../types';
import type { ApiMap, ApiName, ApiParams, ApiProgress, ApiResult } from './ApiMap';
import { deviceNotificationConfirm } from './apis';
import type { ComplexPickerResult, UploadAttachmentParams } from './extraApis';
import type { GenericApiName } from './genericApis';
import type {
  BizAlipayPayParams,
  DeviceGeolocationGetParams,
  DeviceGeolocationGetResult,
  JsapiApiMap,
} from './jsapiTypes.generated';
import type {
  JsapiUnionApiMap,
  JsapiUnionEventMap,
  UnionChooseDateTimeResult,
  UnionChooseImageParams,
  UnionChooseImageResult,
} from './jsapiUnionTypes.generated';
import type { ScanParams, ScanResult } from './mobileApis';
import type {
  ContactUser,
  DingPostImageParams,
  DingPostLinkParams,
  DownloadProgress,
  OpenModalParams,
} from './pcApis';

/** The API names whose params (or result) type is `any`. */
type AnyParams = { [A in ApiName]: 0 extends 1 & ApiParams<A> ? A : never }[ApiName];
type AnyResults = { [A in ApiName]: 0 extends 1 & ApiResult<A> ? A : never }[ApiName];

/** `true` where `T` is `any` or holds one, down to eight levels of fields and arrays. */
type HasAny<T, Depth extends unknown[] = []> = 0 extends 1 & T
  ? true
  : Depth['length'] extends 8
    ? false
    : T extends readonly (infer E)[]
      ? HasAny<E, [...Depth, 0]>
      : T extends object
        ? true extends { [K in keyof T]-?: HasAny<T[K], [...Depth, 0]> }[keyof T]
          ? true
          : false
        : false;
/** A map with one `any` deep inside `a`. */
type Leaky = {
  // biome-ignore lint/suspicious/noExplicitAny: the one `any`, for the check to find
  a: { params: { x: { y: any[] }[] }; result: void };
  b: { params: { x: { y: unknown[] }[] }; result: { [key: string]: unknown } };
};
/** The names of a `{ [api]: { params, result } }` map whose params or result hold an `any`. */
type AnyInside<M> = {
  [A in keyof M]: M[A] extends { params: infer P; result: infer R }
    ? [HasAny<P> | HasAny<R>] extends [false]
      ? never
      : A
    : never;
}[keyof M];

describe('ApiMap', () => {
  it('knows every GenericApiName and every newer name, and nothing else', () => {
    expectTypeOf<ApiName>().toEqualTypeOf<GenericApiName | keyof JsapiUnionApiMap>();
  });

  it('types the newer names as dingtalk-jsapi declares them', () => {
    expectTypeOf<ApiParams<'chooseImage'>>().toEqualTypeOf<JsapiUnionApiMap['chooseImage']['params']>();
    expectTypeOf<ApiResult<'chooseImage'>>().toEqualTypeOf<JsapiUnionApiMap['chooseImage']['result']>();
    expectTypeOf<ApiResult<'getNetworkType'>['networkAvailable']>().toEqualTypeOf<boolean>();
    expectTypeOf<ApiParams<'biz.util.chooseImage'>['count']>().toEqualTypeOf<number | undefined>();
  });

  it('types biz.ding.post as a union discriminated by type', () => {
    expectTypeOf<ApiParams<'biz.ding.post'>>().toEqualTypeOf<DingPostImageParams | DingPostLinkParams>();
    const narrow = (params: ApiParams<'biz.ding.post'>) =>
      params.type === 2 ? params.attachment : undefined;
    expectTypeOf(narrow).returns.toEqualTypeOf<DingPostLinkParams['attachment'] | undefined>();
    const wrong: ApiParams<'biz.ding.post'> = {
      users: ['1'],
      corpId: 'ding1',
      type: 2,
      alertType: 2,
      alertDate: { format: 'yyyy-MM-dd', value: '2015-05-09' },
      text: '',
      // @ts-expect-error a link DING (type 2) needs a link card, not images
      attachment: { images: ['a.jpg'] },
    };
    void wrong;
  });

  it('types the APIs without a hand-written type as dingtalk-jsapi declares them', () => {
    expectTypeOf<ApiParams<'device.geolocation.get'>>().toEqualTypeOf<DeviceGeolocationGetParams>();
    expectTypeOf<ApiParams<'device.geolocation.get'>['targetAccuracy']>().toEqualTypeOf<number>();
    expectTypeOf<ApiResult<'device.geolocation.get'>>().toEqualTypeOf<DeviceGeolocationGetResult>();
    expectTypeOf<ApiResult<'device.geolocation.get'>['latitude']>().toEqualTypeOf<number>();
    expectTypeOf<ApiResult<'device.geolocation.get'>['provider']>().toEqualTypeOf<
      'wifi' | 'lbs' | 'gps' | undefined
    >();
    // Callbacks are dropped: dingkit answers with a promise.
    expectTypeOf<ApiParams<'biz.navigation.setMenu'>>().not.toHaveProperty('onSuccess');
    expectTypeOf<ApiParams<'biz.navigation.setMenu'>['items'][number]['id']>().toEqualTypeOf<string>();
    // Untyped per-API module: the union module that calls the same API unchanged.
    expectTypeOf<ApiResult<'biz.calendar.chooseDateTime'>>().toEqualTypeOf<UnionChooseDateTimeResult>();
    expectTypeOf<ApiParams<'biz.telephone.call'>>().toEqualTypeOf<{ users: string[]; corpId?: string }>();
    // Nothing declared: no params to pass, nothing to read.
    expectTypeOf<ApiParams<'biz.navigation.close'>>().toEqualTypeOf<Record<string, never>>();
    expectTypeOf<ApiResult<'device.notification.vibrate'>>().toEqualTypeOf<void>();
    expectTypeOf<ApiParams<'device.notification.vibrate'>>().toEqualTypeOf<{ duration?: number }>();
    // Untyped everywhere upstream: an open record of unknown, not `any`.
    expectTypeOf<ApiParams<'biz.alipay.pay'>>().toEqualTypeOf<BizAlipayPayParams>();
    expectTypeOf<BizAlipayPayParams>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('refines upstream by hand where the docs know better', () => {
    expectTypeOf<ApiParams<'biz.util.scan'>>().toEqualTypeOf<ScanParams>();
    expectTypeOf<ScanParams['type']>().toEqualTypeOf<'all' | 'qrCode' | 'barCode' | undefined>();
    expectTypeOf<ApiResult<'biz.util.scan'>>().toEqualTypeOf<ScanResult>();
    expectTypeOf<ScanResult['text']>().toEqualTypeOf<string>();
    expectTypeOf<ApiParams<'biz.navigation.setLeft'>['control']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<ApiParams<'biz.util.uploadImage'>['authType']>().toEqualTypeOf<1 | 4 | 6 | undefined>();
    // Hand-written types win over the generated ones.
    expectTypeOf<ApiParams<'device.notification.toast'>>().not.toEqualTypeOf<
      JsapiApiMap['device.notification.toast']['params']
    >();
  });

  it('generates the newer API names without adding them to the catalog', () => {
    expectTypeOf<JsapiUnionApiMap['chooseImage']['params']>().toEqualTypeOf<UnionChooseImageParams>();
    expectTypeOf<UnionChooseImageParams['count']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<JsapiUnionApiMap['chooseImage']['result']>().toEqualTypeOf<UnionChooseImageResult>();
    expectTypeOf<UnionChooseImageResult['files'][number]['path']>().toEqualTypeOf<string>();
    expectTypeOf<JsapiUnionApiMap['chooseImage']['calls']>().toEqualTypeOf<'biz.util.chooseImage'>();
    expectTypeOf<
      JsapiUnionApiMap['getAuthCode']['calls']
    >().toEqualTypeOf<'runtime.permission.requestAuthCode'>();
    expectTypeOf<JsapiUnionApiMap['getSystemInfo']['params']>().toEqualTypeOf<Record<string, never>>();
    expectTypeOf<JsapiUnionApiMap['getSystemInfo']['result']['statusBarHeight']>().toEqualTypeOf<number>();
    expectTypeOf<
      JsapiUnionApiMap['openBluetoothAdapter']['action']
    >().toEqualTypeOf<'openBluetoothAdapter'>();
    expectTypeOf<JsapiUnionEventMap['bizEvent.bluetoothDeviceFound']['deviceId']>().toEqualTypeOf<string>();
    expectTypeOf<'chooseImage'>().toExtend<ApiName>();
  });

  it('types the results field by field', () => {
    expectTypeOf<ApiResult<'device.notification.confirm'>>().toEqualTypeOf<{ buttonIndex: number }>();
    expectTypeOf<ApiResult<'device.notification.confirm'>['buttonIndex']>().toEqualTypeOf<number>();
    expectTypeOf<ApiResult<'biz.contact.choose'>>().toEqualTypeOf<ContactUser[]>();
    expectTypeOf<ApiResult<'biz.contact.complexPicker'>>().toEqualTypeOf<ComplexPickerResult>();
    expectTypeOf<ApiResult<'runtime.permission.requestOperateAuthCode'>['code']>().toEqualTypeOf<string>();
  });

  it('types the params of the extra APIs', () => {
    expectTypeOf<ApiParams<'biz.util.uploadAttachment'>>().toEqualTypeOf<UploadAttachmentParams>();
    expectTypeOf<ApiParams<'biz.contact.complexPicker'>['corpId']>().toEqualTypeOf<string>();
    expectTypeOf<ApiParams<'biz.live.startClassRoom'>['startParam']['liveUuid']>().toEqualTypeOf<string>();
    expectTypeOf<ApiParams<'biz.util.openModal'>>().toEqualTypeOf<OpenModalParams>();
    expectTypeOf<OpenModalParams['size']>().toEqualTypeOf<'middle' | 'mini' | undefined>();
  });

  it('has progress only for downloadFile', () => {
    expectTypeOf<ApiProgress<'biz.util.downloadFile'>>().toEqualTypeOf<DownloadProgress>();
    expectTypeOf<ApiProgress<'device.notification.confirm'>>().toBeNever();
  });

  it('leaks no any', () => {
    expectTypeOf<AnyParams>().toBeNever();
    expectTypeOf<AnyResults>().toBeNever();
    expectTypeOf<AnyInside<ApiMap>>().toBeNever();
    expectTypeOf<AnyInside<JsapiApiMap>>().toBeNever();
    expectTypeOf<AnyInside<JsapiUnionApiMap>>().toBeNever();
    expectTypeOf<HasAny<JsapiUnionEventMap>>().toEqualTypeOf<false>();
    // The check finds an `any` however deep it hides.
    expectTypeOf<AnyInside<Leaky>>().toEqualTypeOf<'a'>();
    expectTypeOf<ApiParams<'biz.contact.externalEditForm'>>().not.toBeAny();
    expectTypeOf<ApiResult<'biz.contact.externalComplexPicker'>>().not.toBeAny();
    expectTypeOf<ApiParams<'biz.live.startClassRoom'>['startParam']>().not.toBeAny();
    expectTypeOf<ApiResult<'biz.telephone.quickCallList'>>().not.toBeAny();
  });
});

describe('catalog', () => {
  it('has a descriptor for every API and lists authorised APIs by name', () => {
    expectTypeOf(catalog).toEqualTypeOf<{ readonly [A in ApiName]: ApiDescriptor<A> }>();
    expectTypeOf(catalog['biz.contact.choose']).toEqualTypeOf<ApiDescriptor<'biz.contact.choose'>>();
    expectTypeOf(catalog['biz.contact.choose']).toExtend<ApiSpec>();
    expectTypeOf(apisNeedingAuth).returns.toEqualTypeOf<ApiName[]>();
    expectTypeOf(apisNeedingAuth)
      .parameter(0)
      .toEqualTypeOf<'pc' | 'ios' | 'android' | 'harmony' | 'notInDingTalk'>();
  });
});

describe('descriptors', () => {
  it('carry their API in their type', () => {
    expectTypeOf(deviceNotificationConfirm).toEqualTypeOf<ApiDescriptor<'device.notification.confirm'>>();
    expectTypeOf(deviceNotificationConfirm.name).toEqualTypeOf<'device.notification.confirm'>();
  });
});
