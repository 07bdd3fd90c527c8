// The contact and department pickers' rules, apart from how they look: what a picker offers, what
// is chosen when it opens, what cannot be changed, and what it answers. The host's dialog and the
// testing helpers (`chooseContacts`, `chooseDepartments`) choose by these same rules.
import type {
  ComplexPickerParams,
  ContactChooseParams,
  CustomContactMultipleChooseParams,
  DepartmentsPickerParams,
} from '@dingkit/core';
import type { PendingCall } from '../MockController';
import type { MockDepartment, MockOrg, MockUser } from '../mockOrg';
import { allMembers, findUser, toContactUser, toPickedDepartment, toPickedUser } from '../orgQueries';

/** The pending calls a picker answers. */
export type PickerCall =
  | PendingCall<'biz.contact.choose'>
  | PendingCall<'biz.customContact.choose'>
  | PendingCall<'biz.customContact.multipleChoose'>
  | PendingCall<'biz.contact.complexPicker'>
  | PendingCall<'biz.contact.departmentsPicker'>;

const pickerApis: ReadonlySet<string> = new Set<PickerCall['api']>([
  'biz.contact.choose',
  'biz.customContact.choose',
  'biz.customContact.multipleChoose',
  'biz.contact.complexPicker',
  'biz.contact.departmentsPicker',
]);

/** Whether a picker answers `call`. */
export const isPickerCall = (call: PendingCall): call is PickerCall => pickerApis.has(call.api);

/** What may be chosen of one kind (people, or departments), by id. */
export interface ChoiceRules {
  /** Chosen when the picker opens, the required ones included. */
  picked: string[];
  /** Offered but not choosable (the app's `disabledUsers`, `disabledDepartments`). */
  disabled: ReadonlySet<string>;
  /** Chosen and not removable (the app's `requiredUsers`, `requiredDepartments`). */
  required: ReadonlySet<string>;
  /** At most this many; no limit when `undefined`. */
  max: number | undefined;
}

/** What a picker offers and how it answers. */
export interface PickerConfig {
  /** The app's title; the picker's own name when `undefined`. */
  title: string | undefined;
  /** The picker's own name, when the app gives no title. */
  defaultTitle: 'chooseContacts' | 'chooseDepartments' | 'chooseContactsAndDepartments';
  /** Candidates: the organisation's tree, nobody (departments only), or a fixed list of people. */
  people: 'tree' | 'none' | MockUser[];
  /** Whether departments can be chosen (otherwise they are only walked through). */
  departments: boolean;
  /** More than one of each; otherwise one person and one department at most. */
  multiple: boolean;
  users: ChoiceRules;
  units: ChoiceRules;
  /** Shows the organisation's name above the list. */
  showCompany: boolean;
  /** The app's text when a limit is reached. */
  limitTips: string | undefined;
  /** The app's text while nothing is chosen. */
  pickTips: string | undefined;
  /** Answers the call with what was chosen. */
  finish: (users: MockUser[], departments: MockDepartment[]) => void;
}

const ids = (list: unknown): string[] =>
  Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];

const none: ReadonlySet<string> = new Set();
const nothing: ChoiceRules = { picked: [], disabled: none, required: none, max: undefined };

/** The rules of one kind from the app's `picked`, `disabled` and `required` lists and `max`. */
function choice(picked: unknown, disabled: unknown, required: unknown, max: number | undefined): ChoiceRules {
  const must = ids(required);
  return {
    picked: [...new Set([...must, ...ids(picked)])],
    disabled: new Set(ids(disabled)),
    required: new Set(must),
    max,
  };
}

/** Everyone in the given departments and their sub-departments. */
const membersOf = (org: MockOrg, departments: MockDepartment[]): MockUser[] =>
  departments.flatMap((department) => allMembers(org, department.id));

