import type { DingTalkError, Locale } from '@dingkit/core';
import { DingTalkProvider, useConfirm } from '@dingkit/react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockBridge } from './createMockBridge';
import type { MockBridgeOptions } from './MockController';
import { MockDingTalkHost, type MockDingTalkHostProps } from './MockDingTalkHost';

/** A button that makes a call and shows what came back, as an app would. */
function Caller({ run }: { run: () => Promise<unknown> }) {
  const [shown, setShown] = useState('');
  return (
    <>
      <button
        type="button"
        onClick={() =>
          run().then(
            (result) => setShown(`ok ${JSON.stringify(result) ?? 'undefined'}`),
            (error: DingTalkError) => setShown(`error ${error.code}`),
          )
        }
      >
        call
      </button>
      <output aria-label="result">{shown}</output>
    </>
  );
}

type Bridge = ReturnType<typeof createMockBridge>['bridge'];

function setup(
  run: (bridge: Bridge) => Promise<unknown>,
  options: MockBridgeOptions = {},
  host: Partial<MockDingTalkHostProps> = {},
) {
  const mock = createMockBridge(options);
  const user = userEvent.setup();
  render(
    <StrictMode>
      <Caller run={() => run(mock.bridge)} />
      <MockDingTalkHost bridge={mock.bridge} {...host} />
    </StrictMode>,
  );
  const trigger = screen.getByRole('button', { name: 'call' });
  const result = () => screen.getByRole('status', { name: 'result' }).textContent;
  return { ...mock, user, trigger, result };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('MockDingTalkHost: alert, confirm, prompt', () => {
  it('shows confirm with the app’s buttons and answers the clicked one; focus moves in and back', async () => {
    const { user, trigger, result } = setup((bridge) =>
      bridge.call('device.notification.confirm', {
        title: '删除审批',
        message: '删除后不可恢复',
        buttonLabels: ['删除', '取消'],
      }),
    );
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: '删除审批' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      '删除后不可恢复',
    );
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: '删除' }));
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    await vi.waitFor(() => expect(result()).toBe('ok {"buttonIndex":1}'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('cancels with Escape (CANCELLED) and returns the focus', async () => {
    const { user, trigger, result } = setup((bridge) =>
      bridge.call('device.notification.alert', { message: '你好' }),
    );
    await user.click(trigger);
    await screen.findByRole('dialog', { name: '提示' });
    await user.keyboard('{Escape}');
    await vi.waitFor(() => expect(result()).toBe('error CANCELLED'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('answers alert with its button', async () => {
    const { user, trigger, result } = setup((bridge) =>
      bridge.call('device.notification.alert', { title: '提示', message: '亲爱的', buttonName: '收到' }),
    );
    await user.click(trigger);
    await user.click(await screen.findByRole('button', { name: '收到' }));
    await vi.waitFor(() => expect(result()).toBe('ok undefined'));
  });

  it('answers prompt with the typed value, by keyboard alone', async () => {
    const { user, trigger, result } = setup((bridge) =>
      bridge.call('device.notification.prompt', { message: '再说一遍？', buttonLabels: ['继续', '不玩了'] }),
    );
    await user.click(trigger);
    const input = await screen.findByRole('textbox', { name: '再说一遍？' });
    expect(document.activeElement).toBe(input);
    await user.keyboard('钉钉{Enter}');
    await vi.waitFor(() => expect(result()).toBe('ok {"buttonIndex":0,"value":"钉钉"}'));
  });

  it('keeps Tab inside the dialog', async () => {
    const { user, trigger } = setup((bridge) =>
      bridge.call('device.notification.confirm', { message: 'x', buttonLabels: ['一', '二'] }),
    );
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog');
    const [first, second] = within(dialog).getAllByRole('button');
    expect(document.activeElement).toBe(first);
    await user.tab();
    expect(document.activeElement).toBe(second);
    await user.tab();
    expect(document.activeElement).toBe(first);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(second);
  });

  it('shows every string the app passes as text, never as HTML', async () => {
    const html = '<img src=x onerror="window.__pwned=1">';
    const { user, trigger } = setup((bridge) =>
      bridge.call('device.notification.confirm', { title: html, message: html, buttonLabels: [html] }),
    );
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: html });
    // The title, the message and the button label.
    expect(within(dialog).getAllByText(html)).toHaveLength(3);
    expect(within(dialog).getByRole('button', { name: html })).toBeTruthy();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('speaks English with locale="en"', async () => {
    const { user, trigger, result } = setup(
      (bridge) => bridge.call('device.notification.confirm', { message: 'Delete it?' }),
      {},
      { locale: 'en' },
    );
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: 'Notice' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await vi.waitFor(() => expect(result()).toBe('ok {"buttonIndex":1}'));
  });
});

describe('MockDingTalkHost: stacked dialogs', () => {
  it('puts a later call’s dialog on top: it takes Tab and Escape, then the first one gets them back', async () => {
    const { bridge, user, trigger, result } = setup((bridge) =>
      bridge.call('device.notification.confirm', {
        title: '第一个',
        message: 'a',
        buttonLabels: ['甲', '乙'],
      }),
    );
    await user.click(trigger);
    const first = await screen.findByRole('dialog', { name: '第一个' });
    const [firstA, firstB] = within(first).getAllByRole('button');
    expect(document.activeElement).toBe(firstA);
    await user.tab();
    expect(document.activeElement).toBe(firstB);

    const second = bridge.call('device.notification.confirm', {
      title: '第二个',
      message: 'b',
      buttonLabels: ['丙', '丁'],
    });
    const top = await screen.findByRole('dialog', { name: '第二个' });
    // The first dialog is behind the modal one on top.
    expect(screen.getAllByRole('dialog')).toEqual([top]);
    const [topC, topD] = within(top).getAllByRole('button');
    await vi.waitFor(() => expect(document.activeElement).toBe(topC));
    await user.tab();
    expect(document.activeElement).toBe(topD);
    await user.tab();
    expect(document.activeElement).toBe(topC);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(topD);

    await user.keyboard('{Escape}');
    await expect(second).rejects.toMatchObject({ code: 'CANCELLED' });
    await vi.waitFor(() => expect(screen.queryByRole('dialog', { name: '第二个' })).toBeNull());
    expect(screen.getByRole('dialog', { name: '第一个' })).toBe(first);
    await vi.waitFor(() => expect(document.activeElement).toBe(firstB));
    await user.tab();
    expect(document.activeElement).toBe(firstA);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(firstB);

    await user.keyboard('{Escape}');
    await vi.waitFor(() => expect(result()).toBe('error CANCELLED'));
    expect(screen.queryByRole('dialog')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(trigger));
  });

  it('keeps toasts out of the modal layer: shown and announced while a dialog is open', async () => {
    const { bridge, user, trigger } = setup((bridge) =>
      bridge.call('device.notification.confirm', { title: '确认', message: 'a' }),
    );
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: '确认' });
    await bridge.call('device.notification.toast', { type: 'success', text: '已保存' });
    const status = await screen.findByRole('status', { name: '' });
    await vi.waitFor(() => expect(status.textContent).toContain('已保存'));
    expect(status.closest('[role="dialog"]')).toBeNull();
    expect(screen.getAllByRole('dialog')).toEqual([dialog]);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: '确定' }));
  });
});

