import type {
  ComplexPickerParams,
  ContactChooseParams,
  CustomContactMultipleChooseParams,
  DepartmentsPickerParams,
} from '@dingkit/core';
import { type ReactNode, useId, useState } from 'react';
import { avatarDataUrl } from '../avatarDataUrl';
import type { PendingCall } from '../MockController';
import type { MockDepartment, MockOrg, MockUser } from '../mockOrg';
import {
  allMembers,
  childDepartments,
  directMembers,
  findUser,
  rootDepartment,
  toContactUser,
  toPickedDepartment,
  toPickedUser,
} from '../orgQueries';
import { DialogShell } from './DialogShell';
import type { MockMessages } from './messages';

/** The pending calls the picker answers. */
export type PickerCall =
  | PendingCall<'biz.contact.choose'>
  | PendingCall<'biz.customContact.choose'>
  | PendingCall<'biz.customContact.multipleChoose'>
  | PendingCall<'biz.contact.complexPicker'>
  | PendingCall<'biz.contact.departmentsPicker'>;

/** What a picker offers and how it answers; the testing helpers choose by the same rules. */
export interface PickerConfig {
  title: string;
  /** Candidates: the organisation's tree, or a fixed list of people (custom contacts). */
  people: 'tree' | 'none' | MockUser[];
  departments: boolean;
  multiple: boolean;
  maxUsers: number | undefined;
  maxDepartments: number | undefined;
  pickedUsers: string[];
  pickedDepartments: string[];
  disabledUsers: ReadonlySet<string>;
  disabledDepartments: ReadonlySet<string>;
  requiredUsers: ReadonlySet<string>;
  requiredDepartments: ReadonlySet<string>;
  showCompany: boolean;
  limitTips: string | undefined;
  pickTips: string | undefined;
  finish: (users: MockUser[], departments: MockDepartment[]) => void;
}

// A custom organisation may leave avatars empty, as DingTalk may.
const avatarOf = (user: MockUser) => user.avatar || avatarDataUrl(user.name, user.emplId);

/** Preselected (required ones included), disabled and required departments of a picker's params. */
function departmentSelection(params: {
  pickedDepartments?: unknown;
  disabledDepartments?: unknown;
  requiredDepartments?: unknown;
}) {
  const required = ids(params.requiredDepartments);
  return {
    pickedDepartments: [...new Set([...required, ...ids(params.pickedDepartments)])],
    disabledDepartments: new Set(ids(params.disabledDepartments)),
    requiredDepartments: new Set(required),
  };
}

/** Everyone in the given departments and their sub-departments. */
const membersOf = (org: MockOrg, departments: MockDepartment[]): MockUser[] =>
  departments.flatMap((department) => allMembers(org, department.id));

const ids = (list: unknown): string[] =>
  Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];

