// The file the preset gives Storybook by path. It takes the annotations from the package by name,
// so that an app's Vite pre-bundles the addon once, shared by the decorator and the stories that
// import '@dingkit/storybook' (one React context for the mock controller).
import dingtalk from '@dingkit/storybook';

export const { decorators, globalTypes, initialGlobals } = dingtalk();
