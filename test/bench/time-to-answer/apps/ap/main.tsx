// A′: dingkit as the README recommends. `prepareDingTalk` at module scope, in a module imported
// first, starts the signature request and the scripts the first call needs before React's
// modules evaluate; the provider takes that client.
// First, and on its own: imports evaluate in order, and a bare import keeps its place.
import './dingtalk';

import { DingTalkProvider, useConfirm } from '@dingkit/react';
import { useEffect } from 'react';
import { fail, mark, mount, Page, question } from '../shared';
import { client } from './dingtalk';

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