/** The picker's rules for `call`: candidates, limits, preselected, disabled and required entries. */
export function configFor(call: PickerCall, org: MockOrg, t: MockMessages): PickerConfig {
  const none = new Set<string>();
  const base = {
    disabledUsers: none,
    disabledDepartments: none,
    requiredUsers: none,
    requiredDepartments: none,
    pickedDepartments: [] as string[],
    maxDepartments: undefined,
    showCompany: false,
    limitTips: undefined,
    pickTips: undefined,
  };
  switch (call.api) {
    case 'biz.contact.choose': {
      const params = call.params as ContactChooseParams;
      const multiple = params.multiple ?? true;
      return {
        ...base,
        title: t.chooseContacts,
        people: 'tree',
        departments: false,
        multiple,
        maxUsers: multiple ? params.max : undefined,
        pickedUsers: ids(params.users),
        finish: (users) => call.resolve(users.map(toContactUser)),
      };
    }
    case 'biz.customContact.choose':
    case 'biz.customContact.multipleChoose': {
      const params = call.params as CustomContactMultipleChooseParams;
      const multiple = call.api === 'biz.customContact.multipleChoose';
      return {
        ...base,
        title: params.title || t.chooseContacts,
        people: ids(params.users).map((id) => findUser(org, id)),
        departments: false,
        multiple,
        maxUsers: multiple ? params.max : undefined,
        pickedUsers: multiple ? ids(params.selectedUsers) : [],
        disabledUsers: new Set(multiple ? ids(params.disabledUsers) : []),
        showCompany: params.isShowCompanyName ?? false,
        finish: (users) =>
          (call as PendingCall<'biz.customContact.multipleChoose'>).resolve(users.map(toContactUser)),
      };
    }
    case 'biz.contact.complexPicker': {
      const params = call.params as ComplexPickerParams;
      return {
        ...base,
        title: params.title || t.chooseContactsAndDepartments,
        people: 'tree',
        departments: true,
        multiple: params.multiple ?? true,
        maxUsers: params.maxUsers,
        pickedUsers: [...new Set([...ids(params.requiredUsers), ...ids(params.pickedUsers)])],
        ...departmentSelection(params),
        disabledUsers: new Set(ids(params.disabledUsers)),
        requiredUsers: new Set(ids(params.requiredUsers)),
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
        title: params.title || t.chooseDepartments,
        people: 'none',
        departments: true,
        multiple: params.multiple ?? true,
        maxUsers: undefined,
        maxDepartments: params.maxDepartments,
        pickedUsers: [],
        ...departmentSelection(params),
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

/** Props of {@link PickerDialog}. */
export interface PickerDialogProps {
  call: PickerCall;
  org: MockOrg;
  t: MockMessages;
  container: HTMLElement | null | undefined;
}

/**
 * The contact pickers (choose, custom choose/multipleChoose, complexPicker, departmentsPicker):
 * search, a department tree to walk through, the chosen list, `max`, preselected, disabled and
 * required entries.
 */
export function PickerDialog({ call, org, t, container }: PickerDialogProps) {
  const [config] = useState(() => configFor(call, org, t));
  const root = rootDepartment(org);
  const [path, setPath] = useState<MockDepartment[]>(root ? [root] : []);
  const [query, setQuery] = useState('');
  const [users, setUsers] = useState<string[]>(config.pickedUsers);
  const [departments, setDepartments] = useState<string[]>(config.pickedDepartments);
  const group = useId();

  const usersFull = config.maxUsers !== undefined && users.length >= config.maxUsers;
  const departmentsFull = config.maxDepartments !== undefined && departments.length >= config.maxDepartments;
  const current = path[path.length - 1];
  const needle = query.trim().toLowerCase();
  const matches = (...texts: (string | undefined)[]) =>
    texts.some((text) => text?.toLowerCase().includes(needle));

  const candidates: MockUser[] = Array.isArray(config.people)
    ? config.people
    : config.people === 'tree'
      ? org.users
      : [];
  let shownDepartments: MockDepartment[] = [];
  let shownUsers: MockUser[] = [];
  if (needle) {
    shownUsers = candidates.filter((user) => matches(user.name, user.emplId, user.title));
    shownDepartments = config.departments
      ? org.departments.filter((d) => d.parentId !== undefined && matches(d.name))
      : [];
  } else if (Array.isArray(config.people)) {
    shownUsers = config.people;
  } else if (current) {
    shownDepartments = childDepartments(org, current.id);
    shownUsers = config.people === 'tree' ? directMembers(org, current.id) : [];
  }

  const toggleUser = (id: string, on: boolean) => {
    if (!config.multiple) setUsers(on ? [id] : []);
    else setUsers((list) => (on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id)));
  };
  const toggleDepartment = (id: string, on: boolean) => {
    if (!config.multiple) setDepartments(on ? [id] : []);
    else
      setDepartments((list) => (on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id)));
  };

  const chosenUsers = users.map((id) => candidates.find((user) => user.emplId === id) ?? findUser(org, id));
  const chosenDepartments = departments
    .map((id) => org.departments.find((department) => department.id === id))
    .filter((department): department is MockDepartment => department !== undefined);
  const count = chosenUsers.length + chosenDepartments.length;
  const limitReached = usersFull || departmentsFull;
  const tip = limitReached
    ? config.limitTips || t.maxReached((usersFull ? config.maxUsers : config.maxDepartments) ?? 0)
    : count === 0
      ? config.pickTips
      : undefined;

  return (
    <DialogShell
      onCancel={call.cancel}
      title={config.title}
      className="dkm-dialog--picker"
      container={container}
      t={t}
      footer={
        <>
          {tip && (
            <span className={`dkm-dialog__tip${limitReached ? ' dkm-dialog__tip--warn' : ''}`} role="status">
              {tip}
            </span>
          )}
          <button type="button" className="dkm-button" onClick={call.cancel}>
            {t.cancel}
          </button>
          <button
            type="button"
            className="dkm-button dkm-button--primary"
            onClick={() => config.finish(chosenUsers, chosenDepartments)}
          >
            {t.ok}
          </button>
        </>
      }
    >
      <div className="dkm-picker">
        <div className="dkm-picker__main">
          <div className="dkm-picker__search">
            <input
              type="search"
              className="dkm-input"
              aria-label={t.search}
              placeholder={config.people === 'none' ? t.search : t.searchPlaceholder}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
          {config.showCompany && <div className="dkm-picker__company">{org.name}</div>}
          {!needle && !Array.isArray(config.people) && (
            <nav aria-label={t.organisation}>
              <ol className="dkm-picker__crumbs">
                {path.map((department, index) => (
                  <li key={department.id}>
                    {index === path.length - 1 ? (
                      <span aria-current="location">{department.name}</span>
                    ) : (
                      <button
                        type="button"
                        className="dkm-link"
                        onClick={() => setPath(path.slice(0, index + 1))}
                      >
                        {department.name}
                      </button>
                    )}
                  </li>
                ))}
              </ol>
            </nav>
          )}
          <ul className="dkm-picker__list" aria-label={config.title}>
            {shownDepartments.map((department) => {
              const checked = departments.includes(department.id);
              const required = config.requiredDepartments.has(department.id);
              const disabled =
                required ||
                config.disabledDepartments.has(department.id) ||
                (!checked && departmentsFull && config.multiple);
              const hasChildren =
                childDepartments(org, department.id).length > 0 ||
                (config.people === 'tree' && directMembers(org, department.id).length > 0);
              const members = allMembers(org, department.id).length;
              return (
                <li
                  key={`d${department.id}`}
                  className={`dkm-option${disabled ? ' dkm-option--disabled' : ''}`}
                >
                  {config.departments ? (
                    <label>
                      <input
                        type={config.multiple ? 'checkbox' : 'radio'}
                        name={group}
                        checked={checked}
                        disabled={disabled}
                        onChange={(event) => toggleDepartment(department.id, event.target.checked)}
                      />
                      <span className="dkm-folder" aria-hidden="true">
                        ▤
                      </span>
                      <span className="dkm-option__text">
                        <span className="dkm-option__name">{department.name}</span>
                        <span className="dkm-option__sub">{t.members(members)}</span>
                      </span>
                    </label>
                  ) : (
                    <span className="dkm-option__text">
                      <span className="dkm-option__name">{department.name}</span>
                      <span className="dkm-option__sub">{t.members(members)}</span>
                    </span>
                  )}
                  {hasChildren && !needle && (
                    <button
                      type="button"
                      className="dkm-link dkm-option__enter"
                      aria-label={t.enter(department.name)}
                      onClick={() => setPath([...path, department])}
                    >
                      ›
                    </button>
                  )}
                </li>
              );
            })}
            {shownUsers.map((user) => {
              const checked = users.includes(user.emplId);
              const required = config.requiredUsers.has(user.emplId);
              const disabled =
                required ||
                config.disabledUsers.has(user.emplId) ||
                (!checked && usersFull && config.multiple);
              return (
                <li
                  key={`u${user.emplId}`}
                  className={`dkm-option${disabled ? ' dkm-option--disabled' : ''}`}
                >
                  <label>
                    <input
                      type={config.multiple ? 'checkbox' : 'radio'}
                      name={group}
                      checked={checked}
                      disabled={disabled}
                      onChange={(event) => toggleUser(user.emplId, event.target.checked)}
                    />
                    <img className="dkm-avatar" src={avatarOf(user)} alt="" />
                    <span className="dkm-option__text">
                      <span className="dkm-option__name">{user.name}</span>
                      {user.title && <span className="dkm-option__sub">{user.title}</span>}
                    </span>
                  </label>
                </li>
              );
            })}
            {needle && shownUsers.length === 0 && shownDepartments.length === 0 && (
              <li className="dkm-picker__empty">{t.noResults}</li>
            )}
          </ul>
        </div>
        <div className="dkm-picker__side">
          <h3>{t.selected(count)}</h3>
          <ul className="dkm-chips" aria-label={t.selected(count)}>
            {chosenDepartments.map((department) => (
              <Chip
                key={`d${department.id}`}
                icon={
                  <span className="dkm-folder" aria-hidden="true">
                    ▤
                  </span>
                }
                name={department.name}
                removeLabel={t.remove(department.name)}
                onRemove={
                  config.requiredDepartments.has(department.id)
                    ? undefined
                    : () => toggleDepartment(department.id, false)
                }
              />
            ))}
            {chosenUsers.map((user) => (
              <Chip
                key={`u${user.emplId}`}
                icon={<img className="dkm-avatar" src={avatarOf(user)} alt="" />}
                name={user.name}
                removeLabel={t.remove(user.name)}
                onRemove={
                  config.requiredUsers.has(user.emplId) ? undefined : () => toggleUser(user.emplId, false)
                }
              />
            ))}
          </ul>
        </div>
      </div>
    </DialogShell>
  );
}

/** One chosen person or department; without `onRemove` it cannot be removed (preselected and required). */
function Chip({
  icon,
  name,
  removeLabel,
  onRemove,
}: {
  icon: ReactNode;
  name: string;
  removeLabel: string;
  onRemove: (() => void) | undefined;
}) {
  return (
    <li className="dkm-chip">
      {icon}
      <span className="dkm-chip__name">{name}</span>
      {onRemove && (
        <button type="button" className="dkm-icon-button" aria-label={removeLabel} onClick={onRemove}>
          ×
        </button>
      )}
    </li>
  );
}
