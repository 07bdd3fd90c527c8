import { useDepartmentsPicker } from '@dingkit/react';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockOrg } from '../mockOrg';
import { chooseContacts } from './chooseContacts';
import { chooseDepartments } from './chooseDepartments';
import { renderWithDingTalk } from './renderWithDingTalk';

function Teams() {
  const pick = useDepartmentsPicker({
    corpId: mockOrg.corpId,
    maxDepartments: 2,
    disabledDepartments: ['6'],
  });
  return (
    <>
      <button type="button" onClick={() => void pick.run().catch(() => {})}>
        选择团队
      </button>
      {pick.data && (
        <p>
          {pick.data.departments.map((department) => department.name).join('、')}，共 {pick.data.userCount} 人
        </p>
      )}
    </>
  );
}

describe('chooseDepartments', () => {
  it('chooses departments by name or id; the app gets their head counts', async () => {
    const { user } = renderWithDingTalk(<Teams />);
    await user.click(screen.getByRole('button', { name: '选择团队' }));
    expect(await screen.findByRole('dialog', { name: '选择部门' })).toBeTruthy();
    const chosen = await chooseDepartments(['前端组', '32']);
    expect(chosen.map((department) => department.name)).toEqual(['前端组', '服务端组']);
    expect(screen.getByText('前端组、服务端组，共 14 人')).toBeTruthy();
  });

  it('refuses a disabled department, the root, too many, and people', async () => {
    const { user } = renderWithDingTalk(<Teams />, { host: false });
    await user.click(screen.getByRole('button', { name: '选择团队' }));
    await expect(chooseDepartments(['人事行政部'])).rejects.toThrow(
      'the app disabled it (disabledDepartments)',
    );
    await expect(chooseDepartments(['钉滴示例科技'])).rejects.toThrow(/no department "钉滴示例科技"/);
    await expect(chooseDepartments(['产品部', '设计部', '市场部'])).rejects.toThrow(
      'at most 2 departments; 3 given.',
    );
    // A departments picker is no contact picker: chooseContacts waits for one, then says what waits.
    await expect(chooseContacts(['王芳'], { timeoutMs: 50 })).rejects.toThrow(
      /no biz\.contact\.choose or .* call was waiting for a person within 50 ms\.[\s\S]*Waiting instead: biz\.contact\.departmentsPicker \(#\d+\)\./,
    );
    await chooseDepartments(['设计部']);
    expect(screen.getByText('设计部，共 5 人')).toBeTruthy();
  });
});
