// src/SignInApp.tsx
import { DingTalkProvider } from '@dingkit/react';
import { getSignature } from './getSignature';
import { SignIn } from './SignIn';

export function SignInApp() {
  return (
    <DingTalkProvider getSignature={getSignature}>
      <SignIn>{(session) => <p>你好，{session.user.name}</p>}</SignIn>
    </DingTalkProvider>
  );
}