describe('MockDingTalkHost: locale', () => {
  it('switches the words it owns when the locale changes, keeping the app’s', async () => {
    const { bridge } = createMockBridge();
    const view = render(<MockDingTalkHost bridge={bridge} />);
    void bridge.call('device.notification.confirm', { message: '归档？' });
    const dialog = await screen.findByRole('dialog', { name: '提示' });
    expect(within(dialog).getByRole('button', { name: '取消' })).toBeTruthy();
    view.rerender(<MockDingTalkHost bridge={bridge} locale="en" />);
    expect(screen.getByRole('dialog', { name: 'Notice' }).textContent).toContain('归档？');
    expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' })).toBeTruthy();
    expect(within(screen.getByRole('dialog')).queryByRole('button', { name: '取消' })).toBeNull();
  });
});

describe('MockDingTalkHost: the provider’s locale', () => {
  /** An app that confirms, with the host inside its provider. */
  function App({ bridge, host }: { bridge: Bridge; host: Partial<MockDingTalkHostProps> }) {
    const confirm = useConfirm();
    return (
      <>
        <button type="button" onClick={() => void confirm.run({ message: '归档？' })}>
          archive
        </button>
        <output aria-label="error">{confirm.error?.message ?? ''}</output>
        <MockDingTalkHost bridge={bridge} {...host} />
      </>
    );
  }
  const renderApp = (locale: Locale | undefined, host: Partial<MockDingTalkHostProps> = {}) => {
    const { bridge } = createMockBridge();
    const app = (next: Locale | undefined) => (
      <StrictMode>
        <DingTalkProvider bridge={bridge} locale={next}>
          <App bridge={bridge} host={host} />
        </DingTalkProvider>
      </StrictMode>
    );
    const view = render(app(locale));
    return { rerender: (next: Locale | undefined) => view.rerender(app(next)) };
  };

  it('speaks the provider’s locale, as the app’s errors do, and changes with it', async () => {
    const user = userEvent.setup();
    const { rerender } = renderApp('en');
    await user.click(screen.getByRole('button', { name: 'archive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Notice' });
    expect(within(dialog).getByRole('button', { name: 'OK' })).toBeTruthy();
    rerender('zh-CN');
    expect(
      within(screen.getByRole('dialog', { name: '提示' })).getByRole('button', { name: '取消' }),
    ).toBeTruthy();
    // Dismissed (取消 would be a choice, buttonIndex 1): the app's error, in the same language.
    await user.keyboard('{Escape}');
    await vi.waitFor(() =>
      expect(screen.getByRole('status', { name: 'error' }).textContent).toContain('用户取消了操作'),
    );
  });

  it('follows the browser’s language under a provider given no locale', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    const user = userEvent.setup();
    renderApp(undefined);
    await user.click(screen.getByRole('button', { name: 'archive' }));
    expect(await screen.findByRole('dialog', { name: 'Notice' })).toBeTruthy();
  });

  it('keeps its own locale prop over the provider’s', async () => {
    const user = userEvent.setup();
    renderApp('en', { locale: 'zh-CN' });
    await user.click(screen.getByRole('button', { name: 'archive' }));
    const dialog = await screen.findByRole('dialog', { name: '提示' });
    expect(within(dialog).getByRole('button', { name: '取消' })).toBeTruthy();
    await user.keyboard('{Escape}');
    // The app's error stays in the provider's language.
    await vi.waitFor(() =>
      expect(screen.getByRole('status', { name: 'error' }).textContent).toContain('The person cancelled'),
    );
  });
});

