import { describe, expectTypeOf, it } from 'vitest';
import type { ApiDescriptor, ApiSpec } from '../types';
import type { ApiName, ApiParams, ApiProgress, ApiResult } from './ApiMap';
import { deviceNotificationConfirm } from './apis';
import { apisNeedingAuth, catalog } from './catalog';
import type { ComplexPickerResult, UploadAttachmentParams } from './extraApis';
import type { GenericApiName } from './genericApis';
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

describe('ApiMap', () => {
  it('knows every GenericApiName and nothing else', () => {
    expectTypeOf<ApiName>().toEqualTypeOf<GenericApiName>();
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

  it('gives APIs without a documented shape open records', () => {
    expectTypeOf<ApiParams<'device.notification.vibrate'>>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<ApiResult<'biz.util.scan'>>().toEqualTypeOf<Record<string, unknown>>();
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
    expectTypeOf(apisNeedingAuth).parameter(0).toEqualTypeOf<'pc' | 'ios' | 'android' | 'notInDingTalk'>();
  });
});

describe('descriptors', () => {
  it('carry their API in their type', () => {
    expectTypeOf(deviceNotificationConfirm).toEqualTypeOf<ApiDescriptor<'device.notification.confirm'>>();
    expectTypeOf(deviceNotificationConfirm.name).toEqualTypeOf<'device.notification.confirm'>();
  });
});
