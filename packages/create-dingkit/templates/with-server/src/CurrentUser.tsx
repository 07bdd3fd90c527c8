import { useAuthCode, useDingTalk } from '@dingkit/react';
import { useEffect, useState } from 'react';

/** The person who opened the app, as POST /api/dingtalk/auth returns them. */
export interface User {
  userid: string;
  name: string;
}

/** 免登: exchanges an auth code on the server (server/api.ts) for the person. */
export async function signIn(code: string): Promise<User> {
  const response = await fetch('/api/dingtalk/auth', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  // The server answers JSON, errors too ({ error, message }); a proxy in between may not.
  const body = (await response.json().catch(() => undefined)) as (User & { message?: string }) | undefined;
  if (!response.ok || !body) throw new Error(body?.message ?? `HTTP ${response.status}`);
  return body;
}

/** 免登 once the handshake is ready: greets the person, or says why signing in failed. */
export function CurrentUser() {
  const { status } = useDingTalk();
  // corpId comes from the provider's signature.
  const { run } = useAuthCode();
  const [user, setUser] = useState<User>();
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    if (status !== 'ready') return;
    let active = true;
    // An auth code is single-use and lives five minutes: exchange it at once.
    run()
      .then(({ code }) => signIn(code))
      .then(
        (person) => active && setUser(person),
        (error: Error) => active && setFailure(error.message),
      );
    return () => {
      active = false;
    };
  }, [status, run]);

  if (user) return <span role="status">你好，{user.name}</span>;
  if (failure) return <span role="alert">登录失败：{failure}</span>;
  return null;
}