describe('MockDingTalkHost: toast', () => {
  it('honours delay and duration, and answers at once', async () => {
    vi.useFakeTimers();
    const { bridge } = createMockBridge();
    render(
      <StrictMode>
        <MockDingTalkHost bridge={bridge} />
      </StrictMode>,
    );
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    const settled = vi.fn();
    await act(async () => {
      void bridge
        .call('device.notification.toast', { type: 'success', text: '已保存', delay: 1, duration: 2 })
        .then(settled);
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(settled).toHaveBeenCalled();
    expect(screen.queryByText('已保存')).toBeNull();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(999);
    });
    expect(screen.queryByText('已保存')).toBeNull();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1);
    });
    const toast = screen.getByText('已保存').closest('.dkm-toast');
    expect(toast?.getAttribute('data-type')).toBe('success');
    expect(screen.getByRole('status', { name: '' }).textContent).toContain('成功: 已保存');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1999);
    });
    expect(screen.getByText('已保存')).toBeTruthy();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1);
    });
    expect(screen.queryByText('已保存')).toBeNull();
  });

  it('shows for 3 s without a duration', async () => {
    vi.useFakeTimers();
    const { bridge } = createMockBridge();
    render(<MockDingTalkHost bridge={bridge} />);
    await act(async () => {
      void bridge.call('device.notification.toast', { text: '默认' });
      void bridge.call('device.notification.toast', { text: '五秒', duration: 5 });
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByText('默认')).toBeTruthy();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    expect(screen.queryByText('默认')).toBeNull();
    expect(screen.getByText('五秒')).toBeTruthy();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2000);
    });
    expect(screen.queryByText('五秒')).toBeNull();
  });
});

