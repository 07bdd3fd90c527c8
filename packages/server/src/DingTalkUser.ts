/**
 * The person behind a 免登 auth code, in the shape of DingTalk's v2 user API: the `result` of
 * `POST /topapi/v2/user/getuserinfo` merged with the `result` of `POST /topapi/v2/user/get`.
 * Which fields are filled depends on the app's 通讯录 permissions; with `userApi: 'legacy'` the
 * old endpoints' fields are renamed to these names.
 */
export interface DingTalkUser {
  /** The person's userid in the organisation. */
  userid: string;
  /** The person's name (`''` when the app may not read it). */
  name: string;
  /** The person's unionid, the same in every app of the organisation's ISV. */
  unionid?: string;
  /** From getuserinfo: the unionid associated with an external account. */
  associated_unionid?: string;
  /** From getuserinfo: the device the code was requested on. */
  device_id?: string;
  /** From getuserinfo: whether the person is an administrator. */
  sys?: boolean;
  /** From getuserinfo: 1 main administrator, 2 sub-administrator, 100 boss, 0 anyone else. */
  sys_level?: number;
  /** Avatar URL. */
  avatar?: string;
  /** The area code of the mobile number, e.g. `'86'`. */
  state_code?: string;
  /** Mobile number (needs the mobile permission). */
  mobile?: string;
  /** Whether the mobile number is hidden from colleagues. */
  hide_mobile?: boolean;
  /** Extension number. */
  telephone?: string;
  /** Employee number. */
  job_number?: string;
  /** Job title. */
  title?: string;
  /** Personal e-mail. */
  email?: string;
  /** Organisation e-mail. */
  org_email?: string;
  /** Office location. */
  work_place?: string;
  /** Remark. */
  remark?: string;
  /** The userid of the person's manager. */
  manager_userid?: string;
  /** The ids of the departments the person is in. */
  dept_id_list?: number[];
  /** The person's sort order in each department. */
  dept_order_list?: { dept_id: number; order: number }[];
  /** Extension attributes, as a JSON string. */
  extension?: string;
  /** Hire date, milliseconds since the epoch. */
  hired_date?: number;
  /** Whether the account is activated. */
  active?: boolean;
  /** Whether the person has verified their real name. */
  real_authed?: boolean;
  /** Whether the person is a senior executive. */
  senior?: boolean;
  /** Whether the person is an administrator. */
  admin?: boolean;
  /** Whether the person is the boss. */
  boss?: boolean;
  /** Whether the person leads each of their departments. */
  leader_in_dept?: { dept_id: number; leader: boolean }[];
  /** The person's roles. */
  role_list?: { id: number; name: string; group_name: string }[];
}
