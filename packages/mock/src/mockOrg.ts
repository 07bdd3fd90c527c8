import type { ContactUser } from '@dingkit/core';
import { avatarDataUrl } from './avatarDataUrl';

/** A department of a mock organisation. */
export interface MockDepartment {
  /** 部门id, as the pickers return it. */
  id: string;
  /** 部门名称. */
  name: string;
  /** The parent department; omitted for the root. */
  parentId?: string;
}

/** A person of a mock organisation: what the pickers return, plus where they sit. */
export interface MockUser extends ContactUser {
  /** The departments the person belongs to (ids). */
  departmentIds: string[];
  /** 职位, shown in the pickers. */
  title?: string;
}

/** The organisation the mock's pickers choose from and its auth codes sign in to. */
export interface MockOrg {
  /** 企业ID. */
  corpId: string;
  /** 企业名称, shown when a picker asks for the company name. */
  name: string;
  /** Departments; exactly one has no `parentId` (the root). */
  departments: MockDepartment[];
  /** People, in the order the pickers list them. */
  users: MockUser[];
}

const departments: MockDepartment[] = [
  { id: '1', name: '钉滴示例科技' },
  { id: '2', name: '产品部', parentId: '1' },
  { id: '3', name: '研发部', parentId: '1' },
  { id: '31', name: '前端组', parentId: '3' },
  { id: '32', name: '服务端组', parentId: '3' },
  { id: '4', name: '设计部', parentId: '1' },
  { id: '5', name: '市场部', parentId: '1' },
  { id: '6', name: '人事行政部', parentId: '1' },
];

// [name, department, title]; userids are assigned in order from 0101.
const people: [string, string, string][] = [
  ['张伟', '1', '首席执行官'],
  ['王芳', '2', '产品总监'],
  ['李娜', '2', '高级产品经理'],
  ['刘洋', '2', '产品经理'],
  ['陈静', '2', '产品经理'],
  ['杨帆', '2', '产品助理'],
  ['赵磊', '3', '技术总监'],
  ['黄婷', '31', '前端负责人'],
  ['周杰', '31', '高级前端工程师'],
  ['吴敏', '31', '前端工程师'],
  ['徐强', '31', '前端工程师'],
  ['孙丽', '31', '前端工程师'],
  ['马超', '31', '测试工程师'],
  ['朱琳', '31', '前端实习生'],
  ['胡斌', '32', '服务端负责人'],
  ['郭晶', '32', '高级服务端工程师'],
  ['何涛', '32', '服务端工程师'],
  ['高洁', '32', '服务端工程师'],
  ['林峰', '32', '运维工程师'],
  ['罗欣', '32', '数据工程师'],
  ['郑凯', '32', '安全工程师'],
  ['梁爽', '4', '设计总监'],
  ['谢宇', '4', '交互设计师'],
  ['宋佳', '4', '视觉设计师'],
  ['唐亮', '4', '视觉设计师'],
  ['许倩', '4', '用户研究员'],
  ['韩冰', '5', '市场总监'],
  ['冯雪', '5', '品牌经理'],
  ['邓楠', '5', '渠道经理'],
  ['曹阳', '5', '市场专员'],
  ['彭颖', '5', '市场专员'],
  ['曾鹏', '5', '活动策划'],
  ['萧然', '6', '人事经理'],
  ['田甜', '6', '招聘专员'],
  ['董浩', '6', '行政专员'],
  ['袁媛', '6', '财务专员'],
];

/**
 * The default fixture organisation: 8 departments (a root, 5 departments, 2 teams under 研发部)
 * and 36 people with Chinese names, job titles and locally generated avatars. Userids run from
 * `'0101'` to `'0136'`; `'0101'` (张伟) is the signed-in person unless the bridge says otherwise.
 */
export const mockOrg: MockOrg = {
  corpId: 'dingmockcorp0001',
  name: '钉滴示例科技有限公司',
  departments,
  users: people.map(([name, departmentId, title], index) => {
    const emplId = String(101 + index).padStart(4, '0');
    return { emplId, name, avatar: avatarDataUrl(name, emplId), departmentIds: [departmentId], title };
  }),
};