describe('MockDingTalkHost: actionSheet', () => {
  const sheet = (bridge: Bridge) =>
    bridge.call('device.notification.actionSheet', {
      title: '谁是最棒哒？',
      cancelButton: '算了',
      otherButtons: ['孙悟空', '猪八戒', '唐僧'],
    });

  it('answers the chosen option’s index', async () => {
    const { user, trigger, result } = setup(sheet);
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: '谁是最棒哒？' });
    await user.click(within(dialog).getByRole('button', { name: '唐僧' }));
    await vi.waitFor(() => expect(result()).toBe('ok {"buttonIndex":2}'));
  });

  it('answers -1 for its cancel button, CANCELLED for Escape', async () => {
    const { user, trigger, result } = setup(sheet);
    await user.click(trigger);
    await user.click(await screen.findByRole('button', { name: '算了' }));
    await vi.waitFor(() => expect(result()).toBe('ok {"buttonIndex":-1}'));
    await user.click(trigger);
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    await vi.waitFor(() => expect(result()).toBe('error CANCELLED'));
  });
});

describe('MockDingTalkHost: contact pickers', () => {
  it('finds people by search and returns them', async () => {
    const { user, trigger, result } = setup((bridge) =>
      bridge.call('biz.contact.choose', { corpId: 'c', multiple: true }),
    );
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: '选择联系人' });
    await user.type(within(dialog).getByRole('searchbox', { name: '搜索' }), '黄婷');
    await user.click(within(dialog).getByRole('checkbox', { name: /黄婷/ }));
    expect(within(dialog).getByRole('list', { name: '已选 (1)' }).textContent).toContain('黄婷');
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    await vi.waitFor(() =>
      expect(result()).toMatch(
        /^ok \[\{"name":"黄婷","avatar":"data:image\/svg\+xml[^"]*","emplId":"0108"\}\]$/,
      ),
    );
  });

  it('walks the department tree, keeps preselected people and stops at max', async () => {
    const { user, trigger, result } = setup((bridge) =>
      bridge.call('biz.contact.choose', { corpId: 'c', users: ['0101'], max: 3 }),
    );
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: '选择联系人' });
    expect((within(dialog).getByRole('checkbox', { name: /张伟/ }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: '进入 研发部' }));
    await user.click(within(dialog).getByRole('button', { name: '进入 前端组' }));
    expect(within(dialog).getByRole('navigation', { name: '组织架构' }).textContent).toContain(
      '钉滴示例科技研发部前端组',
    );
    await user.click(within(dialog).getByRole('checkbox', { name: /周杰/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /吴敏/ }));
    expect((within(dialog).getByRole('checkbox', { name: /徐强/ }) as HTMLInputElement).disabled).toBe(true);
    expect(within(dialog).getByText('最多只能选择 3 项')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: '移除 吴敏' }));
    expect((within(dialog).getByRole('checkbox', { name: /徐强/ }) as HTMLInputElement).disabled).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: '研发部' }));
    expect(within(dialog).getByRole('checkbox', { name: /赵磊/ })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    await vi.waitFor(() => expect(result()).toMatch(/"emplId":"0101".*"emplId":"0109"/));
  });

  it('cancels the picker with Escape', async () => {
    const { user, trigger, result } = setup((bridge) => bridge.call('biz.contact.choose', { corpId: 'c' }));
    await user.click(trigger);
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    await vi.waitFor(() => expect(result()).toBe('error CANCELLED'));
    expect(document.activeElement).toBe(trigger);
  });

  it('chooses one custom contact among the given ones, with the company name', async () => {
    const { user, trigger, result } = setup((bridge) =>
      bridge.call('biz.customContact.choose', {
        corpId: 'c',
        title: '选择审批人',
        users: ['0102', '0115', '9999'],
        isShowCompanyName: true,
      }),
    );
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: '选择审批人' });
    expect(within(dialog).getByText('钉滴示例科技有限公司')).toBeTruthy();
    expect(within(dialog).getAllByRole('radio')).toHaveLength(3);
    await user.click(within(dialog).getByRole('radio', { name: /王芳/ }));
    await user.click(within(dialog).getByRole('radio', { name: /用户9999/ }));
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    await vi.waitFor(() => expect(result()).toMatch(/^ok \[\{"name":"用户9999",.*"emplId":"9999"\}\]$/));
  });

  it('multipleChoose honours selectedUsers, disabledUsers and max', async () => {
    const { user, trigger, result } = setup((bridge) =>
      bridge.call('biz.customContact.multipleChoose', {
        corpId: 'c',
        users: ['0102', '0103', '0104', '0105'],
        selectedUsers: ['0103'],
        disabledUsers: ['0104'],
        max: 2,
      }),
    );
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: '选择联系人' });
    expect((within(dialog).getByRole('checkbox', { name: /李娜/ }) as HTMLInputElement).checked).toBe(true);
    expect((within(dialog).getByRole('checkbox', { name: /刘洋/ }) as HTMLInputElement).disabled).toBe(true);
    await user.click(within(dialog).getByRole('checkbox', { name: /王芳/ }));
    expect((within(dialog).getByRole('checkbox', { name: /陈静/ }) as HTMLInputElement).disabled).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    await vi.waitFor(() => expect(result()).toMatch(/"emplId":"0103".*"emplId":"0102"/));
  });

  it('draws an avatar for people of a custom organisation that have none', async () => {
    const org = {
      corpId: 'corp-x',
      name: '小公司',
      departments: [{ id: 'root', name: '小公司' }],
      users: [{ emplId: 'u1', name: '林小', avatar: '', departmentIds: ['root'] }],
    };
    const { user, trigger, result } = setup(
      (bridge) => bridge.call('biz.contact.choose', { corpId: 'corp-x' }),
      { org },
    );
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: '选择联系人' });
    const option = within(dialog).getByRole('checkbox', { name: /林小/ });
    expect(option.closest('label')?.querySelector('img')?.getAttribute('src')).toMatch(
      /^data:image\/svg\+xml/,
    );
    await user.click(option);
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    await vi.waitFor(() => expect(result()).toBe('ok [{"name":"林小","avatar":"","emplId":"u1"}]'));
  });

  it('complexPicker returns people and departments with the head count', async () => {
    const { user, trigger, result } = setup((bridge) =>
      bridge.call('biz.contact.complexPicker', { corpId: 'c', requiredUsers: ['0101'] }),
    );
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: '选择部门与人' });
    expect((within(dialog).getByRole('checkbox', { name: /张伟/ }) as HTMLInputElement).disabled).toBe(true);
    expect(within(dialog).queryByRole('button', { name: '移除 张伟' })).toBeNull();
    await user.click(within(dialog).getByRole('checkbox', { name: /设计部/ }));
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    await vi.waitFor(() => expect(result()).toMatch(/^ok /));
    const value = JSON.parse(result()?.slice(3) ?? '{}');
    expect(value.selectedCount).toBe(6);
    expect(value.users.map((u: { name: string }) => u.name)).toEqual(['张伟']);
    expect(value.users[0]).toMatchObject({
      selectDeptId: 1,
      selectDeptName: '钉滴示例科技',
      corpId: 'dingmockcorp0001',
    });
    expect(value.departments).toEqual([{ id: '4', name: '设计部', number: 5 }]);
  });

  it('departmentsPicker returns departments and their people', async () => {
    const { user, trigger, result } = setup((bridge) =>
      bridge.call('biz.contact.departmentsPicker', { corpId: 'c', disabledDepartments: ['5'] }),
    );
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: '选择部门' });
    expect((within(dialog).getByRole('checkbox', { name: /市场部/ }) as HTMLInputElement).disabled).toBe(
      true,
    );
    await user.click(within(dialog).getByRole('checkbox', { name: /研发部/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /产品部/ }));
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    await vi.waitFor(() => expect(result()).toMatch(/^ok /));
    const value = JSON.parse(result()?.slice(3) ?? '{}');
    expect(value).toEqual({
      userCount: 20,
      departmentsCount: 2,
      departments: [
        { id: '3', name: '研发部', number: 15 },
        { id: '2', name: '产品部', number: 5 },
      ],
    });
  });
});

