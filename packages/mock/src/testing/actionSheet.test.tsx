import { useActionSheet } from '@dingkit/react';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { actionSheet } from './actionSheet';
import { renderWithDingTalk } from './renderWithDingTalk';

const options = ['转交他人', '加签', '退回'];

function MoreActions() {
  const sheet = useActionSheet({ title: '更多操作', cancelButton: '算了', otherButtons: options });
  const chosen = sheet.data?.buttonIndex;
  return (
    <>
      <button type="button" onClick={() => void sheet.run().catch(() => {})}>
        更多
      </button>
      {chosen !== undefined && <p>{chosen >= 0 ? `已选：${options[chosen]}` : '未选择'}</p>}
    </>
  );
}

describe('actionSheet', () => {
  it('picks an option by label or index', async () => {
    const { user } = renderWithDingTalk(<MoreActions />);
    await user.click(screen.getByRole('button', { name: '更多' }));
    expect(await screen.findByRole('button', { name: '加签' })).toBeTruthy();
    await expect(actionSheet('加签')).resolves.toEqual({ buttonIndex: 1 });
    expect(screen.getByText('已选：加签')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '更多' }));
    await actionSheet(2);
    expect(screen.getByText('已选：退回')).toBeTruthy();
  });

  it('picks the cancel button (an answer, -1) by its label or -1', async () => {
    const { user } = renderWithDingTalk(<MoreActions />, { host: false });
    await user.click(screen.getByRole('button', { name: '更多' }));
    await expect(actionSheet('算了')).resolves.toEqual({ buttonIndex: -1 });
    expect(screen.getByText('未选择')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '更多' }));
    await expect(actionSheet(3)).rejects.toThrow('Its buttons: 0: 转交他人, 1: 加签, 2: 退回, -1: 算了.');
    await actionSheet(-1);
  });
});
