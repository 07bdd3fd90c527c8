import { describe, expect, it } from 'vitest';
import { createMockBridge } from '../createMockBridge';
import type { PendingCall } from '../MockController';
import { mockOrg } from '../mockOrg';
import { findUser } from '../orgQueries';
import { configFor, isFull, isLocked, isPickerCall, type PickerCall, toggle } from './pickerConfig';

const corpId = mockOrg.corpId;
const users = (...ids: string[]) => ids.map((id) => findUser(mockOrg, id));
const department = (id: string) => {
  const found = mockOrg.departments.find((entry) => entry.id === id);
  if (!found) throw new Error(`no department ${id} in the fixture`);
  return found;
};

/** Opens a picker on a mock bridge: its pending call, and what the app will get. */
async function open<A extends PickerCall['api']>(api: A, params: Record<string, unknown>) {
  const { bridge, controller } = createMockBridge();
  const result = bridge.call(api, { corpId, ...params } as never);
  // A call rejected before any picker opens fails the test at once instead of waiting.
  const call = await Promise.race([
    controller.waitForPending(api),
    result.then(() => Promise.reject(new Error(`${api} settled without a picker`))),
  ]);
  if (!isPickerCall(call)) throw new Error(`${api} is no picker call`);
  return { call, result, config: configFor(call, controller.org) };
}