describe('MockDingTalkHost: uploadImage', () => {
  const png = (name: string) => new File([new Uint8Array([137, 80, 78, 71])], name, { type: 'image/png' });

  it('uploads real files through the file input, honouring multiple and max', async () => {
    const { user, trigger, result } = setup((bridge) =>
      bridge.call('biz.util.uploadImage', { multiple: true, max: 2 }),
    );
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: '上传图片' });
    const upload = within(dialog).getByRole('button', { name: '上传' });
    expect((upload as HTMLInputElement).disabled).toBe(true);
    await user.upload(within(dialog).getByLabelText('选择图片'), [png('a.png'), png('b.png'), png('c.png')]);
    expect(await within(dialog).findByRole('img', { name: 'b.png' })).toBeTruthy();
    expect(within(dialog).queryByRole('img', { name: 'c.png' })).toBeNull();
    expect(within(dialog).getByText('最多只能选择 2 张图片，多出的已忽略')).toBeTruthy();
    await user.click(upload);
    await vi.waitFor(() => expect(result()).toMatch(/^ok /));
    const urls = JSON.parse(result()?.slice(3) ?? '[]') as string[];
    expect(urls).toHaveLength(2);
    for (const url of urls) expect(url).toMatch(/^blob:/);
    expect(new Set(urls).size).toBe(2);
  });

  it('takes one image without multiple, and cancels with Escape', async () => {
    const { user, trigger, result } = setup((bridge) => bridge.call('biz.util.uploadImage', {}));
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: '上传图片' });
    const input = within(dialog).getByLabelText('选择图片');
    expect(input.hasAttribute('multiple')).toBe(false);
    await user.upload(input, png('a.png'));
    await within(dialog).findByRole('img', { name: 'a.png' });
    expect((input as HTMLInputElement).disabled).toBe(true);
    await user.keyboard('{Escape}');
    await vi.waitFor(() => expect(result()).toBe('error CANCELLED'));
  });
});

