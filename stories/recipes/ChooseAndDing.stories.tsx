import type { ContactUser } from '@dingkit/core';
import { mockOrg } from '@dingkit/mock';
import { DingTalkLayout, useContactChoose, useDingPost } from '@dingkit/react';
import { mockControllerOf } from '@dingkit/storybook';
import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { surfaceContent } from '../layout/withSurface';

/** Choose colleagues in DingTalk's picker, then DING them about an approval. */
export default { title: 'Recipes/选人后 DING' } satisfies Meta;

function RemindApprovers() {
  // Both take the organisation's corpId from the provider's signature.
  const choose = useContactChoose({ multiple: true, max: 10 });
  const ding = useDingPost();
  const people: ContactUser[] = choose.data ?? [];
  return (
    <DingTalkLayout style={{ display: 'grid', gap: 12, padding: 16 }}>
      <button
        type="button"
        className="dk-button"
        onClick={() => void choose.run({ users: people.map((p) => p.emplId) })}
      >
        选择审批人
      </button>
      <ul
        aria-label="审批人"
        style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: 0, padding: 0, listStyle: 'none' }}
      >
        {people.map((person) => (
          <li key={person.emplId} style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            {/* DingTalk may return an empty avatar. */}
            {person.avatar && (
              <img src={person.avatar} alt="" width={24} height={24} style={{ borderRadius: '50%' }} />
            )}
            {person.name}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="dk-button dk-button-primary"
        disabled={people.length === 0 || ding.isPending}
        onClick={() =>
          void ding.run({
            users: people.map((person) => person.emplId),
            type: 2,
            alertType: 2,
            alertDate: { format: 'yyyy-MM-dd HH:mm', value: '2026-06-01 09:00' },
            attachment: { title: '请假申请待审批', url: 'https://example.com/approvals/42' },
            text: '请尽快处理王芳的请假申请',
          })
        }
      >
        DING 他们
      </button>
      {ding.status === 'success' && <p role="status">已提醒 {people.length} 位审批人</p>}
      {ding.error && <p role="alert">{ding.error.message}</p>}
    </DingTalkLayout>
  );
}

/** Two approvers chosen by search, then one DING to both. */
export function ChooseThenDing() {
  return <RemindApprovers />;
}
ChooseThenDing.play = async ({ canvasElement, id }: { canvasElement: HTMLElement; id: string }) => {
  const canvas = within(surfaceContent(canvasElement));
  const body = within(canvasElement.ownerDocument.body);
  await userEvent.click(canvas.getByRole('button', { name: '选择审批人' }));
  const picker = within(await body.findByRole('dialog', { name: '选择联系人' }, { timeout: 4000 }));
  for (const name of ['黄婷', '胡斌']) {
    const search = picker.getByRole('searchbox', { name: '搜索' });
    await userEvent.clear(search);
    await userEvent.type(search, name);
    await userEvent.click(picker.getByRole('checkbox', { name: new RegExp(name) }));
  }
  await userEvent.click(picker.getByRole('button', { name: '确定' }));
  await waitFor(() => expect(canvas.getByRole('list', { name: '审批人' })).toHaveTextContent('黄婷胡斌'));
  await userEvent.click(canvas.getByRole('button', { name: 'DING 他们' }));
  await body.findByText('已向 2 人发送 DING', {}, { timeout: 4000 });
  await expect(await canvas.findByRole('status')).toHaveTextContent('已提醒 2 位审批人');
  const post = mockControllerOf(id).calls.find((call) => call.api === 'biz.ding.post');
  await expect(post?.params).toMatchObject({ users: ['0108', '0115'], type: 2, corpId: mockOrg.corpId });
};

/** The organisation has not enabled DING: the app shows DingTalk's refusal. */
export function DingRefused() {
  return <RemindApprovers />;
}
DingRefused.parameters = {
  dingtalk: {
    respond: { 'biz.contact.choose': [{ name: '黄婷', avatar: '', emplId: '0108' }] },
    fail: { 'biz.ding.post': { errorCode: 40001, errorMessage: '企业未开通 DING' } },
  },
};
DingRefused.play = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const canvas = within(surfaceContent(canvasElement));
  await userEvent.click(canvas.getByRole('button', { name: '选择审批人' }));
  await waitFor(() => expect(canvas.getByRole('list', { name: '审批人' })).toHaveTextContent('黄婷'));
  await userEvent.click(canvas.getByRole('button', { name: 'DING 他们' }));
  await expect(await canvas.findByRole('alert', {}, { timeout: 4000 })).toHaveTextContent('企业未开通 DING');
};
