import type { DingTalkUser } from './DingTalkUser';

/** The legacy endpoints' field names that v2 renamed. */
const legacyNames: Record<string, keyof DingTalkUser> = {
  deviceId: 'device_id',
  is_sys: 'sys',
  department: 'dept_id_list',
  jobnumber: 'job_number',
  orgEmail: 'org_email',
  workPlace: 'work_place',
  hiredDate: 'hired_date',
  isAdmin: 'admin',
  isBoss: 'boss',
  isSenior: 'senior',
  isHide: 'hide_mobile',
  stateCode: 'state_code',
  realAuthed: 'real_authed',
};

/** The merged answers of the two 免登 calls as a {@link DingTalkUser}. */
export function toUserV2(
  fields: Record<string, unknown>,
  userid: string,
  api: 'v2' | 'legacy',
): DingTalkUser {
  const user: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'errcode' || key === 'errmsg' || key === 'request_id') continue;
    user[api === 'legacy' ? (legacyNames[key] ?? key) : key] = value;
  }
  return { ...user, userid, name: typeof user.name === 'string' ? user.name : '' } as DingTalkUser;
}