describe('MockDingTalkHost: chooseImage', () => {
  const png = (name: string) => new File([new Uint8Array([137, 80, 78, 71])], name, { type: 'image/png' });

  it.each(['biz.util.chooseImage', 'chooseImage'] as const)(
    '%s answers { filePaths, files } for the chosen files, up to count',
    async (api) => {
      const { user, trigger, result } = setup((bridge) => bridge.call(api, { count: 2 }), {
        platform: 'android',
      });
      await user.click(trigger);
      const dialog = await screen.findByRole('dialog', { name: '选择图片' });
      await user.upload(within(dialog).getByLabelText('选择图片'), [
        png('a.png'),
        png('b.png'),
        png('c.png'),
      ]);
      await within(dialog).findByRole('img', { name: 'b.png' });
      expect(within(dialog).queryByRole('img', { name: 'c.png' })).toBeNull();
      await user.click(within(dialog).getByRole('button', { name: '确定' }));
      await vi.waitFor(() => expect(result()).toMatch(/^ok /));
      const answer = JSON.parse(result()?.slice(3) ?? '{}') as {
        filePaths: string[];
        files: { path: string; size: number; fileType: string }[];
      };
      expect(answer.filePaths).toHaveLength(2);
      for (const path of answer.filePaths) expect(path).toMatch(/^blob:/);
      expect(answer.files).toEqual(answer.filePaths.map((path) => ({ path, size: 4, fileType: 'png' })));
    },
  );

  it('takes one image by default, and cancels with Escape', async () => {
    const { user, trigger, result } = setup((bridge) => bridge.call('biz.util.chooseImage', {}), {
      platform: 'ios',
    });
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: '选择图片' });
    expect(within(dialog).getByLabelText('选择图片').hasAttribute('multiple')).toBe(false);
    await user.keyboard('{Escape}');
    await vi.waitFor(() => expect(result()).toBe('error CANCELLED'));
  });
});

