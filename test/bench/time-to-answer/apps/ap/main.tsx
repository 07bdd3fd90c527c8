// A′: dingkit as the README recommends. `prepareDingTalk` at module scope starts the signature
// request and the scripts the first call needs while the entry module evaluates, before React
// mounts; the provider takes that client.
import { DingTalkProvider, prepareDingTalk, useConfirm } from '@dingkit/react';
import { useEffect } from 'react';
import { fail, fetchSignature, mark, mount, Page, question } from '../shared';

const client = prepareDingTalk({ getSignature: fetchSignature, onReady: () => mark('ready'), onError: fail });

function Ask() {
  const { run, data } = useConfirm();
  useEffect(() => {
    run(question).then(() => mark('answer'), fail);
  }, [run]);
  return <Page answer={data?.buttonIndex} />;
}

mount(
  <DingTalkProvider client={client}>
    <Ask />
  </DingTalkProvider>,
);
