// The hooks that take over the navigation bar's buttons, over the real dingtalk-jsapi in an
// emulated DingTalk for iOS: a tap there is the client answering the API's call again.
import { createJsapiBridge } from '@dingkit/core';
import { emulateDingTalk } from '@dingkit/mock/emulator';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { afterAll, expect, it } from 'vitest';
import { DingTalkProvider } from '../DingTalkProvider';
import { createSigner } from '../test/renderWithDingTalk';
import { useBackButton } from './useBackButton';
import { useNavigationMenu } from './useNavigationMenu';
import { useRightButton } from './useRightButton';

// Installed before anything loads dingtalk-jsapi: the package reads its environment once.
const dingtalk = emulateDingTalk({
  platform: 'ios',
  version: '7.0.10',
  handle: (method) => {
    if (method.startsWith('biz.navigation.set')) return {};
    throw { errorCode: 9, errorMessage: `${method} is not scripted` };
  },
});
afterAll(() => dingtalk.uninstall());

const config = 'runtime.permission.requestJsApis';
const sent = (method: string) => dingtalk.requests.filter((request) => request.method === method);
const tap = (method: string, answer?: unknown) =>
  act(() => {
    expect(dingtalk.answerAgain(method, answer)).toBe(true);
  });

function Editor() {
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((lines) => [...lines, line]);
  useBackButton(() => note('back'), { text: '上一步' });
  const right = useRightButton({ text: '保存', onClick: () => note('save') });
  useNavigationMenu({
    items: [
      { id: 'share', text: '分享' },
      { id: 'help', text: '帮助' },
    ],
    onSelect: (id) => note(id),
  });
  return (
    <>
      <output>{log.join(' ') || 'nothing yet'}</output>
      <p>{`Right button ${right.status}`}</p>
    </>
  );
}

function Page() {
  const [editing, setEditing] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setEditing(false)}>
        Done
      </button>
      {editing && <Editor />}
    </>
  );
}

it('takes over the left and right buttons and the menu while mounted, and gives them back on unmount', async () => {
  const user = userEvent.setup();
  render(
    <StrictMode>
      <DingTalkProvider bridge={createJsapiBridge()} getSignature={createSigner()}>
        <Page />
      </DingTalkProvider>
    </StrictMode>,
  );
  expect(await screen.findByText('Right button success')).toBeTruthy();
  await waitFor(() => expect(sent('biz.navigation.setLeft')).toHaveLength(1));
  expect(sent('biz.navigation.setLeft')[0]!.params).toMatchObject({
    control: true,
    text: '上一步',
    watch: true,
  });
  expect(sent('biz.navigation.setRight')[0]!.params).toMatchObject({
    control: true,
    text: '保存',
    show: true,
  });

  // The taps: each one is the client answering the call again, to the handler dingtalk-jsapi
  // registered as it sent the call.
  tap('biz.navigation.setLeft');
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('back'));
  tap('biz.navigation.setRight');
  tap('biz.navigation.setMenu', { id: 'help' });
  tap('biz.navigation.setLeft');
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('back save help back'));
  // StrictMode's second effect took over from the first: one call of each crossed.
  expect(
    ['biz.navigation.setLeft', 'biz.navigation.setRight', 'biz.navigation.setMenu'].map(
      (m) => sent(m).length,
    ),
  ).toEqual([1, 1, 1]);

  await user.click(screen.getByRole('button', { name: 'Done' }));
  await waitFor(() => expect(sent('biz.navigation.setLeft')).toHaveLength(2));
  expect(sent('biz.navigation.setLeft')[1]!.params).toMatchObject({ control: false, text: '' });
  await waitFor(() =>
    expect(sent('biz.navigation.setRight')[1]?.params).toMatchObject({ control: false, text: '' }),
  );
  await waitFor(() => expect(sent('biz.navigation.setMenu')[1]?.params).toMatchObject({ items: [] }));
  expect(sent(config)).toHaveLength(1);
});

function StepPage({ step, onBack }: { step: number; onBack: () => void }) {
  useBackButton(onBack);
  return <h1>{`Step ${step}`}</h1>;
}

function Wizard() {
  const [step, setStep] = useState(2);
  const [backsAtFirst, setBacksAtFirst] = useState(0);
  // One page per step, each taking the button over itself: the next one mounts as the last goes.
  return (
    <>
      {step === 2 ? (
        <StepPage key={2} step={2} onBack={() => setStep(1)} />
      ) : (
        <StepPage key={1} step={1} onBack={() => setBacksAtFirst((count) => count + 1)} />
      )}
      <p>{`Back at the first step ${backsAtFirst} times`}</p>
    </>
  );
}

it('keeps the left button taken over when the next page takes it as the last lets go', async () => {
  render(
    <StrictMode>
      <DingTalkProvider bridge={createJsapiBridge()} getSignature={createSigner()}>
        <Wizard />
      </DingTalkProvider>
    </StrictMode>,
  );
  const from = sent('biz.navigation.setLeft').length;
  await waitFor(() => expect(sent('biz.navigation.setLeft')).toHaveLength(from + 1));
  tap('biz.navigation.setLeft');
  expect(await screen.findByRole('heading', { name: 'Step 1' })).toBeTruthy();
  // Step 1's call (StrictMode sends it twice now that the handshake is done) and nothing after.
  await waitFor(() => expect(sent('biz.navigation.setLeft').length).toBeGreaterThan(from + 1));
  tap('biz.navigation.setLeft');
  expect(await screen.findByText('Back at the first step 1 times')).toBeTruthy();
  expect(
    sent('biz.navigation.setLeft')
      .slice(from)
      .every((request) => request.params.control === true),
  ).toBe(true);
});
