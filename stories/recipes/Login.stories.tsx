import type { MockController } from '@dingkit/mock';
import { DingTalkLayout, useAuthCode, useDingTalk } from '@dingkit/react';
import { useMockController } from '@dingkit/storybook';
import type { Meta } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';

/**
 * 免登: the page gets a one-time auth code from DingTalk, sends it to its backend, and the
 * backend exchanges it (with its access_token) for the user. Here the backend is a function in
 * the story that asks the mock which person the code was issued to — as `@dingkit/server`'s
 * auth-code exchange asks DingTalk.
 */
export default { title: 'Recipes/免登' } satisfies Meta;

interface SignedInUser {
  userid: string;
  name: string;
  avatar: string;
  title?: string;
}

/** The fake backend: POST /api/login { code } → the user, or 401 for an unknown or used code. */
function fakeBackend(controller: MockController, { reject = false } = {}) {
  return async (code: string): Promise<SignedInUser> => {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const user = reject ? undefined : controller.exchangeAuthCode(code);
    if (!user) throw new Error('401: 免登授权码无效或已使用，请重新进入应用');
    return {
      userid: user.emplId,
      name: user.name,
      avatar: user.avatar,
      ...(user.title ? { title: user.title } : {}),
    };
  };
}

/** The app's sign-in; each retry is a fresh attempt. */
function SignIn({ rejectCodes = false }: { rejectCodes?: boolean }) {
  const [attempt, setAttempt] = useState(0);
  return (
    <SignInAttempt key={attempt} rejectCodes={rejectCodes} onRetry={() => setAttempt((count) => count + 1)} />
  );
}

function SignInAttempt({ rejectCodes, onRetry }: { rejectCodes: boolean; onRetry: () => void }) {
  const controller = useMockController();
  const dingtalk = useDingTalk();
  const authCode = useAuthCode();
  const [user, setUser] = useState<SignedInUser>();
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    let current = true;
    const login = fakeBackend(controller, { reject: rejectCodes });
    authCode
      .run()
      .then(({ code }) => login(code))
      .then(
        (signedIn) => current && setUser(signedIn),
        (error: Error) => current && error.name !== 'DingTalkError' && setFailure(error.message),
      );
    return () => {
      current = false;
    };
  }, [authCode.run, controller, rejectCodes]);

  const problem = failure ?? dingtalk.error?.message ?? authCode.error?.message;
  return (
    <DingTalkLayout style={{ padding: 24 }}>
      {user ? (
        <section aria-label="当前用户" style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
          <img src={user.avatar} alt="" width={48} height={48} style={{ borderRadius: '50%' }} />
          <div>
            <strong>{user.name}</strong>
            <div style={{ color: '#8f959e' }}>
              {user.title} · {user.userid}
            </div>
          </div>
        </section>
      ) : problem ? (
        <div role="alert">
          <p>登录失败：{problem}</p>
          <button
            type="button"
            className="dk-button dk-button-primary"
            onClick={() => {
              if (dingtalk.status === 'error') dingtalk.retry();
              onRetry();
            }}
          >
            重试
          </button>
        </div>
      ) : (
        <p role="status">正在登录…</p>
      )}
    </DingTalkLayout>
  );
}

type Play = { canvasElement: HTMLElement };

/** Signs in without a click: auth code → backend → 张伟. */
export function SignInWithAuthCode() {
  return <SignIn />;
}
SignInWithAuthCode.play = async ({ canvasElement }: Play) => {
  const user = await within(canvasElement).findByRole('region', { name: '当前用户' }, { timeout: 4000 });
  await expect(user).toHaveTextContent('张伟');
  await expect(user).toHaveTextContent('首席执行官 · 0101');
};

/** Signed in as another person of the fixture organisation (`parameters.dingtalk.userId`). */
export function SignInAsAnotherPerson() {
  return <SignIn />;
}
SignInAsAnotherPerson.parameters = { dingtalk: { userId: '0122' } };
SignInAsAnotherPerson.play = async ({ canvasElement }: Play) => {
  const user = await within(canvasElement).findByRole('region', { name: '当前用户' }, { timeout: 4000 });
  await expect(user).toHaveTextContent('梁爽');
};

/** The backend refuses the code: the page says so and offers to retry. */
export function BackendRejectsTheCode() {
  return <SignIn rejectCodes />;
}
BackendRejectsTheCode.play = async ({ canvasElement }: Play) => {
  const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 4000 });
  await expect(alert).toHaveTextContent('401');
};

/** The signing endpoint fails: the handshake errors (`SIGNATURE_FAILED`) before any code is asked. */
export function SignatureEndpointFails() {
  return <SignIn />;
}
SignatureEndpointFails.parameters = { dingtalk: { handshake: 'signatureFailure' } };
SignatureEndpointFails.play = async ({ canvasElement }: Play) => {
  const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 4000 });
  await expect(alert).toHaveTextContent('getSignature');
  await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
  await within(canvasElement).findByRole('alert', {}, { timeout: 4000 });
};

/** Opened outside DingTalk: no code can be had; the page says where to open it. */
export function OutsideDingTalk() {
  return <SignIn />;
}
OutsideDingTalk.parameters = { dingtalk: { handshake: 'notInDingTalk' } };
OutsideDingTalk.play = async ({ canvasElement }: Play) => {
  const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 4000 });
  await expect(alert).toHaveTextContent(/DingTalk|钉钉/);
};
