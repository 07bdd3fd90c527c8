import type { MockOrg, MockUser } from '../mockOrg';
import { findUser } from '../orgQueries';

/** The auth codes of `runtime.permission.requestAuthCode`, as DingTalk's server knows them. */
export interface AuthCodes {
  /** A fresh code for the signed-in person. */
  issue(): string;
  /** The person a code was issued to, once; `undefined` for an unknown or used code. */
  exchange(code: string): MockUser | undefined;
  /** Forgets every code issued. */
  clear(): void;
}

/** Auth codes issued to `user` of `org`. */
export function createAuthCodes(org: MockOrg, user: MockUser): AuthCodes {
  let seq = 0;
  const codes = new Map<string, string>();
  return {
    issue() {
      seq += 1;
      const code = `mock${Date.now().toString(36)}${seq.toString(36)}${user.emplId}`;
      codes.set(code, user.emplId);
      return code;
    },
    exchange(code) {
      const userId = codes.get(code);
      if (userId === undefined) return undefined;
      codes.delete(code);
      return findUser(org, userId);
    },
    clear() {
      codes.clear();
    },
  };
}
