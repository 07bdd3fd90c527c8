// src/SignIn.tsx — 免登: an auth code from DingTalk, exchanged on your server for a session.
import { useAuthCode } from '@dingkit/react';
import { type ReactNode, useCallback, useEffect, useState } from 'react';

export interface Session {
  /** Send it as `Authorization: Bearer <token>` to your API. */
  token: string;
  user: { userid: string; name: string };
}

async function exchange(code: string): Promise<Session> {
  const response = await fetch('/api/dingtalk/auth', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(body.message);
  return body;
}

export function SignIn({ children }: { children: (session: Session) => ReactNode }) {
  // corpId comes from the provider's signature: no need to pass it.
  const { run } = useAuthCode();
  const [session, setSession] = useState<Session>();
  const [failure, setFailure] = useState<string>();

  const signIn = useCallback(() => {
    let active = true;
    setFailure(undefined);
    run()
      // An auth code is single-use and short-lived: exchange it at once.
      .then(({ code }) => exchange(code))
      .then(
        (next) => active && setSession(next),
        (error: Error) => active && setFailure(error.message),
      );
    return () => {
      active = false;
    };
  }, [run]);

  useEffect(signIn, [signIn]);

  if (session) return children(session);
  if (failure) {
    return (
      <p role="alert">
        登录失败：{failure}{' '}
        <button type="button" onClick={signIn}>
          重试
        </button>
      </p>
    );
  }
  return <p role="status">正在登录…</p>;
}