describe('configFor', () => {
  it('biz.contact.choose: people of the tree, several by default, max only when multiple', async () => {
    const { config, result } = await open('biz.contact.choose', { users: ['0102'], max: 3 });
    expect(config).toMatchObject({
      title: undefined,
      defaultTitle: 'chooseContacts',
      people: 'tree',
      departments: false,
      multiple: true,
    });
    expect(config.users).toMatchObject({ picked: ['0102'], max: 3 });
    config.finish(users('0102', '0103'), []);
    expect(await result).toEqual([
      { name: '王芳', avatar: expect.any(String), emplId: '0102' },
      { name: '李娜', avatar: expect.any(String), emplId: '0103' },
    ]);

    const single = await open('biz.contact.choose', { multiple: false, max: 3 });
    expect(single.config).toMatchObject({ multiple: false, users: { max: undefined } });
    single.call.cancel();
    await expect(single.result).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('biz.customContact.multipleChoose: only the listed people, with selected and disabled ones', async () => {
    const { config } = await open('biz.customContact.multipleChoose', {
      title: '参会人',
      users: ['0102', '0103', '0104'],
      selectedUsers: ['0103'],
      disabledUsers: ['0104'],
      max: 2,
      isShowCompanyName: true,
    });
    expect(config.title).toBe('参会人');
    expect(Array.isArray(config.people) && config.people.map((user) => user.name)).toEqual([
      '王芳',
      '李娜',
      '刘洋',
    ]);
    expect(config.users.picked).toEqual(['0103']);
    expect([...config.users.disabled]).toEqual(['0104']);
    expect(config).toMatchObject({ multiple: true, showCompany: true, users: { max: 2 } });
  });

  it('biz.customContact.choose: one person, nothing preselected or disabled', async () => {
    const { config } = await open('biz.customContact.choose', {
      users: ['0102', '0103'],
      selectedUsers: ['0103'],
      disabledUsers: ['0102'],
    });
    expect(config.multiple).toBe(false);
    expect(config.users).toMatchObject({ picked: [], max: undefined });
    expect(config.users.disabled.size).toBe(0);
  });

  it('biz.contact.complexPicker: required entries are picked first; departments count their members', async () => {
    const { config, result } = await open('biz.contact.complexPicker', {
      title: '选择参与人',
      pickedUsers: ['0103'],
      requiredUsers: ['0102'],
      maxUsers: 5,
      pickedDepartments: ['2'],
      requiredDepartments: ['31'],
      disabledDepartments: ['6'],
      limitTips: '最多 5 人',
    });
    expect(config).toMatchObject({
      people: 'tree',
      departments: true,
      multiple: true,
      limitTips: '最多 5 人',
    });
    expect(config.users.picked).toEqual(['0102', '0103']);
    expect([...config.users.required]).toEqual(['0102']);
    expect(config.units.picked).toEqual(['31', '2']);
    expect([...config.units.disabled]).toEqual(['6']);

    // 张伟 alone, and 前端组's 7 people: the count has everyone, the users only those chosen.
    config.finish(users('0101'), [department('31')]);
    const answer = await result;
    expect(answer).toMatchObject({
      selectedCount: 8,
      users: [{ emplId: '0101', corpId, selectDeptId: 1, selectDeptName: '钉滴示例科技' }],
      departments: [{ id: '31', name: '前端组', number: 7 }],
    });
  });

  it('biz.contact.complexPicker with responseUserOnly: the departments come back as their people', async () => {
    const { config, result } = await open('biz.contact.complexPicker', { responseUserOnly: true });
    config.finish(users('0101'), [department('4')]);
    const answer = await result;
    expect(answer.departments).toEqual([]);
    expect(answer.users?.map((user) => user.name)).toEqual(['张伟', '梁爽', '谢宇', '宋佳', '唐亮', '许倩']);
    expect(answer.selectedCount).toBe(6);
  });

  it('biz.contact.departmentsPicker: no people; answers the head count once per person', async () => {
    const { config, result } = await open('biz.contact.departmentsPicker', {
      title: '选择团队',
      maxDepartments: 2,
      multiple: false,
    });
    expect(config).toMatchObject({ title: '选择团队', people: 'none', departments: true, multiple: false });
    expect(config.units.max).toBe(2);
    expect(config.users).toMatchObject({ picked: [], max: undefined });
    // 研发部 holds 前端组: its people are counted once.
    config.finish([], [department('3'), department('31')]);
    expect(await result).toMatchObject({ userCount: 15, departmentsCount: 2 });
  });

  it('uses the picker’s own name when the app’s title is empty', async () => {
    const { config } = await open('biz.contact.departmentsPicker', { title: '' });
    expect(config).toMatchObject({ title: undefined, defaultTitle: 'chooseDepartments' });
  });
});

describe('isPickerCall', () => {
  it('tells the pickers from other dialogs', async () => {
    const { bridge, controller } = createMockBridge();
    void bridge.call('device.notification.alert', { message: 'x' }).catch(() => {});
    const alert: PendingCall = await controller.waitForPending('device.notification.alert');
    expect(isPickerCall(alert)).toBe(false);
    const { call } = await open('biz.contact.complexPicker', {});
    expect(isPickerCall(call)).toBe(true);
  });
});

describe('the choice rules', () => {
  const rules = { picked: [], disabled: new Set(['9']), required: new Set(['1']), max: 2 };

  it('isFull: as many as the maximum; never without one', () => {
    expect(isFull(rules, ['1'])).toBe(false);
    expect(isFull(rules, ['1', '2'])).toBe(true);
    expect(isFull({ ...rules, max: undefined }, ['1', '2', '3'])).toBe(false);
  });

  it('isLocked: required and disabled entries, and unchecked ones of a full multiple picker', () => {
    expect(isLocked(rules, [], '1', true)).toBe(true);
    expect(isLocked(rules, [], '9', false)).toBe(true);
    expect(isLocked(rules, ['1', '2'], '3', true)).toBe(true);
    // A checked entry of a full picker can still be unchecked; a single picker swaps.
    expect(isLocked(rules, ['1', '2'], '2', true)).toBe(false);
    expect(isLocked(rules, ['1', '2'], '3', false)).toBe(false);
  });

  it('toggle: adds last, removes, and keeps one at most in a single picker', () => {
    expect(toggle(['1', '2'], '3', true, true)).toEqual(['1', '2', '3']);
    expect(toggle(['1', '2'], '1', true, true)).toEqual(['2', '1']);
    expect(toggle(['1', '2'], '1', false, true)).toEqual(['2']);
    expect(toggle(['1'], '2', true, false)).toEqual(['2']);
    expect(toggle(['1'], '1', false, false)).toEqual([]);
  });
});
