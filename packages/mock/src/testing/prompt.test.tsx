import { usePrompt } from '@dingkit/react';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { prompt } from './prompt';
import { renderWithDingTalk } from './renderWithDingTalk';

function RenameReport() {
  const ask = usePrompt({ title: '重命名', message: '新的名称', buttonLabels: ['保存', '取消'] });
  return (
    <>
      <button type="button" onClick={() => void ask.run().catch(() => {})}>
        重命名
      </button>
      {ask.data?.buttonIndex === 0 && <h1>{ask.data.value}</h1>}
    </>
  );
}

describe('prompt', () => {
  it('types the value and presses the first button', async () => {
    const { user } = renderWithDingTalk(<RenameReport />);
    await user.click(screen.getByRole('button', { name: '重命名' }));
    await expect(prompt('季度报告')).resolves.toEqual({ buttonIndex: 0, value: '季度报告' });
    expect(screen.getByRole('heading').textContent).toBe('季度报告');
  });

  it('presses another button, by label', async () => {
    const { user, controller } = renderWithDingTalk(<RenameReport />);
    await user.click(screen.getByRole('button', { name: '重命名' }));
    await prompt('草稿', { button: '取消' });
    expect(screen.queryByRole('heading')).toBeNull();
    expect(controller.calls.at(-1)?.result).toEqual({ buttonIndex: 1, value: '草稿' });
  });
});
