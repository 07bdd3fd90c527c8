import {
  useBackButton,
  useDingTalk,
  useNavigationMenu,
  useNavigationTitle,
  useRightButton,
} from '@dingkit/react';
import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { MockNavigationBar } from './MockNavigationBar';
import { renderWithDingTalk } from './testing/renderWithDingTalk';

/** The bar above the page, over the provider's mock bridge. */
function Bar() {
  const { bridge } = useDingTalk();
  return bridge ? <MockNavigationBar bridge={bridge} /> : null;
}

function Editor() {
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((lines) => [...lines, line]);
  useNavigationTitle('编辑审批');
  useBackButton(() => note('back'), { text: '上一步' });
  useRightButton({ text: '保存', onClick: () => note('save') });
  useNavigationMenu({ items: [{ id: 'help', text: '帮助' }], onSelect: (id) => note(id) });
  return <output aria-label="点击记录">{log.join(' ')}</output>;
}

function Page() {
  const [editing, setEditing] = useState(true);
  return (
    <>
      <Bar />
      <button type="button" onClick={() => setEditing(false)}>
        Done
      </button>
      {editing && <Editor />}
    </>
  );
}

const bar = () => within(screen.getByRole('navigation', { name: '导航栏' }));

describe('MockNavigationBar', () => {
  it('shows what the page set and hands each tap to the call listening for it (iOS)', async () => {
    const { user } = renderWithDingTalk(<Page />, { platform: 'ios', locale: 'zh-CN' });
    await screen.findByRole('navigation', { name: '导航栏' });
    expect(await bar().findByRole('heading', { name: '编辑审批' })).toBeTruthy();
    await user.click(await bar().findByRole('button', { name: '上一步' }));
    await user.click(bar().getByRole('button', { name: '保存' }));
    await user.click(bar().getByRole('button', { name: '帮助' }));
    expect(screen.getByRole('status', { name: '点击记录' }).textContent).toBe('back save help');

    // Given back on unmount: the client's own left button, no right button, no menu.
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(bar().queryByRole('button', { name: '保存' })).toBeNull());
    expect(bar().queryByRole('button', { name: '帮助' })).toBeNull();
    expect(bar().getByRole('button', { name: '返回' })).toBeTruthy();
  });

  it("sends Android's back event for the left button nobody took over", async () => {
    const { user } = renderWithDingTalk(<Page />, { platform: 'android', locale: 'zh-CN' });
    await screen.findByRole('navigation', { name: '导航栏' });
    await user.click(await bar().findByRole('button', { name: '返回' }));
    await waitFor(() => expect(screen.getByRole('status', { name: '点击记录' }).textContent).toBe('back'));
  });
});
