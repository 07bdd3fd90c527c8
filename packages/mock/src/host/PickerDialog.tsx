import { useId, useState } from 'react';
import { avatarDataUrl } from '../avatarDataUrl';
import type { MockDepartment, MockOrg, MockUser } from '../mockOrg';
import { allMembers, childDepartments, directMembers, findUser, rootDepartment } from '../orgQueries';
import { DialogActions } from './DialogActions';
import { DialogShell } from './DialogShell';
import { useHost } from './HostContext';
import { PickerChip, PickerOption } from './PickerOption';
import { configFor, isFull, isLocked, type PickerCall, toggle } from './pickerConfig';

/** Props of {@link PickerDialog}. */
export interface PickerDialogProps {
  call: PickerCall;
  org: MockOrg;
}

// A custom organisation may leave avatars empty, as DingTalk may.
const avatarOf = (user: MockUser) => user.avatar || avatarDataUrl(user.name, user.emplId);
const avatar = (user: MockUser) => <img className="dkm-avatar" src={avatarOf(user)} alt="" />;
const folder = (
  <span className="dkm-folder" aria-hidden="true">
    ▤
  </span>
);

/**
 * The contact pickers (choose, custom choose/multipleChoose, complexPicker, departmentsPicker):
 * search, a department tree to walk through, the chosen list, `max`, preselected, disabled and
 * required entries, by the rules of `configFor`.
 */
export function PickerDialog({ call, org }: PickerDialogProps) {
  const { t } = useHost();
  const [config] = useState(() => configFor(call, org));
  const root = rootDepartment(org);
  const [path, setPath] = useState<MockDepartment[]>(root ? [root] : []);
  const [query, setQuery] = useState('');
  const [users, setUsers] = useState(config.users.picked);
  const [departments, setDepartments] = useState(config.units.picked);
  const group = useId();
  const { multiple } = config;
  const toggleUser = (id: string, on: boolean) => setUsers((list) => toggle(list, id, on, multiple));
  const toggleDepartment = (id: string, on: boolean) =>
    setDepartments((list) => toggle(list, id, on, multiple));

  const title = config.title ?? t[config.defaultTitle];
  const usersFull = isFull(config.users, users);
  const departmentsFull = isFull(config.units, departments);
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

  const chosenUsers = users.map((id) => candidates.find((user) => user.emplId === id) ?? findUser(org, id));
  const chosenDepartments = departments
    .map((id) => org.departments.find((department) => department.id === id))
    .filter((department): department is MockDepartment => department !== undefined);
  const count = chosenUsers.length + chosenDepartments.length;
  const limitReached = usersFull || departmentsFull;
  const tip = limitReached
    ? config.limitTips || t.maxReached((usersFull ? config.users.max : config.units.max) ?? 0)
    : count === 0
      ? config.pickTips
      : undefined;

  return (
    <DialogShell
      onCancel={call.cancel}
      title={title}
      className="dkm-dialog--picker"
      footer={
        <DialogActions onCancel={call.cancel} onConfirm={() => config.finish(chosenUsers, chosenDepartments)}>
          {tip && (
            <span className={`dkm-dialog__tip${limitReached ? ' dkm-dialog__tip--warn' : ''}`} role="status">
              {tip}
            </span>
          )}
        </DialogActions>
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
          <ul className="dkm-picker__list" aria-label={title}>
            {shownDepartments.map((department) => {
              const hasChildren =
                childDepartments(org, department.id).length > 0 ||
                (config.people === 'tree' && directMembers(org, department.id).length > 0);
              return (
                <PickerOption
                  key={`d${department.id}`}
                  group={group}
                  multiple={multiple}
                  choosable={config.departments}
                  checked={departments.includes(department.id)}
                  locked={isLocked(config.units, departments, department.id, multiple)}
                  onToggle={(on) => toggleDepartment(department.id, on)}
                  icon={folder}
                  name={department.name}
                  detail={t.members(allMembers(org, department.id).length)}
                >
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
                </PickerOption>
              );
            })}
            {shownUsers.map((user) => (
              <PickerOption
                key={`u${user.emplId}`}
                group={group}
                multiple={multiple}
                choosable
                checked={users.includes(user.emplId)}
                locked={isLocked(config.users, users, user.emplId, multiple)}
                onToggle={(on) => toggleUser(user.emplId, on)}
                icon={avatar(user)}
                name={user.name}
                detail={user.title}
              />
            ))}
            {needle && shownUsers.length === 0 && shownDepartments.length === 0 && (
              <li className="dkm-picker__empty">{t.noResults}</li>
            )}
          </ul>
        </div>
        <div className="dkm-picker__side">
          <h3>{t.selected(count)}</h3>
          <ul className="dkm-chips" aria-label={t.selected(count)}>
            {chosenDepartments.map((department) => (
              <PickerChip
                key={`d${department.id}`}
                icon={folder}
                name={department.name}
                removeLabel={t.remove(department.name)}
                onRemove={
                  config.units.required.has(department.id)
                    ? undefined
                    : () => toggleDepartment(department.id, false)
                }
              />
            ))}
            {chosenUsers.map((user) => (
              <PickerChip
                key={`u${user.emplId}`}
                icon={avatar(user)}
                name={user.name}
                removeLabel={t.remove(user.name)}
                onRemove={
                  config.users.required.has(user.emplId) ? undefined : () => toggleUser(user.emplId, false)
                }
              />
            ))}
          </ul>
        </div>
      </div>
    </DialogShell>
  );
}
