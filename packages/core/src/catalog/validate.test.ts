import { describe, expect, it } from 'vitest';
import { DingTalkError } from '../DingTalkError';
import { validateParams } from '../exports/catalogApi';
import { localize } from '../localize';

type Params = Record<string, unknown>;

interface Case {
  api: string;
  /** Params that pass every rule. */
  base: Params;
  /** Changes to `base` that must still pass. */
  valid: Params[];
  /** Changes to `base` that must fail, and the field the error must name. */
  invalid: [change: Params, field: string][];
}

const corpId = 'dingb4ff1079f84f8d54';
const alertDate = { format: 'yyyy-MM-dd HH:mm', value: '2015-05-09 08:00' };
const dingPost = {
  users: ['100', '101'],
  corpId,
  type: 1,
  alertType: 2,
  alertDate,
  attachment: { images: ['https://static.dingtalk.com/media/a.jpg'] },
  text: '',
};
const linkCard = { title: 'Report', url: 'https://example.com/report' };

const cases: Case[] = [
  {
    api: 'device.notification.toast',
    base: { text: 'Saved' },
    valid: [
      { type: 'success' },
      { duration: 2 },
      { duration: 5 },
      { delay: 0 },
      { delay: 10 },
      { icon: 'error' },
    ],
    invalid: [
      [{ type: 'info' }, 'type'],
      [{ icon: 'warning' }, 'icon'],
      [{ duration: 1 }, 'duration'],
      [{ duration: 6 }, 'duration'],
      [{ delay: -1 }, 'delay'],
      [{ delay: 11 }, 'delay'],
      [{ text: undefined }, 'text'],
      [{ text: '' }, 'text'],
    ],
  },
  {
    api: 'device.notification.alert',
    base: { message: 'Hello' },
    valid: [{ title: '' }, { buttonName: 'OK' }],
    invalid: [
      [{ message: '' }, 'message'],
      [{ title: 1 }, 'title'],
    ],
  },
  {
    api: 'device.notification.confirm',
    base: { message: 'Delete it?' },
    valid: [{ buttonLabels: ['Delete', 'Keep'] }, { title: 'Confirm' }],
    invalid: [
      [{ buttonLabels: [] }, 'buttonLabels'],
      [{ buttonLabels: ['Delete', ''] }, 'buttonLabels'],
      [{ buttonLabels: 'Delete' }, 'buttonLabels'],
      [{ message: undefined }, 'message'],
    ],
  },
  {
    api: 'device.notification.prompt',
    base: { message: 'Your name?' },
    valid: [{ buttonLabels: ['OK', 'Cancel'] }],
    invalid: [[{ buttonLabels: [''] }, 'buttonLabels']],
  },
  {
    api: 'device.notification.actionSheet',
    base: { otherButtons: ['A'] },
    valid: [{ title: 'Who?', cancelButton: 'Cancel', otherButtons: ['A', 'B'] }],
    invalid: [
      [{ otherButtons: [] }, 'otherButtons'],
      [{ otherButtons: undefined }, 'otherButtons'],
      [{ otherButtons: [''] }, 'otherButtons'],
    ],
  },
  {
    api: 'runtime.permission.requestAuthCode',
    base: { corpId },
    valid: [],
    invalid: [
      [{ corpId: '' }, 'corpId'],
      [{ corpId: undefined }, 'corpId'],
    ],
  },
  {
    api: 'biz.util.open',
    base: { name: 'profile', params: { id: '123456', corpId } },
    valid: [],
    invalid: [
      [{ name: 'chat' }, 'name'],
      [{ params: { corpId } }, 'params.id'],
      [{ params: { id: '123456' } }, 'params.corpId'],
      [{ params: undefined }, 'params.id'],
    ],
  },
  {
    api: 'biz.util.openModal',
    base: { url: 'https://example.com/modal' },
    valid: [{ size: 'middle' }, { size: 'mini' }, { size: undefined }, { url: 'http://example.com/m?a=1' }],
    invalid: [
      [{ size: 'large' }, 'size'],
      [{ url: '/modal.html' }, 'url'],
      [{ url: 'ftp://example.com/modal' }, 'url'],
      [{ url: undefined }, 'url'],
    ],
  },
  {
    api: 'biz.util.openSlidePanel',
    base: { url: 'about:blank', title: 'Details' },
    valid: [{ url: 'https://example.com/panel' }],
    invalid: [
      [{ url: 'not a url' }, 'url'],
      [{ title: 2 }, 'title'],
    ],
  },
  {
    api: 'biz.util.openLink',
    base: { url: 'https://www.dingtalk.com' },
    valid: [{ url: 'dingtalk://dingtalkclient/page/link?url=x' }],
    invalid: [
      [{ url: '' }, 'url'],
      [{ url: 'www.dingtalk.com' }, 'url'],
    ],
  },
  {
    api: 'biz.util.uploadImage',
    base: {},
    valid: [
      { multiple: true, max: 3 },
      { max: 1 },
      { compression: true, quality: 0, resize: 100 },
      { quality: 80, resize: 50 },
      { authType: 1 },
      { authType: 4 },
      { authType: 6 },
    ],
    invalid: [
      [{ max: 0 }, 'max'],
      [{ max: 2.5 }, 'max'],
      [{ multiple: 'yes' }, 'multiple'],
      [{ compression: 'true' }, 'compression'],
      [{ quality: 101 }, 'quality'],
      [{ quality: 50.5 }, 'quality'],
      [{ resize: -1 }, 'resize'],
      [{ authType: 2 }, 'authType'],
    ],
  },
  {
    api: 'biz.util.downloadFile',
    base: { url: '//static.dingtalk.com/media/lADOADTWJM0C2M0C7A_748_728.jpg', name: '一个图片.jpg' },
    valid: [{ url: 'https://static.dingtalk.com/media/a.pdf' }, { name: undefined }],
    invalid: [
      [{ url: 'static.dingtalk.com/a.jpg' }, 'url'],
      [{ url: '' }, 'url'],
      [{ url: 'file:///etc/passwd' }, 'url'],
      [{ name: '' }, 'name'],
    ],
  },
  {
    api: 'biz.util.openLocalFile',
    base: { url: 'cache-key' },
    valid: [],
    invalid: [[{ url: '' }, 'url']],
  },
  {
    api: 'biz.util.isLocalFileExist',
    base: { params: [{ url: 'a' }, { url: 'b' }] },
    valid: [],
    invalid: [
      [{ params: [] }, 'params'],
      [{ params: [{ url: '' }] }, 'params'],
    ],
  },
  {
    api: 'biz.util.previewImage',
    base: { urls: ['//static.dingtalk.com/1.jpg', '//static.dingtalk.com/2.jpg'] },
    valid: [
      { current: '//static.dingtalk.com/2.jpg' },
      { showRemoveButton: 'true', enableLongPress: 'false', showDownload: 'false' },
    ],
    invalid: [
      [{ urls: [] }, 'urls'],
      [{ current: '//static.dingtalk.com/3.jpg' }, 'current'],
      [{ showRemoveButton: true }, 'showRemoveButton'],
      [{ enableLongPress: 'no' }, 'enableLongPress'],
      [{ showDownload: false }, 'showDownload'],
    ],
  },
  {
    api: 'biz.navigation.setTitle',
    base: { title: 'Orders' },
    valid: [{ title: '' }],
    invalid: [
      [{ title: 1 }, 'title'],
      [{ title: undefined }, 'title'],
    ],
  },
  {
    api: 'biz.navigation.setLeft',
    base: { text: 'Back' },
    valid: [{ control: true, android: true }, { control: false }],
    invalid: [
      [{ text: undefined }, 'text'],
      [{ control: 'true' }, 'control'],
      [{ android: 1 }, 'android'],
    ],
  },
  {
    api: 'biz.util.scan',
    base: {},
    valid: [{ type: 'qrCode' }, { type: 'barCode' }, { type: 'all' }],
    invalid: [[{ type: 'qr' }, 'type']],
  },
  {
    api: 'biz.util.chooseImage',
    base: {},
    valid: [{ count: 1 }, { count: 9 }],
    invalid: [
      [{ count: 0 }, 'count'],
      [{ count: 1.5 }, 'count'],
    ],
  },
  // The newer names, in their own shapes.
  {
    api: 'alert',
    base: { content: 'Saved' },
    valid: [{ title: '', buttonText: 'OK' }],
    invalid: [
      [{ content: '' }, 'content'],
      [{ buttonText: 1 }, 'buttonText'],
    ],
  },
  {
    api: 'confirm',
    base: { title: '', content: 'Delete it?' },
    valid: [{ cancelButtonText: 'Keep', confirmButtonText: 'Delete' }],
    invalid: [
      [{ content: undefined }, 'content'],
      [{ confirmButtonText: false }, 'confirmButtonText'],
    ],
  },
  {
    api: 'prompt',
    base: { message: 'Your name' },
    valid: [{ title: 'Name', placeholder: 'Li', okButtonText: 'OK', cancelButtonText: 'Cancel' }],
    invalid: [
      [{ message: '' }, 'message'],
      [{ placeholder: 3 }, 'placeholder'],
    ],
  },
  {
    api: 'showActionSheet',
    base: { items: ['Chat', 'Ding'] },
    valid: [{ title: 'Share', cancelButtonText: 'Cancel' }],
    invalid: [
      [{ items: [] }, 'items'],
      [{ items: ['Chat', ''] }, 'items'],
    ],
  },
  {
    api: 'showToast',
    base: { type: 'success', content: 'Saved' },
    valid: [{ type: 'error' }, { duration: 1500 }],
    invalid: [
      [{ type: 'info' }, 'type'],
      [{ content: '' }, 'content'],
      [{ duration: 0 }, 'duration'],
    ],
  },
  {
    api: 'setStorage',
    base: { key: 'draft', data: 'hello' },
    valid: [{ data: '' }],
    invalid: [
      [{ key: '' }, 'key'],
      [{ data: 1 }, 'data'],
    ],
  },
  {
    api: 'getStorage',
    base: { key: 'draft' },
    valid: [],
    invalid: [[{ key: undefined }, 'key']],
  },
  {
    api: 'previewImage',
    base: { urls: ['//static.dingtalk.com/1.jpg', '//static.dingtalk.com/2.jpg'] },
    valid: [{ current: 0 }, { current: 1 }],
    invalid: [
      [{ urls: [] }, 'urls'],
      [{ current: 2 }, 'current'],
      [{ current: '//static.dingtalk.com/1.jpg' }, 'current'],
    ],
  },
  {
    api: 'scan',
    base: { type: 'qr' },
    valid: [{ type: 'bar' }, { type: 'all' }],
    invalid: [[{ type: 'qrCode' }, 'type']],
  },
  {
    api: 'getOperateAuthCode',
    base: { corpId, agentId: '22' },
    valid: [],
    invalid: [[{ agentId: '' }, 'agentId']],
  },
  {
    api: 'checkBizCall',
    base: { corpId },
    valid: [],
    invalid: [[{ corpId: '' }, 'corpId']],
  },
  {
    api: 'biz.navigation.quit',
    base: {},
    valid: [{ message: 'done' }],
    invalid: [[{ message: {} }, 'message']],
  },
  {
    api: 'biz.ding.post',
    base: dingPost,
    valid: [
      { type: 2, attachment: linkCard },
      { alertDate: { format: 'yyyy-MM-dd HH:mm', value: '2016-02-29 08:00' } },
      { alertDate: { format: 'yyyy/MM/dd HH:mm:ss', value: '2015/12/31 23:59:59' } },
      { alertDate: { format: 'MM-dd', value: '02-29' } },
    ],
    invalid: [
      [{ type: 3 }, 'type'],
      [{ alertType: 3 }, 'alertType'],
      [{ alertDate: undefined }, 'alertDate'],
      [{ alertDate: { value: '2015-05-09 08:00' } }, 'alertDate.format'],
      [{ alertDate: { format: 'yyyy-MM-dd HH:mm', value: '2015-02-30 08:00' } }, 'alertDate.value'],
      [{ alertDate: { format: 'yyyy-MM-dd HH:mm', value: '2015-02-29 08:00' } }, 'alertDate.value'],
      [{ alertDate: { format: 'yyyy-MM-dd HH:mm', value: '2015-05-09' } }, 'alertDate.value'],
      [{ alertDate: { format: 'yyyy-MM-dd HH:mm', value: '2015-05-09 24:00' } }, 'alertDate.value'],
      [{ alertDate: { format: 'yyyy-MM-dd', value: '2015-13-01' } }, 'alertDate.value'],
      [{ users: [] }, 'users'],
      [{ corpId: '' }, 'corpId'],
      [{ text: undefined }, 'text'],
      [{ attachment: undefined }, 'attachment'],
      [{ attachment: { images: [] } }, 'attachment.images'],
      [{ type: 2, attachment: { url: 'https://example.com' } }, 'attachment.title'],
      [{ type: 2, attachment: { title: 'Report', url: 'report.html' } }, 'attachment.url'],
    ],
  },
  {
    api: 'biz.ding.create',
    base: { users: ['100'], corpId },
    valid: [
      { type: 2, attachment: linkCard, alertType: 0, alertDate, bizType: 1, text: 'Please review' },
      { type: 1, attachment: { images: ['https://example.com/a.png'] } },
    ],
    invalid: [
      [{ users: [] }, 'users'],
      [{ alertDate: { format: 'yyyy-MM-dd', value: '2015-04-31' } }, 'alertDate.value'],
      [{ bizType: 3 }, 'bizType'],
      [{ type: 1, attachment: { images: [] } }, 'attachment.images'],
    ],
  },
  {
    api: 'biz.contact.choose',
    base: { corpId },
    valid: [{ max: 1 }, { max: 1500, multiple: true }, { users: [] }, { users: ['10001'] }],
    invalid: [
      [{ max: 0 }, 'max'],
      [{ max: 1501 }, 'max'],
      [{ max: 1.5 }, 'max'],
      [{ corpId: undefined }, 'corpId'],
      [{ users: [''] }, 'users'],
    ],
  },
  {
    api: 'biz.customContact.choose',
    base: { users: ['10001', '10002'], corpId },
    valid: [{ title: 'Pick one', isShowCompanyName: true }, { disabledUsers: ['10002'] }],
    invalid: [
      [{ users: [] }, 'users'],
      [{ corpId: '' }, 'corpId'],
      [{ disabledUsers: ['20001'] }, 'disabledUsers'],
    ],
  },
  {
    api: 'biz.customContact.multipleChoose',
    base: { users: ['10001', '10002', '10003'], corpId },
    valid: [{ max: 2, selectedUsers: ['10001'], disabledUsers: ['10003'] }],
    invalid: [
      [{ users: [] }, 'users'],
      [{ max: 0 }, 'max'],
      [{ max: 1.5 }, 'max'],
      [{ selectedUsers: ['99999'] }, 'selectedUsers'],
      [{ disabledUsers: ['99999'] }, 'disabledUsers'],
    ],
  },
  {
    api: 'channel.permission.requestAuthCode',
    base: { corpId },
    valid: [],
    invalid: [[{ corpId: '' }, 'corpId']],
  },
  {
    api: 'runtime.permission.requestOperateAuthCode',
    base: { corpId, agentId: '12345' },
    valid: [],
    invalid: [[{ agentId: undefined }, 'agentId']],
  },
  {
    api: 'biz.telephone.quickCallList',
    base: { corpId, title: 'Call', content: 'Choose how to call', typeList: [1, 2], staffId: '100' },
    valid: [{ staffId: undefined, phoneNumber: '13800000000' }],
    invalid: [
      [{ typeList: [] }, 'typeList'],
      [{ typeList: ['1'] }, 'typeList'],
      [{ staffId: '' }, 'staffId'],
    ],
  },
  {
    api: 'biz.contact.complexPicker',
    base: { corpId },
    valid: [{ multiple: true, maxUsers: 10, pickedUsers: ['100'], requiredDepartments: [] }],
    invalid: [
      [{ maxUsers: 0 }, 'maxUsers'],
      [{ pickedDepartments: [1] }, 'pickedDepartments'],
      [{ corpId: undefined }, 'corpId'],
    ],
  },
  {
    api: 'biz.contact.departmentsPicker',
    base: { corpId },
    valid: [{ maxDepartments: 3 }],
    invalid: [
      [{ maxDepartments: -1 }, 'maxDepartments'],
      [{ corpId: '' }, 'corpId'],
    ],
  },
  {
    api: 'biz.contact.externalComplexPicker',
    base: { corpId },
    valid: [{ maxUsers: 5, pickedUsers: ['a'] }],
    invalid: [
      [{ pickedUsers: 'a' }, 'pickedUsers'],
      [{ maxUsers: 0 }, 'maxUsers'],
    ],
  },
  {
    api: 'biz.cspace.preview',
    base: { corpId, spaceId: '1', fileId: '2', fileName: 'a.pdf', fileSize: 1024, fileType: 'pdf' },
    valid: [{ mode: 'safe' }, { fileSize: 0 }],
    invalid: [
      [{ fileSize: -1 }, 'fileSize'],
      [{ fileSize: '1024' }, 'fileSize'],
      [{ fileId: '' }, 'fileId'],
      [{ mode: 'readonly' }, 'mode'],
    ],
  },
  {
    api: 'biz.util.uploadAttachment',
    base: { types: ['photo', 'file'], image: { spaceId: '1', max: 9 }, file: { spaceId: '1' } },
    valid: [{ types: ['space'], image: undefined, file: undefined, space: { corpId, spaceId: '1', max: 1 } }],
    invalid: [
      [{ types: [] }, 'types'],
      [{ types: ['photo', 'photo'] }, 'types'],
      [{ types: ['video'] }, 'types'],
      [{ image: undefined }, 'image'],
      [{ image: { spaceId: '1', max: 10 } }, 'image.max'],
      [{ file: { spaceId: '' } }, 'file.spaceId'],
      [{ types: ['space'], space: { spaceId: '1' } }, 'space.corpId'],
    ],
  },
  {
    api: 'biz.conference.videoConfCall',
    base: { title: 'Weekly', calleeCorpId: corpId, calleeStaffIds: ['100'] },
    valid: [],
    invalid: [
      [{ calleeStaffIds: [] }, 'calleeStaffIds'],
      [{ title: '' }, 'title'],
    ],
  },
  {
    api: 'biz.live.startClassRoom',
    base: { startParam: { liveUuid: 'abc' } },
    valid: [{ startParam: { liveUuid: 'abc', extra: 1 } }],
    invalid: [[{ startParam: {} }, 'startParam.liveUuid']],
  },
];

