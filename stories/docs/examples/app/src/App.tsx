// src/App.tsx — one provider for the whole app: one signed handshake per page URL.
import { DingTalkProvider, useDingTalk } from '@dingkit/react';
import { useState } from 'react';
import { ApproveButton } from './ApproveButton';
import { AssigneePicker } from './AssigneePicker';
import { getSignature } from './getSignature';

function HandshakeStatus() {
  const { status, error, retry } = useDingTalk();
  if (status === 'unavailable') return <p>请在钉钉中打开此页面。</p>;
  if (status !== 'error') return null;
  return (
    <p role="alert">
      {error?.message}{' '}
      <button type="button" onClick={retry}>
        重试
      </button>
    </p>
  );
}

export function App() {
  const [approved, setApproved] = useState(false);
  return (
    <DingTalkProvider getSignature={getSignature} onError={(error) => console.error(error)}>
      <HandshakeStatus />
      {approved ? <p>已同意</p> : <ApproveButton onApprove={() => setApproved(true)} />}
      <AssigneePicker />
    </DingTalkProvider>
  );
}
