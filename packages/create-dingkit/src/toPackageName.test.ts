import { expect, it } from 'vitest';
import { toPackageName } from './toPackageName';

it('makes a valid npm package name of the folder’s name', () => {
  expect(toPackageName('my-app')).toBe('my-app');
  expect(toPackageName('My DingTalk App')).toBe('my-dingtalk-app');
  expect(toPackageName('.hidden_app')).toBe('hidden_app');
  expect(toPackageName('审批 app')).toBe('app');
  expect(toPackageName('钉钉应用')).toBe('dingtalk-app');
});
