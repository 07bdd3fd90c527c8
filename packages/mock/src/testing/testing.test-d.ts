import type { ActionSheetResult, Bridge, ConfirmResult, PromptResult } from '@dingkit/core';
import {
  actionSheet,
  answer,
  cancel,
  chooseContacts,
  chooseDepartments,
  confirm,
  createDingTalkWrapper,
  type DingTalkMock,
  type MockHandshake,
  prompt,
  type RenderWithDingTalkResult,
  renderWithDingTalk,
  uploadImages,
} from '@dingkit/mock/testing';
import type { RenderResult } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { createElement, type ReactElement } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { MockController, MockDepartment, MockUser } from '../index';

const ui = createElement('p');

describe('renderWithDingTalk', () => {
  it('returns Testing Library’s result, the mock and a user by default', () => {
    const result = renderWithDingTalk(ui, {
      platform: 'ios',
      handshake: 'configError',
      locale: 'en',
      host: false,
    });
    expectTypeOf(result).toEqualTypeOf<RenderWithDingTalkResult>();
    expectTypeOf(result).toExtend<RenderResult>();
    expectTypeOf(result.controller).toEqualTypeOf<MockController>();
    expectTypeOf(result.bridge).toEqualTypeOf<Bridge>();
    expectTypeOf(result.user).toEqualTypeOf<UserEvent>();
  });

  it('returns another render function’s result plus the mock, awaited when it is a promise', () => {
    interface BrowserScreen {
      locator: string;
    }
    const sync = renderWithDingTalk(ui, { render: (_: ReactElement): BrowserScreen => ({ locator: 'x' }) });
    expectTypeOf(sync).toEqualTypeOf<BrowserScreen & DingTalkMock>();
    const later = renderWithDingTalk(ui, {
      render: async (_: ReactElement): Promise<BrowserScreen> => ({ locator: 'x' }),
    });
    expectTypeOf(later).toEqualTypeOf<Promise<BrowserScreen & DingTalkMock>>();
  });

  it('takes the mock’s options and the handshake outcomes only', () => {
    expectTypeOf<MockHandshake>().toEqualTypeOf<'ready' | 'configError' | 'signatureFailure' | 'none'>();
    renderWithDingTalk(ui, {
      latencyMs: 200,
      respond: { 'device.notification.confirm': { buttonIndex: 0 } },
      fail: { 'biz.contact.choose': 'CANCELLED' },
      jsApiList: ['biz.contact.choose'],
    });
    // @ts-expect-error not a handshake outcome
    renderWithDingTalk(ui, { handshake: 'failed' });
    // @ts-expect-error a scripted answer of the wrong shape
    renderWithDingTalk(ui, { respond: { 'device.notification.confirm': { index: 0 } } });
    expectTypeOf(createDingTalkWrapper().wrapper)
      .parameter(0)
      .toEqualTypeOf<{ children?: React.ReactNode }>();
  });
});

describe('the answering helpers', () => {
  it('resolve with what the app got or what was chosen', () => {
    expectTypeOf(confirm(0)).toEqualTypeOf<Promise<ConfirmResult>>();
    expectTypeOf(confirm('删除')).toEqualTypeOf<Promise<ConfirmResult>>();
    expectTypeOf(prompt('x', { button: '保存' })).toEqualTypeOf<Promise<PromptResult>>();
    expectTypeOf(actionSheet(-1)).toEqualTypeOf<Promise<ActionSheetResult>>();
    expectTypeOf(chooseContacts(['王芳'], { departments: ['设计部'] })).toEqualTypeOf<Promise<MockUser[]>>();
    expectTypeOf(chooseDepartments(['设计部'])).toEqualTypeOf<Promise<MockDepartment[]>>();
    expectTypeOf(uploadImages(2)).toEqualTypeOf<Promise<string[]>>();
    expectTypeOf(cancel()).toEqualTypeOf<Promise<void>>();
  });

  it('take a controller and a bound', () => {
    const controller = {} as MockController;
    void confirm(1, { controller, timeoutMs: 5000 });
    void cancel('biz.contact.choose', { controller });
    // @ts-expect-error a person presses a button, not true
    void confirm(true);
    // @ts-expect-error people are a list
    void chooseContacts('王芳');
    // @ts-expect-error not a catalog API
    void cancel('biz.contact.pick');
  });

  it('answer takes the API’s result type', () => {
    void answer('biz.util.openModal', { message: 'saved' });
    // @ts-expect-error confirm answers with a buttonIndex
    void answer('device.notification.confirm', { message: 'saved' });
  });
});
