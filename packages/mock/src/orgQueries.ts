import type { ContactUser, PickedDepartment, PickedUser } from '@dingkit/core';
import { avatarDataUrl } from './avatarDataUrl';
import type { MockDepartment, MockOrg, MockUser } from './mockOrg';

/** The root department (the one without a parent). */
export function rootDepartment(org: MockOrg): MockDepartment | undefined {
  return org.departments.find((department) => department.parentId === undefined);
}

/** Direct sub-departments of `id`, in fixture order. */
export function childDepartments(org: MockOrg, id: string): MockDepartment[] {
  return org.departments.filter((department) => department.parentId === id);
}

/** `id` and every department below it. */
export function departmentTree(org: MockOrg, id: string): Set<string> {
  const ids = new Set([id]);
  // A custom org may list children before their parents: repeat until nothing is added.
  let size = 0;
  while (size !== ids.size) {
    size = ids.size;
    for (const department of org.departments) {
      if (department.parentId !== undefined && ids.has(department.parentId)) ids.add(department.id);
    }
  }
  return ids;
}

/** People directly in department `id`. */
export function directMembers(org: MockOrg, id: string): MockUser[] {
  return org.users.filter((user) => user.departmentIds.includes(id));
}

/** People in department `id` or below it. */
export function allMembers(org: MockOrg, id: string): MockUser[] {
  const ids = departmentTree(org, id);
  return org.users.filter((user) => user.departmentIds.some((departmentId) => ids.has(departmentId)));
}

/** The person with userid `id`; an unknown id gets a stand-in so app-supplied ids still render. */
export function findUser(org: MockOrg, id: string): MockUser {
  return (
    org.users.find((user) => user.emplId === id) ?? {
      emplId: id,
      name: `用户${id}`,
      avatar: avatarDataUrl(`用户${id}`, id),
      departmentIds: [],
    }
  );
}

/** What `biz.contact.choose` and the custom-contact pickers return for a person. */
export function toContactUser(user: MockUser): ContactUser {
  return { name: user.name, avatar: user.avatar, emplId: user.emplId };
}

/** What `biz.contact.complexPicker` returns for a person. */
export function toPickedUser(org: MockOrg, user: MockUser): PickedUser {
  const department = org.departments.find((d) => d.id === user.departmentIds[0]);
  return {
    ...toContactUser(user),
    corpId: org.corpId,
    ...(department ? { selectDeptId: Number(department.id), selectDeptName: department.name } : {}),
  };
}

/** What the pickers return for a department (`number` is its head count, sub-departments included). */
export function toPickedDepartment(org: MockOrg, department: MockDepartment): PickedDepartment {
  return { id: department.id, name: department.name, number: allMembers(org, department.id).length };
}
