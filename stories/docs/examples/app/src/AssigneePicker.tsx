// src/AssigneePicker.tsx — DingTalk's contact picker (PC), with the organisation from the handshake.
import { useContactChoose, useDingTalk } from '@dingkit/react';

export function AssigneePicker() {
  const { status, isSupported } = useDingTalk();
  // corpId comes from the signature: a click before the handshake is done waits for it.
  const choose = useContactChoose({ multiple: true, max: 10 });

  // The hook carries its API's facts: isSupported answers as soon as the provider has started.
  if (status !== 'idle' && !isSupported(useContactChoose)) {
    return <p>请在钉钉 PC 端选择负责人。</p>;
  }
  return (
    <>
      <button type="button" disabled={choose.isPending} onClick={() => void choose.run()}>
        选择负责人
      </button>
      {choose.status === 'success' && (
        <ul aria-label="负责人">
          {choose.data.map((person) => (
            <li key={person.emplId}>{person.name}</li>
          ))}
        </ul>
      )}
      {choose.error && choose.error.code !== 'CANCELLED' && <p role="alert">{choose.error.message}</p>}
    </>
  );
}