/** The picker's rules for `call`: candidates, limits, preselected, disabled and required entries. */
export function configFor(call: PickerCall, org: MockOrg): PickerConfig {
  const base = { units: nothing, showCompany: false, limitTips: undefined, pickTips: undefined };
  switch (call.api) {
    case 'biz.contact.choose': {
      const params = call.params as ContactChooseParams;
      const multiple = params.multiple ?? true;
      return {
        ...base,
        title: undefined,
        defaultTitle: 'chooseContacts',
        people: 'tree',
        departments: false,
        multiple,
        users: choice(params.users, [], [], multiple ? params.max : undefined),
        finish: (users) => call.resolve(users.map(toContactUser)),
      };
    }
    case 'biz.customContact.choose':
    case 'biz.customContact.multipleChoose': {
      const params = call.params as CustomContactMultipleChooseParams;
      const multiple = call.api === 'biz.customContact.multipleChoose';
      return {
        ...base,
        title: params.title || undefined,
        defaultTitle: 'chooseContacts',
        people: ids(params.users).map((id) => findUser(org, id)),
        departments: false,
        multiple,
        users: multiple
          ? choice(params.selectedUsers, params.disabledUsers, [], params.max)
          : choice([], [], [], undefined),
        showCompany: params.isShowCompanyName ?? false,
        finish: (users) =>
          (call as PendingCall<'biz.customContact.multipleChoose'>).resolve(users.map(toContactUser)),
      };
    }
    case 'biz.contact.complexPicker': {
      const params = call.params as ComplexPickerParams;
      return {
        ...base,
        title: params.title || undefined,
        defaultTitle: 'chooseContactsAndDepartments',
        people: 'tree',
        departments: true,
        multiple: params.multiple ?? true,
        users: choice(params.pickedUsers, params.disabledUsers, params.requiredUsers, params.maxUsers),
        units: choice(
          params.pickedDepartments,
          params.disabledDepartments,
          params.requiredDepartments,
          undefined,
        ),
        limitTips: params.limitTips,
        pickTips: params.pickTips,
        finish: (users, departments) => {
          const everyone = new Map(users.map((user) => [user.emplId, user]));
          for (const member of membersOf(org, departments)) everyone.set(member.emplId, member);
          const userOnly = params.responseUserOnly ?? false;
          const returned = userOnly ? [...everyone.values()] : users;
          call.resolve({
            selectedCount: everyone.size,
            users: returned.map((user) => toPickedUser(org, user)),
            departments: userOnly ? [] : departments.map((department) => toPickedDepartment(org, department)),
          });
        },
      };
    }
    case 'biz.contact.departmentsPicker': {
      const params = call.params as DepartmentsPickerParams;
      return {
        ...base,
        title: params.title || undefined,
        defaultTitle: 'chooseDepartments',
        people: 'none',
        departments: true,
        multiple: params.multiple ?? true,
        users: nothing,
        units: choice(
          params.pickedDepartments,
          params.disabledDepartments,
          params.requiredDepartments,
          params.maxDepartments,
        ),
        limitTips: params.limitTips,
        finish: (_users, departments) => {
          const people = new Set(membersOf(org, departments).map((member) => member.emplId));
          call.resolve({
            userCount: people.size,
            departments: departments.map((department) => toPickedDepartment(org, department)),
            departmentsCount: departments.length,
          });
        },
      };
    }
  }
}

/** Whether `chosen` holds as many as `rules` allow. */
export const isFull = (rules: ChoiceRules, chosen: readonly string[]): boolean =>
  rules.max !== undefined && chosen.length >= rules.max;

/**
 * Whether a person cannot check or uncheck `id`: it is required or disabled, or it is unchecked
 * and a multiple picker is full (a single one swaps instead).
 */
export function isLocked(
  rules: ChoiceRules,
  chosen: readonly string[],
  id: string,
  multiple: boolean,
): boolean {
  if (rules.required.has(id) || rules.disabled.has(id)) return true;
  return multiple && !chosen.includes(id) && isFull(rules, chosen);
}

/** `chosen` after checking (`on`) or unchecking `id`; a single picker holds one at most. */
export function toggle(chosen: readonly string[], id: string, on: boolean, multiple: boolean): string[] {
  if (!multiple) return on ? [id] : [];
  const others = chosen.filter((other) => other !== id);
  return on ? [...others, id] : others;
}
