import type { ApiName, ApiParams, ApiResult } from '@dingkit/core';

/** One API of the PC reference: params and result as the docs show them. */
export interface PcCase<A extends ApiName = ApiName> {
  api: A;
  params: ApiParams<A>;
  /** What dingkit resolves with. */
  result: ApiResult<A>;
  /** What the client answers (and dingtalk-jsapi resolves with): `result`, unless dingkit normalises it. */
  answer: unknown;
}

const pcCase = <A extends ApiName>({
  answer,
  ...c
}: Omit<PcCase<A>, 'answer'> & { answer?: unknown }): PcCase =>
  ({ ...c, answer: answer === undefined ? c.result : answer }) as unknown as PcCase;

const corpId = 'dingb4ff1079f84f8d54';
const people = [
  { name: '张三', avatar: 'https://static.dingtalk.com/media/zhangsan.png', emplId: '0573' },
  { name: '李四', avatar: '', emplId: '0574' },
];

/** Every API of the PC reference, with the docs' own examples. */
export const pcCases: PcCase[] = [
  pcCase({
    api: 'runtime.permission.requestAuthCode',
    params: { corpId },
    result: { code: 'hYLK98jkf0m' },
  }),
  pcCase({
    api: 'device.notification.alert',
    params: { message: '亲爱的', title: '提示', buttonName: '收到' },
    result: undefined,
  }),
  pcCase({
    api: 'device.notification.confirm',
    params: { message: '你爱我吗', title: '提示', buttonLabels: ['爱', '不爱'] },
    result: { buttonIndex: 1 },
  }),
  pcCase({
    api: 'device.notification.prompt',
    params: { message: '再说一遍？', title: '提示', buttonLabels: ['继续', '不玩了'] },
    result: { buttonIndex: 0, value: '好的' },
  }),
  pcCase({
    api: 'device.notification.toast',
    params: { type: 'information', text: '这里是个toast', duration: 3, delay: 0 },
    result: undefined,
  }),
  pcCase({
    api: 'device.notification.actionSheet',
    params: {
      title: '谁是最棒哒？',
      cancelButton: '取消',
      otherButtons: ['孙悟空', '猪八戒', '唐僧', '沙和尚'],
    },
    // The cancel button is a result, not a failure.
    result: { buttonIndex: -1 },
  }),
  pcCase({
    api: 'biz.util.open',
    params: { name: 'profile', params: { id: '123456', corpId } },
    result: undefined,
  }),
  pcCase({
    api: 'biz.util.openModal',
    params: { size: 'middle', url: 'https://test.dingtalk.com/modal.html', title: 'modal title' },
    result: { message: 'quit message' },
  }),
  pcCase({
    api: 'biz.util.openSlidePanel',
    params: { url: 'https://test.dingtalk.com/panel.html', title: 'title' },
    result: { message: 'closed' },
  }),
  pcCase({
    api: 'biz.util.uploadImage',
    params: { multiple: true, max: 3 },
    result: ['https://static.dingtalk.com/media/lADOA9bQH8zIzMg_200_200.jpg'],
  }),
  pcCase({
    api: 'biz.util.downloadFile',
    params: { url: 'https://static.dingtalk.com/media/lADOADTWJM0C2M0C7A_748_728.jpg', name: '一个图片.jpg' },
    // The reference's onSuccess gets `true`; dingkit resolves with nothing on every client.
    answer: true,
    result: undefined,
  }),
  pcCase({
    api: 'biz.util.openLocalFile',
    params: { url: 'https://static.dingtalk.com/media/a.pdf' },
    // As for downloadFile: the reference's onSuccess gets `true`, dingkit resolves with nothing.
    answer: true,
    result: undefined,
  }),
  pcCase({
    api: 'biz.util.isLocalFileExist',
    params: {
      params: [{ url: 'https://static.dingtalk.com/media/a.pdf' }, { url: 'https://static.dingtalk.com/b' }],
    },
    result: [
      { url: 'https://static.dingtalk.com/media/a.pdf', path: 'C:\\DingTalk\\a.pdf', isExist: true },
      { url: 'https://static.dingtalk.com/b', path: '', isExist: false },
    ],
  }),
  pcCase({
    api: 'biz.util.previewImage',
    params: {
      urls: ['https://static.dingtalk.com/media/1.jpg', 'https://static.dingtalk.com/media/2.jpg'],
      current: 'https://static.dingtalk.com/media/1.jpg',
    },
    result: undefined,
  }),
  pcCase({ api: 'biz.util.openLink', params: { url: 'https://www.dingtalk.com' }, result: undefined }),
  pcCase({ api: 'biz.navigation.quit', params: { message: 'quit message' }, result: undefined }),
  pcCase({ api: 'biz.navigation.setTitle', params: { title: 'lalala' }, result: undefined }),
  pcCase({ api: 'biz.navigation.setLeft', params: { text: '返回' }, result: undefined }),
  pcCase({
    api: 'biz.ding.post',
    params: {
      users: ['100', '101'],
      corpId,
      type: 2,
      alertType: 2,
      alertDate: { format: 'yyyy-MM-dd HH:mm', value: '2015-05-09 08:00' },
      attachment: { title: '周报', url: 'https://www.dingtalk.com/report', text: '请查看' },
      text: '记得交周报',
    },
    result: undefined,
  }),
  pcCase({
    api: 'biz.contact.choose',
    params: { multiple: true, users: ['0573'], corpId, max: 10 },
    result: people,
  }),
  pcCase({
    api: 'biz.customContact.choose',
    params: { title: '选人的标题', users: ['0573', '0574'], corpId, isShowCompanyName: true },
    result: [people[0]!],
  }),
  pcCase({
    api: 'biz.customContact.multipleChoose',
    params: {
      title: '多选人的标题',
      users: ['0573', '0574'],
      corpId,
      isShowCompanyName: false,
      selectedUsers: ['0573'],
      disabledUsers: ['0574'],
      max: 10,
    },
    result: [people[0]!],
  }),
];

