import { useComplexPicker, useContactChoose, useCustomContactMultipleChoose } from '@dingkit/react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockOrg } from '../mockOrg';
import { chooseContacts } from './chooseContacts';
import { renderWithDingTalk } from './renderWithDingTalk';

const corpId = mockOrg.corpId;

function Assignees({ multiple = true }: { multiple?: boolean }) {
  const choose = useContactChoose({ corpId, multiple, max: 3 });
  return (
    <>
      <button type="button" onClick={() => void choose.run().catch(() => {})}>
        选择负责人
      </button>
      <ul aria-label="负责人">
        {choose.data?.map((person) => (
          <li key={person.emplId}>{person.name}</li>
        ))}
      </ul>
    </>
  );
}

const assignees = () => within(screen.getByRole('list', { name: '负责人' })).queryAllByRole('listitem');
const names = () => assignees().map((item) => item.textContent);

describe('chooseContacts', () => {
  it('chooses people of the fixture organisation by name or userid, as the picker returns them', async () => {
    const { user } = renderWithDingTalk(<Assignees />);
    await user.click(screen.getByRole('button', { name: '选择负责人' }));
    expect(await screen.findByRole('dialog', { name: '选择联系人' })).toBeTruthy();

    const chosen = await chooseContacts(['王芳', '0108']);

    expect(chosen.map((person) => person.name)).toEqual(['王芳', '黄婷']);
    expect(names()).toEqual(['王芳', '黄婷']);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('gives the app what the host’s picker gives (name, avatar, emplId)', async () => {
    const { user, controller } = renderWithDingTalk(<Assignees />, { host: false });
    await user.click(screen.getByRole('button', { name: '选择负责人' }));
    await chooseContacts(['王芳']);
    const wang = mockOrg.users.find((person) => person.name === '王芳');
    expect(controller.calls.at(-1)?.result).toEqual([{ name: '王芳', avatar: wang?.avatar, emplId: '0102' }]);
  });

  it('refuses what the picker would not allow, naming the reason, and leaves it open', async () => {
    const { user, controller } = renderWithDingTalk(<Assignees multiple={false} />);
    await user.click(screen.getByRole('button', { name: '选择负责人' }));
    await expect(chooseContacts(['王芳', '黄婷'])).rejects.toThrow(
      'biz.contact.choose was opened with multiple: false, so a person can choose only one.',
    );
    await expect(chooseContacts(['王小明'])).rejects.toThrow(
      /no person "王小明" in this picker\. Pass a name or id of: 张伟, 王芳, .* \(36 in all\)\./,
    );
    expect(controller.pending).toHaveLength(1);
    await chooseContacts(['李娜']);
    expect(names()).toEqual(['李娜']);
  });

  it('keeps to max', async () => {
    const { user } = renderWithDingTalk(<Assignees />);
    await user.click(screen.getByRole('button', { name: '选择负责人' }));
    await expect(chooseContacts(['张伟', '王芳', '李娜', '刘洋'])).rejects.toThrow(
      'lets a person choose at most 3 people; 4 given.',
    );
  });

  it('chooses among a custom picker’s people only, never a disabled one', async () => {
    function Reviewers() {
      const choose = useCustomContactMultipleChoose({
        corpId,
        title: '选择评审人',
        users: ['0102', '0103', '0104'],
        disabledUsers: ['0104'],
      });
      return (
        <>
          <button type="button" onClick={() => void choose.run().catch(() => {})}>
            评审人
          </button>
          <p>{choose.data?.map((person) => person.name).join('、')}</p>
        </>
      );
    }
    const { user } = renderWithDingTalk(<Reviewers />);
    await user.click(screen.getByRole('button', { name: '评审人' }));
    await expect(chooseContacts(['张伟'])).rejects.toThrow('Pass a name or id of: 王芳, 李娜, 刘洋.');
    await expect(chooseContacts(['刘洋'])).rejects.toThrow(
      '刘洋 (0104) cannot be chosen: the app disabled them (disabledUsers).',
    );
    await chooseContacts(['李娜', '王芳']);
    expect(screen.getByText('李娜、王芳')).toBeTruthy();
  });

  it('answers complexPicker with people, departments and required people kept', async () => {
    function Participants() {
      const pick = useComplexPicker({ corpId, requiredUsers: ['0101'], responseUserOnly: false });
      return (
        <>
          <button type="button" onClick={() => void pick.run().catch(() => {})}>
            参与人
          </button>
          {pick.data && <p>共 {pick.data.selectedCount} 人</p>}
        </>
      );
    }
    const { user, controller } = renderWithDingTalk(<Participants />);
    await user.click(screen.getByRole('button', { name: '参与人' }));
    const chosen = await chooseContacts(['王芳'], { departments: ['设计部'] });
    expect(chosen.map((person) => person.name)).toEqual(['张伟', '王芳']);
    // 张伟 and 王芳, plus the five people of 设计部.
    expect(screen.getByText('共 7 人')).toBeTruthy();
    const result = controller.calls.at(-1)?.result as {
      users: { name: string }[];
      departments: { name: string }[];
    };
    expect(result.users.map((person) => person.name)).toEqual(['张伟', '王芳']);
    expect(result.departments.map((department) => department.name)).toEqual(['设计部']);
  });
});
