// server/sessions.ts — a session per signed-in person. In memory here; use your own store
// (Redis, a database) when several processes serve the app.
import { randomUUID } from 'node:crypto';
import type { DingTalkUser } from '@dingkit/server';

export interface Session {
  userid: string;
  name: string;
  expiresAt: number;
}

const ttlMs = 8 * 60 * 60 * 1000;
const sessions = new Map<string, Session>();

/** Opens a session for the person and returns its bearer token. */
export function openSession(user: DingTalkUser): string {
  const token = randomUUID();
  sessions.set(token, { userid: user.userid, name: user.name, expiresAt: Date.now() + ttlMs });
  return token;
}

/** The session of `Authorization: Bearer <token>`, if it is still valid. */
export function sessionOf(authorization: string | null | undefined): Session | undefined {
  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  const session = token === undefined ? undefined : sessions.get(token);
  if (session && session.expiresAt > Date.now()) return session;
  if (token !== undefined) sessions.delete(token);
  return undefined;
}
