// A: dingkit. The provider signs and configures; the component asks on mount.
import { DingTalkProvider, useConfirm } from '@dingkit/react';
import { useEffect } from 'react';
import { fail, fetchSignature, mark, mount, Page, question } from '../shared';

function Ask() {
  const { run, data } = useConfirm();
  useEffect(() => {
    run(question).then(() => mark('answer'), fail);
  }, [run]);
  return <Page answer={data?.buttonIndex} />;
}

mount(
  <DingTalkProvider getSignature={fetchSignature} onReady={() => mark('ready')} onError={fail}>
    <Ask />
  </DingTalkProvider>,
);