function failure(api: string, params: unknown): DingTalkError {
  try {
    validateParams(api, params);
  } catch (error) {
    if (error instanceof DingTalkError) return error;
    throw error;
  }
  throw new Error(`${api} accepted ${JSON.stringify(params)}`);
}

describe('validateParams', () => {
  for (const { api, base, valid, invalid } of cases) {
    describe(api, () => {
      it.each([{}, ...valid])('accepts %j', (change) => {
        expect(() => validateParams(api, { ...base, ...change })).not.toThrow();
      });

      it.each(invalid)('rejects %j naming %s', async (change, field) => {
        const error = failure(api, { ...base, ...change });
        expect(error).toMatchObject({
          code: 'INVALID_PARAMS',
          api,
          field,
          details: { rule: expect.any(Object) },
        });
        await localize(error, 'en');
        expect(error.message).toContain(api);
        expect(error.message).toContain(`\`${field}\` must be`);
        expect(error.message).toContain('Pass ');
      });
    });
  }

  it.each([null, undefined, 'text', 42, ['a']])('rejects %j as params of any API', async (params) => {
    const error = failure('device.notification.vibrate', params);
    expect(error).toMatchObject({
      code: 'INVALID_PARAMS',
      api: 'device.notification.vibrate',
      field: undefined,
      details: { reason: 'params', received: params },
    });
    expect(error.message).toBe('INVALID_PARAMS device.notification.vibrate');
    expect((await localize(error, 'en')).message).toBe(
      `device.notification.vibrate: params must be an object; got ${params === undefined ? 'nothing' : JSON.stringify(params)}. Pass an object (use {} when there is nothing to set).`,
    );
  });

  it('accepts any object for APIs without documented limits, and for names it does not know', () => {
    expect(() => validateParams('device.notification.vibrate', {})).not.toThrow();
    expect(() => validateParams('biz.util.somethingNew', { anything: 1 })).not.toThrow();
    expect(() => validateParams('toString', {})).not.toThrow();
  });

  it('says what to pass instead', async () => {
    const duration = failure('device.notification.toast', { text: 'Hi', duration: 8 });
    expect(duration.details).toEqual({
      rule: { kind: 'range', min: 2, max: 5, unit: 'second' },
      received: 8,
      optional: true,
    });
    expect((await localize(duration, 'en')).message).toBe(
      'device.notification.toast: `duration` must be a number from 2 to 5 (seconds); got 8. Pass a number from 2 to 5 (seconds), or leave it out.',
    );
    expect((await localize(duration, 'zh-CN')).message).toBe(
      'device.notification.toast：`duration` 须为介于 2 和 5 之间的数字（单位：秒），收到的是 8。请传入介于 2 和 5 之间的数字（单位：秒），或者不传这个字段。',
    );
    const date = failure('biz.ding.post', {
      ...dingPost,
      alertDate: { format: 'yyyy-MM-dd HH:mm', value: '2015-02-30 08:00' },
    });
    expect(date.details?.rule).toEqual({ kind: 'date', field: 'alertDate', example: '2015-05-09 08:00' });
    expect((await localize(date, 'en')).message).toBe(
      "biz.ding.post: `alertDate.value` must be a real date written as alertDate.format says (tokens yyyy MM dd HH mm ss), e.g. '2015-05-09 08:00'; got \"2015-02-30 08:00\". Pass a real date written as alertDate.format says (tokens yyyy MM dd HH mm ss), e.g. '2015-05-09 08:00'.",
    );
  });
});
