// src/AssigneePicker.emulator.test.tsx — on the real dingtalk-jsapi in an emulated PC client, the
// picker is offered at once: the page never says "PC only" on PC while DingTalk is still loading.
import { emulateDingTalk } from '@dingkit/mock/emulator';
import { DingTalkProvider, type SignatureConfig } from '@dingkit/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterAll, expect, it } from 'vitest';
import { AssigneePicker } from './AssigneePicker';

// The emulated client accepts any signature.
const testSignature: SignatureConfig = {
  agentId: '1000001',
  corpId: 'dingtest',
  timeStamp: 1700000000,
  nonceStr: 'test-nonce',
  signature: 'test-signature',
};

const dingtalk = emulateDingTalk({
  platform: 'pc',
  version: '7.0.10',
  handle: (method) => {
    if (method === 'biz.contact.choose') return [{ name: '黄婷', avatar: '', emplId: '0108' }];
    throw { errorCode: 9, errorMessage: `${method} is not scripted` };
  },
});
afterAll(() => dingtalk.uninstall());

it('offers the picker, and lists whom DingTalk returned', async () => {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(document.body.textContent ?? ''));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  render(
    <StrictMode>
      <DingTalkProvider getSignature={async () => testSignature}>
        <AssigneePicker />
      </DingTalkProvider>
    </StrictMode>,
  );
  seen.push(document.body.textContent ?? '');

  const button = await screen.findByRole('button', { name: '选择负责人' });
  await waitFor(() => expect(button).toHaveProperty('disabled', false));
  await userEvent.click(button);

  expect((await screen.findByRole('list', { name: '负责人' })).textContent).toBe('黄婷');
  observer.disconnect();
  expect(seen.filter((text) => text.includes('请在钉钉 PC 端'))).toEqual([]);
  expect(dingtalk.requests.map((request) => request.method)).toEqual(['config', 'biz.contact.choose']);
});
