import type { DingTalkStatus, Locale } from '@dingkit/core';

/** The debug panel's words in one locale. */
export interface DevtoolsLabels {
  toggle: string;
  title: string;
  environment: string;
  platform: string;
  version: string;
  status: string;
  statuses: Readonly<Record<DingTalkStatus, string>>;
  page: string;
  handshake: string;
  signedUrl: string;
  timeStamp: string;
  /** Between a term and its value. */
  colon: string;
  /** How long ago the timestamp was, with its brackets. */
  age: (seconds: number) => string;
  /** The heading of the call log, with the count. */
  callCount: (count: number) => string;
  nonceStr: string;
  granted: string;
  denied: string;
  none: string;
  unknown: string;
  notSigned: string;
  signedBefore: string;
  calls: string;
  noCalls: string;
  pending: string;
  ok: string;
  /** The later answers of a listening call (taps on a button the page took over), with the count. */
  laterAnswers: (count: number) => string;
  copy: string;
  copied: string;
  copyFailed: string;
  close: string;
}

/** The words of the debug panel, Chinese first: most people who open it read Chinese. */
export const devtoolsLabels: Readonly<Record<Locale, DevtoolsLabels>> = {
  'zh-CN': {
    toggle: '调试',
    title: 'dingkit 调试面板',
    environment: '运行环境',
    platform: '平台',
    version: '客户端版本',
    status: '鉴权状态',
    statuses: {
      idle: '未开始',
      configuring: '鉴权中',
      ready: '已就绪',
      error: '鉴权失败',
      unavailable: '不在钉钉中',
    },
    page: '页面',
    handshake: '鉴权（config）',
    signedUrl: '签名的 URL',
    timeStamp: 'timeStamp',
    colon: '：',
    age: (seconds) => `（${seconds} 秒前）`,
    callCount: (count) => `调用记录（${count}）`,
    nonceStr: 'nonceStr',
    granted: '已授权的 API',
    denied: '未授权的 API',
    none: '无',
    unknown: '未知',
    notSigned: '没有签名：没有传入 getSignature，或还没有开始鉴权。',
    signedBefore: '这次鉴权在面板开始记录之前已完成（例如由 prepareDingTalk 发起），签名详情没有记录。',
    calls: '调用记录',
    noCalls: '还没有调用。',
    pending: '等待中',
    ok: '成功',
    laterAnswers: (count) => `之后又应答 ${count} 次`,
    copy: '复制报告',
    copied: '已复制',
    copyFailed: '无法写入剪贴板：请长按下面的文字全选后复制。',
    close: '关闭',
  },
  en: {
    toggle: 'Debug',
    title: 'dingkit debug panel',
    environment: 'Environment',
    platform: 'Platform',
    version: 'Client version',
    status: 'Handshake',
    statuses: {
      idle: 'not started',
      configuring: 'signing',
      ready: 'ready',
      error: 'failed',
      unavailable: 'not in DingTalk',
    },
    page: 'Page',
    handshake: 'Handshake (config)',
    signedUrl: 'Signed URL',
    timeStamp: 'timeStamp',
    colon: ': ',
    age: (seconds) => ` (${seconds} s ago)`,
    callCount: (count) => `Calls (${count})`,
    nonceStr: 'nonceStr',
    granted: 'Granted APIs',
    denied: 'Denied APIs',
    none: 'none',
    unknown: 'unknown',
    notSigned: 'Not signed: no getSignature was given, or the handshake has not started.',
    signedBefore:
      'This handshake finished before the panel started recording (e.g. started by prepareDingTalk): its signature was not recorded.',
    calls: 'Calls',
    noCalls: 'No calls yet.',
    pending: 'pending',
    ok: 'OK',
    laterAnswers: (count) => `then ${count} later answer${count === 1 ? '' : 's'}`,
    copy: 'Copy report',
    copied: 'Copied',
    copyFailed: 'The clipboard refused: press and hold the text below to select and copy it.',
    close: 'Close',
  },
};
