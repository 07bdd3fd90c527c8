import type { PickerCall } from '../host/pickerConfig';
import type { MockDepartment } from '../mockOrg';
import { type AnswerOptions, answerPending } from './answerPending';
import { pickInPicker } from './pickInPicker';

/**
 * The person chooses `departments` (names or ids of the mock's organisation, e.g. `['设计部']`) in
 * the latest `biz.contact.departmentsPicker` (`useDepartmentsPicker`) or
 * `biz.contact.complexPicker` and presses 确定, waiting for the picker to open if it has not yet.
 * The app gets what the host's picker returns (head counts included). Rejects for what the picker
 * would not allow; required departments stay chosen. Resolves with the departments chosen.
 *
 * @example
 * await chooseDepartments(['前端组', '服务端组']);
 */
export async function chooseDepartments(
  departments: readonly string[],
  options?: AnswerOptions,
): Promise<MockDepartment[]> {
  const helper = `chooseDepartments(${JSON.stringify(departments)})`;
  let chosen: MockDepartment[] = [];
  await answerPending(
    { helper, apis: ['biz.contact.departmentsPicker', 'biz.contact.complexPicker'] },
    (call, controller) => {
      const picked = pickInPicker(helper, call as PickerCall, controller.org, [], departments);
      chosen = picked.departments;
      return picked.confirm;
    },
    options,
  );
  return chosen;
}
