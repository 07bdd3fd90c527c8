import type { Globals, GlobalTypes } from 'storybook/internal/csf';
import { surfaces } from './SurfaceFrame';

/** The toolbar menus of the mocked DingTalk (Storybook `globalTypes`). */
export const dingtalkGlobalTypes: GlobalTypes = {
  surface: {
    description: 'The DingTalk surface the page is shown in',
    toolbar: {
      title: 'Surface',
      icon: 'browser',
      dynamicTitle: true,
      items: surfaces.map((surface) => ({ value: surface.id, title: surface.label })),
    },
  },
  platform: {
    description: 'The platform the mock behaves as',
    toolbar: {
      title: 'Platform',
      icon: 'mobile',
      dynamicTitle: true,
      items: [
        { value: 'pc', title: 'PC' },
        { value: 'ios', title: 'iOS' },
        { value: 'android', title: 'Android' },
        { value: 'notInDingTalk', title: 'Not in DingTalk' },
      ],
    },
  },
  locale: {
    description: 'Language of the app (error messages, layout labels) and of the mock dialogs',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      dynamicTitle: true,
      items: [
        { value: 'zh-CN', title: '中文' },
        { value: 'en', title: 'English' },
      ],
    },
  },
  handshake: {
    description: 'How the config/ready handshake ends',
    toolbar: {
      title: 'Handshake',
      icon: 'lock',
      dynamicTitle: true,
      items: [
        { value: 'ready', title: 'Ready' },
        { value: 'configError', title: 'Config error (52013)' },
        { value: 'signatureFailure', title: 'Signature endpoint fails' },
        { value: 'notInDingTalk', title: 'Not in DingTalk' },
      ],
    },
  },
  latency: {
    description: 'Milliseconds before DingTalk answers',
    toolbar: {
      title: 'Latency',
      icon: 'time',
      dynamicTitle: true,
      items: [
        { value: '0', title: 'No latency' },
        { value: '200', title: '200 ms' },
        { value: '1000', title: '1 s' },
        { value: '3000', title: '3 s' },
      ],
    },
  },
};

/** The toolbar's starting values (Storybook `initialGlobals`). */
export const dingtalkInitialGlobals: Globals = {
  surface: 'micro-app',
  platform: 'pc',
  locale: 'zh-CN',
  handshake: 'ready',
  latency: '0',
};