/** The case of one API. */
export function caseOf(api: ApiName): PcCase {
  const found = pcCases.find((c) => c.api === api);
  if (!found) throw new Error(`no case for ${api}`);
  return found;
}

/** A config as the provider sends it. */
export const signedConfig = {
  agentId: '22335',
  corpId,
  timeStamp: 1414588745,
  nonceStr: 'Zn4zmLFKD0wzilzM',
  signature: '0f9de62fce790f9a083d5c99e95740ceb90c27ed',
  jsApiList: ['device.notification.confirm', 'biz.contact.choose', 'biz.ding.post'],
};

// dingtalk-jsapi's own per-API modules (`import alert from 'dingtalk-jsapi/api/device/notification/alert'`).
const perApiModules: Record<string, () => Promise<unknown>> = {
  'runtime.permission.requestAuthCode': () =>
    import('dingtalk-jsapi/api/runtime/permission/requestAuthCode.js'),
  'device.notification.alert': () => import('dingtalk-jsapi/api/device/notification/alert.js'),
  'device.notification.confirm': () => import('dingtalk-jsapi/api/device/notification/confirm.js'),
  'device.notification.prompt': () => import('dingtalk-jsapi/api/device/notification/prompt.js'),
  'device.notification.toast': () => import('dingtalk-jsapi/api/device/notification/toast.js'),
  'device.notification.actionSheet': () => import('dingtalk-jsapi/api/device/notification/actionSheet.js'),
  'biz.util.open': () => import('dingtalk-jsapi/api/biz/util/open.js'),
  'biz.util.openModal': () => import('dingtalk-jsapi/api/biz/util/openModal.js'),
  'biz.util.openSlidePanel': () => import('dingtalk-jsapi/api/biz/util/openSlidePanel.js'),
  'biz.util.uploadImage': () => import('dingtalk-jsapi/api/biz/util/uploadImage.js'),
  'biz.util.downloadFile': () => import('dingtalk-jsapi/api/biz/util/downloadFile.js'),
  'biz.util.openLocalFile': () => import('dingtalk-jsapi/api/biz/util/openLocalFile.js'),
  'biz.util.isLocalFileExist': () => import('dingtalk-jsapi/api/biz/util/isLocalFileExist.js'),
  'biz.util.previewImage': () => import('dingtalk-jsapi/api/biz/util/previewImage.js'),
  'biz.util.openLink': () => import('dingtalk-jsapi/api/biz/util/openLink.js'),
  'biz.navigation.quit': () => import('dingtalk-jsapi/api/biz/navigation/quit.js'),
  'biz.navigation.setTitle': () => import('dingtalk-jsapi/api/biz/navigation/setTitle.js'),
  'biz.navigation.setLeft': () => import('dingtalk-jsapi/api/biz/navigation/setLeft.js'),
  'biz.ding.post': () => import('dingtalk-jsapi/api/biz/ding/post.js'),
  'biz.contact.choose': () => import('dingtalk-jsapi/api/biz/contact/choose.js'),
  'biz.customContact.choose': () => import('dingtalk-jsapi/api/biz/customContact/choose.js'),
  'biz.customContact.multipleChoose': () => import('dingtalk-jsapi/api/biz/customContact/multipleChoose.js'),
};

type Call = (params: Record<string, unknown>) => Promise<unknown>;

/** The function of dingtalk-jsapi's own module for `api`. */
export async function perApiFunction(api: string): Promise<Call> {
  const load = perApiModules[api];
  if (!load) throw new Error(`no dingtalk-jsapi module listed for ${api}`);
  // CommonJS through ESM: the function is the module's `default`, one or two levels down
  // depending on the loader's interop.
  let node: unknown = await load();
  for (let depth = 0; depth < 3 && typeof node !== 'function' && node; depth++) {
    node = (node as { default?: unknown }).default;
  }
  if (typeof node !== 'function')
    throw new Error(`dingtalk-jsapi's module for ${api} has no default function`);
  return node as Call;
}

/** `api` in the whole package's namespace (`dd.device.notification.confirm`). */
export function namespaced(mod: unknown, api: string): Call {
  let node: unknown = (mod as { default?: unknown }).default ?? mod;
  for (const part of api.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'function') throw new Error(`dingtalk-jsapi has no ${api}`);
  return node as Call;
}