describe('MockDingTalkHost: downloadFile', () => {
  it('shows the progress of the transfer, then resolves', async () => {
    const { user, trigger, result } = setup(
      (bridge) => bridge.call('biz.util.downloadFile', { url: 'https://x.test/a.pdf', name: '季度报告.pdf' }),
      { downloadMs: 300 },
    );
    await user.click(trigger);
    const card = await screen.findByRole('region', { name: '正在下载 季度报告.pdf' });
    const bar = within(card).getByRole('progressbar', { name: '下载进度' });
    await vi.waitFor(() => expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0));
    await vi.waitFor(() => expect(result()).toBe('ok undefined'));
    expect(screen.queryByRole('region', { name: '正在下载 季度报告.pdf' })).toBeNull();
  });

  it('cancels the transfer: CANCELLED', async () => {
    const { user, trigger, result } = setup(
      (bridge) => bridge.call('biz.util.downloadFile', { url: 'https://x.test/%E6%96%87%E4%BB%B6.zip' }),
      { downloadMs: 5000 },
    );
    await user.click(trigger);
    const card = await screen.findByRole('region', { name: '正在下载 文件.zip' });
    await user.click(within(card).getByRole('button', { name: '取消下载' }));
    await vi.waitFor(() => expect(result()).toBe('error CANCELLED'));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

describe('MockDingTalkHost: previewImage', () => {
  it('opens the gallery at current, moves with the arrow keys and closes with Escape', async () => {
    const urls = ['https://x.test/1.jpg', 'https://x.test/2.jpg', 'https://x.test/3.jpg'];
    const { user, trigger, result } = setup((bridge) =>
      bridge.call('biz.util.previewImage', { urls, current: urls[1] }),
    );
    await user.click(trigger);
    const gallery = await screen.findByRole('dialog', { name: '图片预览' });
    // The call is answered while the gallery is still open; the modal gallery hides the page
    // behind it from assistive technology until it closes.
    await vi.waitFor(() =>
      expect(screen.getByRole('status', { name: 'result', hidden: true }).textContent).toBe('ok undefined'),
    );
    expect(screen.queryByRole('status', { name: 'result' })).toBeNull();
    expect(within(gallery).getByRole('img').getAttribute('src')).toBe(urls[1]);
    expect(within(gallery).getByText('2 / 3')).toBeTruthy();
    await user.keyboard('{ArrowRight}');
    expect(within(gallery).getByRole('img').getAttribute('src')).toBe(urls[2]);
    expect((within(gallery).getByRole('button', { name: '下一张' }) as HTMLInputElement).disabled).toBe(true);
    await user.click(within(gallery).getByRole('button', { name: '上一张' }));
    await user.click(within(gallery).getByRole('button', { name: '上一张' }));
    expect(within(gallery).getByRole('img').getAttribute('src')).toBe(urls[0]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
    expect(result()).toBe('ok undefined');
  });
});

describe('MockDingTalkHost: openModal and openSlidePanel', () => {
  it.each([
    [undefined, '676x545'],
    ['middle', '440x300'],
    ['mini', '366x120'],
  ] as const)('opens size %s at %s including the title, the URL in an iframe', async (size, box) => {
    const { user, trigger, result } = setup((bridge) =>
      bridge.call('biz.util.openModal', {
        url: 'https://x.test/form',
        title: '新建审批',
        ...(size ? { size } : {}),
      }),
    );
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: '新建审批' });
    expect(dialog.getAttribute('data-size')).toBe(box);
    expect(dialog.style.width).toBe(`${box.split('x')[0]}px`);
    expect(dialog.style.height).toBe(`${box.split('x')[1]}px`);
    expect(within(dialog).getByTitle('新建审批').getAttribute('src')).toBe('https://x.test/form');
    await user.click(within(dialog).getByRole('button', { name: '关闭' }));
    await vi.waitFor(() => expect(result()).toBe('error CANCELLED'));
  });

  it('names a modal opened without a title by its URL', async () => {
    const { user, trigger } = setup((bridge) =>
      bridge.call('biz.util.openModal', { url: 'https://x.test/form' }),
    );
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: 'https://x.test/form' });
    expect(within(dialog).getByTitle('https://x.test/form').getAttribute('src')).toBe('https://x.test/form');
  });

  it('refuses to load a javascript: URL into the host page', async () => {
    const { user, trigger } = setup((bridge) =>
      bridge.call('biz.util.openSlidePanel', { url: 'javascript:alert(1)', title: 't' }),
    );
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: 't' });
    expect(within(dialog).queryByTitle('t')).toBeNull();
    expect(within(dialog).getByRole('alert').textContent).toContain('javascript:alert(1)');
  });

  it('opens a slide panel with its title and a left button that closes it', async () => {
    const { user, trigger, result } = setup((bridge) =>
      bridge.call('biz.util.openSlidePanel', { url: 'https://x.test/detail', title: '审批详情' }),
    );
    await user.click(trigger);
    const panel = await screen.findByRole('dialog', { name: '审批详情' });
    expect(panel.classList.contains('dkm-panel')).toBe(true);
    const [left] = within(panel).getAllByRole('button', { name: '关闭' });
    await user.click(left as HTMLElement);
    await vi.waitFor(() => expect(result()).toBe('error CANCELLED'));
  });
});

