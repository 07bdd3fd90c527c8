import { useOpenModal } from '@dingkit/react';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answer } from './answer';
import { renderWithDingTalk } from './renderWithDingTalk';

function NewLeave() {
  const modal = useOpenModal({ url: 'https://example.com/leave/new', title: '新建请假', size: 'middle' });
  return (
    <>
      <button type="button" onClick={() => void modal.run().catch(() => {})}>
        新建
      </button>
      {modal.data?.message && <p>{modal.data.message}</p>}
    </>
  );
}

describe('answer', () => {
  it('answers the latest pending call of an API with the result given', async () => {
    const { user } = renderWithDingTalk(<NewLeave />, { host: false });
    await user.click(screen.getByRole('button', { name: '新建' }));
    await answer('biz.util.openModal', { message: '已提交:42' });
    expect(screen.getByText('已提交:42')).toBeTruthy();
  });
});
