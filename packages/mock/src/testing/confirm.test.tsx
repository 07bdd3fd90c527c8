import { useConfirm } from '@dingkit/react';
import { screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cancel } from './cancel';
import { confirm } from './confirm';
import { renderWithDingTalk } from './renderWithDingTalk';

/** Deletes an approval after DingTalk's confirm dialog, as an app would. */
function DeleteApproval() {
  const ask = useConfirm({ title: '删除审批', message: '删除后不可恢复', buttonLabels: ['删除', '取消'] });
  const [deleted, setDeleted] = useState(false);
  const remove = async () => {
    const { buttonIndex } = await ask.run().catch(() => ({ buttonIndex: -1 }));
    if (buttonIndex === 0) setDeleted(true);
  };
  return (
    <>
      <button type="button" disabled={ask.isPending} onClick={remove}>
        删除审批
      </button>
      {deleted && <p>已删除</p>}
      {ask.error && <p role="alert">{ask.error.code}</p>}
    </>
  );
}

describe('confirm', () => {
  it('presses a button by its label; what the app shows in answer is on the screen when it returns', async () => {
    const { user } = renderWithDingTalk(<DeleteApproval />);
    await user.click(screen.getByRole('button', { name: '删除审批' }));
    expect(await screen.findByRole('dialog', { name: '删除审批' })).toBeTruthy();

    await expect(confirm('删除')).resolves.toEqual({ buttonIndex: 0 });

    expect(screen.getByText('已删除')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('presses a button by index, without the host’s dialogs rendered', async () => {
    const { user, controller } = renderWithDingTalk(<DeleteApproval />, { host: false });
    await user.click(screen.getByRole('button', { name: '删除审批' }));
    await confirm(1);
    expect(screen.queryByText('已删除')).toBeNull();
    expect(controller.calls.at(-1)).toMatchObject({
      api: 'device.notification.confirm',
      result: { buttonIndex: 1 },
    });
    expect(screen.getByRole('button', { name: '删除审批' })).toHaveProperty('disabled', false);
  });

  it('waits for the dialog when called before the app asks', async () => {
    const { user } = renderWithDingTalk(<DeleteApproval />, { latencyMs: 50 });
    const answered = confirm(0);
    await user.click(await screen.findByRole('button', { name: '删除审批' }));
    await answered;
    expect(screen.getByText('已删除')).toBeTruthy();
  });

  it('refuses a button the dialog does not have and leaves the call waiting', async () => {
    const { user, controller } = renderWithDingTalk(<DeleteApproval />);
    await user.click(screen.getByRole('button', { name: '删除审批' }));
    await expect(confirm(2)).rejects.toThrow(
      'confirm(2): the dialog has no button 2. Its buttons: 0: 删除, 1: 取消.',
    );
    await expect(confirm('好的')).rejects.toThrow(/no button "好的"/);
    expect(controller.pending.map((call) => call.api)).toEqual(['device.notification.confirm']);
    await cancel();
    expect(screen.getByRole('alert').textContent).toBe('CANCELLED');
  });

  it('uses the host’s own buttons when the app gives none', async () => {
    function Ask() {
      const ask = useConfirm();
      return (
        <button type="button" onClick={() => void ask.run({ message: '继续？' })}>
          继续
        </button>
      );
    }
    const { user, controller } = renderWithDingTalk(<Ask />);
    await user.click(screen.getByRole('button', { name: '继续' }));
    await confirm('取消');
    expect(controller.calls.at(-1)?.result).toEqual({ buttonIndex: 1 });
  });

  describe('where the act environment is on between steps (Jest, Vitest with globals)', () => {
    const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    let previous: boolean | undefined;
    beforeEach(() => {
      previous = scope.IS_REACT_ACT_ENVIRONMENT;
      scope.IS_REACT_ACT_ENVIRONMENT = true;
    });
    afterEach(() => {
      scope.IS_REACT_ACT_ENVIRONMENT = previous;
    });

    it('answers without act() warnings (the setup fails a test that prints one)', async () => {
      const { user } = renderWithDingTalk(<DeleteApproval />, { latencyMs: 20 });
      await user.click(screen.getByRole('button', { name: '删除审批' }));
      await confirm('删除');
      expect(screen.getByText('已删除')).toBeTruthy();
      expect(scope.IS_REACT_ACT_ENVIRONMENT).toBe(true);
    });
  });
});
