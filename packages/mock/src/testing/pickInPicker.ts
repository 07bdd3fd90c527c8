import { configFor, type PickerCall } from '../host/pickerConfig';
import type { MockDepartment, MockOrg, MockUser } from '../mockOrg';
import { findUser } from '../orgQueries';

/** What a person chose in a picker, and how to confirm it. */
export interface Picked {
  users: MockUser[];
  departments: MockDepartment[];
  /** Presses 确定: the picker answers the app as the host's dialog does. */
  confirm: () => void;
}

const listed = (names: string[]) =>
  names.length > 12 ? `${names.slice(0, 12).join(', ')} … (${names.length} in all)` : names.join(', ');

function findOne<T>(
  helper: string,
  kind: string,
  candidates: readonly T[],
  key: string,
  id: (item: T) => string,
  name: (item: T) => string,
): T {
  const byId = candidates.find((item) => id(item) === key);
  if (byId) return byId;
  const byName = candidates.filter((item) => name(item) === key);
  if (byName.length === 1) return byName[0] as T;
  if (byName.length > 1) {
    throw new Error(
      `${helper}: more than one ${kind} is called ${key} (${byName.map(id).join(', ')}): pass the id instead.`,
    );
  }
  throw new Error(
    `${helper}: no ${kind} ${JSON.stringify(key)} in this picker. Pass a name or id of: ${listed(candidates.map(name))}.`,
  );
}

/**
 * Chooses `people` and `departments` (names or ids) in a picker by the rules the host's dialog
 * follows: the picker's candidates only, nothing disabled, one of each without `multiple`, no more
 * than its maximum; required entries stay chosen. Throws for what a person could not choose.
 */
export function pickInPicker(
  helper: string,
  call: PickerCall,
  org: MockOrg,
  people: readonly string[],
  departments: readonly string[],
): Picked {
  const config = configFor(call, org);
  if (people.length > 0 && config.people === 'none') {
    throw new Error(`${helper}: ${call.api} chooses departments, not people: use chooseDepartments().`);
  }
  if (departments.length > 0 && !config.departments) {
    throw new Error(`${helper}: ${call.api} chooses people, not departments.`);
  }
  const candidates: readonly MockUser[] = Array.isArray(config.people)
    ? config.people
    : config.people === 'tree'
      ? org.users
      : [];
  // The root is where the picker starts; only the departments below it can be chosen.
  const units = org.departments.filter((department) => department.parentId !== undefined);
  const named = people.map((key) =>
    findOne(
      helper,
      'person',
      candidates,
      key,
      (u) => u.emplId,
      (u) => u.name,
    ),
  );
  const namedUnits = departments.map((key) =>
    findOne(
      helper,
      'department',
      units,
      key,
      (d) => d.id,
      (d) => d.name,
    ),
  );
  for (const user of named) {
    if (config.users.disabled.has(user.emplId)) {
      throw new Error(
        `${helper}: ${user.name} (${user.emplId}) cannot be chosen: the app disabled them (disabledUsers).`,
      );
    }
  }
  for (const unit of namedUnits) {
    if (config.units.disabled.has(unit.id)) {
      throw new Error(
        `${helper}: ${unit.name} (${unit.id}) cannot be chosen: the app disabled it (disabledDepartments).`,
      );
    }
  }
  const users = unique(
    [
      ...[...config.users.required].map((id) => candidates.find((u) => u.emplId === id) ?? findUser(org, id)),
      ...named,
    ],
    (u) => u.emplId,
  );
  const chosenUnits = unique(
    [...units.filter((unit) => config.units.required.has(unit.id)), ...namedUnits],
    (d) => d.id,
  );
  if (!config.multiple && (users.length > 1 || chosenUnits.length > 1)) {
    throw new Error(
      `${helper}: ${call.api} was opened with multiple: false, so a person can choose only one.`,
    );
  }
  if (config.users.max !== undefined && users.length > config.users.max) {
    throw new Error(
      `${helper}: ${call.api} lets a person choose at most ${config.users.max} people; ${users.length} given.`,
    );
  }
  if (config.units.max !== undefined && chosenUnits.length > config.units.max) {
    throw new Error(
      `${helper}: ${call.api} lets a person choose at most ${config.units.max} departments; ${chosenUnits.length} given.`,
    );
  }
  return { users, departments: chosenUnits, confirm: () => config.finish(users, chosenUnits) };
}

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
