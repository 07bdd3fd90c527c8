import { describe, expect, it } from 'vitest';
import { createSessionCookie } from './createSessionCookie';

const secret = 'a-random-secret-of-at-least-32-characters!';
let clock = Date.UTC(2026, 0, 5, 9, 30);
const sessions = (options: { secret?: string; maxAgeSeconds?: number } = {}) =>
  createSessionCookie({ secret, now: () => clock, ...options });

/** The name=value part of a Set-Cookie header, as the browser sends it back. */
const cookieOf = (setCookie: string) => setCookie.split(';')[0]!;

describe('createSessionCookie', () => {
  it('issues a signed, HttpOnly, Secure, SameSite cookie with an expiry, and reads it back', async () => {
    const session = sessions();
    const header = await session.issue({ userid: 'manager4220', name: '张三' });
    expect(header).toMatch(
      /^__Host-dingkit-session=[\w-]+\.[\w-]+; Max-Age=28800; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
    );
    await expect(session.read(`theme=dark; ${cookieOf(header)}`)).resolves.toEqual({
      userid: 'manager4220',
      name: '张三',
      expiresAt: clock + 28_800_000,
    });
    const request = new Request('https://app.example.com/api/me', { headers: { cookie: cookieOf(header) } });
    await expect(session.read(request)).resolves.toMatchObject({ userid: 'manager4220' });
  });

  it('rejects a tampered payload, a tampered signature, another secret and junk', async () => {
    const session = sessions();
    const cookie = cookieOf(await session.issue({ userid: 'manager4220', name: '张三' }));
    const [name, value] = cookie.split('=') as [string, string];
    const [payload, signature] = value.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ u: 'boss0001', n: '老板', e: clock + 1e9 })).toString(
      'base64url',
    );
    const flip = (text: string) => `${text.slice(0, -1)}${text.endsWith('A') ? 'B' : 'A'}`;
    for (const candidate of [
      `${name}=${forged}.${signature}`,
      `${name}=${payload}.${flip(signature)}`,
      `${name}=${flip(payload)}.${signature}`,
      `${name}=${payload}`,
      `${name}=${payload}.${signature}.extra`,
      `${name}=%%%.***`,
      '',
    ]) {
      await expect(session.read(candidate), candidate).resolves.toBeUndefined();
    }
    const other = sessions({ secret: 'another-random-secret-of-32-characters!!' });
    await expect(other.read(cookie)).resolves.toBeUndefined();
  });

  it('rejects a cookie once it has expired', async () => {
    const session = sessions({ maxAgeSeconds: 60 });
    const cookie = cookieOf(await session.issue({ userid: 'manager4220', name: '张三' }));
    clock += 59_999;
    await expect(session.read(cookie)).resolves.toMatchObject({ userid: 'manager4220' });
    clock += 1;
    await expect(session.read(cookie)).resolves.toBeUndefined();
  });

  it('clears the cookie', () => {
    expect(sessions().clear()).toBe(
      '__Host-dingkit-session=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Lax',
    );
  });

  it.each([
    ['a short secret', { secret: 'short' }, 'secret'],
    ['a zero max age', { maxAgeSeconds: 0 }, 'maxAgeSeconds'],
    ['a bad name', { name: 'a b;c' }, 'name'],
    ['a bad SameSite', { sameSite: 'Sometimes' as 'Lax' }, 'sameSite'],
  ])('refuses %s', (_, options, field) => {
    expect(() => createSessionCookie({ secret, ...options })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS', field }),
    );
  });
});