describe('MockDingTalkHost: notices and other dialogs', () => {
  it('shows what openLink, open, ding.post and requestAuthCode would do, and answers', async () => {
    const { bridge, controller } = createMockBridge();
    render(
      <StrictMode>
        <MockDingTalkHost bridge={bridge} />
      </StrictMode>,
    );
    await vi.waitFor(() => expect(controller.hostAttached).toBe(true));
    await bridge.call('biz.util.openLink', { url: 'https://www.dingtalk.com/<b>' });
    expect(await screen.findByText('将在浏览器中打开：https://www.dingtalk.com/<b>')).toBeTruthy();
    await bridge.call('biz.util.open', { name: 'profile', params: { id: '0102', corpId: 'c' } });
    expect(await screen.findByText('将打开应用内页面 profile（0102）')).toBeTruthy();
    await bridge.call('biz.ding.post', {
      users: ['0101', '0102'],
      corpId: 'c',
      type: 2,
      alertType: 2,
      alertDate: { format: 'yyyy-MM-dd HH:mm', value: '2026-01-01 08:00' },
      attachment: { title: 't', url: 'https://x.test' },
      text: 'x',
    });
    expect(await screen.findByText('已向 2 人发送 DING')).toBeTruthy();
    const { code } = await bridge.call('runtime.permission.requestAuthCode', { corpId: 'c' });
    expect(await screen.findByText('已为 张伟 获取免登授权码')).toBeTruthy();
    expect(controller.exchangeAuthCode(code)?.emplId).toBe('0101');
  });

  it('lets a person answer any other waiting API with JSON', async () => {
    const { user, trigger, result } = setup(
      (bridge) => bridge.call('biz.calendar.chooseOneDay', { default: 1 }),
      { platform: 'android' },
    );
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: 'biz.calendar.chooseOneDay 需要人工响应' });
    expect(within(dialog).getByText(/"default": 1/)).toBeTruthy();
    const field = within(dialog).getByRole('textbox', { name: '结果（JSON）' });
    await user.clear(field);
    await user.type(field, '{{"value":"2026-05-01"}');
    await user.click(within(dialog).getByRole('button', { name: '返回结果' }));
    await vi.waitFor(() => expect(result()).toBe('ok {"value":"2026-05-01"}'));
  });

  it('leaves dialogs pending while no host is rendered, and shows them once one is', async () => {
    const { bridge, controller } = createMockBridge();
    const confirm = bridge.call('device.notification.confirm', { message: '晚点再看', buttonLabels: ['好'] });
    await controller.waitForPending();
    const user = userEvent.setup();
    render(<MockDingTalkHost bridge={bridge} />);
    await user.click(await screen.findByRole('button', { name: '好' }));
    await expect(confirm).resolves.toEqual({ buttonIndex: 0 });
  });

  it('refuses a bridge that is not a mock bridge', () => {
    const { bridge } = createMockBridge();
    const other = { ...bridge };
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<MockDingTalkHost bridge={other} />)).toThrow(/createMockBridge/);
    error.mockRestore();
  });
});
