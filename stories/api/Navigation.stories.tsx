import {
  DingTalkLayout,
  useDingTalk,
  useDingTalkEvent,
  useLeftButton,
  useNavigationTitle,
  useQuit,
  useSetLeft,
  useSetTitle,
} from '@dingkit/react';
import { mockControllerOf, useMockController } from '@dingkit/storybook';
import type { Meta } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { ApiDocsPage } from './support/ApiDocsPage';
import { hookStories } from './support/hookStories';
import { expectOutput, press } from './support/play';
import { unsupportedOn } from './support/unsupportedOn';

/**
 * 导航: what a page inside a modal or slide panel tells DingTalk — quit (with a message for the
 * opener), the title, the slide panel's left button — and the client's events. Recipes/打开弹窗表单
 * shows them from inside a real modal.
 */
export default {
  title: 'API/Navigation',
  tags: ['autodocs'],
  parameters: {
    docs: {
      page: () => (
        <ApiDocsPage
          hooks={[
            'useQuit',
            'useSetTitle',
            'useSetLeft',
            'useNavigationTitle',
            'useLeftButton',
            'useDingTalkEvent',
          ]}
        />
      ),
    },
  },
} satisfies Meta;

type Play = { canvasElement: HTMLElement; id: string };

const quit = hookStories({
  api: 'biz.navigation.quit',
  use: () => useQuit(),
  label: '完成',
  params: { message: 'saved' },
  result: '',
});
export const QuitSuccess = quit.Success;
export const QuitCancelled = quit.Cancelled;
export const QuitFailed = quit.Failed;
export const QuitUnsupported = quit.Unsupported;
export const QuitBeforeReady = quit.BeforeReady;

const setTitle = hookStories({
  api: 'biz.navigation.setTitle',
  use: () => useSetTitle(),
  label: '改标题',
  params: { title: '审批详情' },
  result: '',
});
export const SetTitleSuccess = setTitle.Success;
export const SetTitleCancelled = setTitle.Cancelled;
export const SetTitleFailed = setTitle.Failed;
export const SetTitleUnsupported = setTitle.Unsupported;
export const SetTitleBeforeReady = setTitle.BeforeReady;

const setLeft = hookStories({
  api: 'biz.navigation.setLeft',
  use: () => useSetLeft(),
  label: '设置左侧按钮',
  params: { text: '上一条' },
  result: '',
});
export const SetLeftSuccess = setLeft.Success;
export const SetLeftCancelled = setLeft.Cancelled;
export const SetLeftFailed = setLeft.Failed;
export const SetLeftUnsupported = setLeft.Unsupported;
export const SetLeftBeforeReady = setLeft.BeforeReady;

/** Shows `{ status, error }` of a declarative navigation hook. */
function NavigationState({ status, error }: { status: string; error: { code: string } | undefined }) {
  return (
    <p style={{ padding: 16 }}>
      status <output aria-label="status">{status}</output> · error{' '}
      <output aria-label="error">{error?.code ?? ''}</output>
    </p>
  );
}

function TitledPage({ title }: { title: string }) {
  return <NavigationState {...useNavigationTitle(title)} />;
}

const setTitleCalls = (id: string) =>
  mockControllerOf(id)
    .calls.filter((call) => call.api === 'biz.navigation.setTitle')
    .map((call) => (call.params as { title: string }).title);

/** `useNavigationTitle(title)` sets the title on mount, and again when it changes. */
export function NavigationTitleSuccess() {
  const [count, setCount] = useState(1);
  return (
    <>
      <TitledPage title={`待办 (${count})`} />
      <button type="button" className="dk-button" onClick={() => setCount(count + 1)}>
        再来一条
      </button>
    </>
  );
}
NavigationTitleSuccess.play = async ({ canvasElement, id }: Play) => {
  await expectOutput(canvasElement, 'status', 'success');
  await press(canvasElement, '再来一条');
  await waitFor(() => expect(setTitleCalls(id).at(-1)).toBe('待办 (2)'));
};

/** DingTalk refuses: the hook reports `error` (`API_FAILED`) instead of throwing. */
export function NavigationTitleFailed() {
  return <TitledPage title="待办" />;
}
NavigationTitleFailed.parameters = {
  dingtalk: { fail: { 'biz.navigation.setTitle': { errorCode: 9, errorMessage: '不在弹窗中' } } },
};
NavigationTitleFailed.play = async ({ canvasElement }: Play) => {
  await expectOutput(canvasElement, 'error', 'API_FAILED');
};

/** On a client without setTitle the hook reports `UNSUPPORTED`. */
export function NavigationTitleUnsupported() {
  return <TitledPage title="待办" />;
}
NavigationTitleUnsupported.parameters = { dingtalk: unsupportedOn('biz.navigation.setTitle') };
NavigationTitleUnsupported.play = async ({ canvasElement }: Play) => {
  await expectOutput(canvasElement, 'error', 'UNSUPPORTED');
};

/** Mounted during the handshake: the title is set once `ready` arrives. */
export function NavigationTitleBeforeReady() {
  return <TitledPage title="待办" />;
}
NavigationTitleBeforeReady.parameters = { dingtalk: { latencyMs: 600 } };
NavigationTitleBeforeReady.play = async ({ canvasElement }: Play) => {
  await expectOutput(canvasElement, 'status', 'pending', 300);
  await expectOutput(canvasElement, 'status', 'success');
};

/** Unmounted before DingTalk answered: the call is aborted and sets no state. */
export function NavigationTitleCancelled() {
  const [shown, setShown] = useState(true);
  return (
    <>
      {shown && <TitledPage title="待办" />}
      <button type="button" className="dk-button" onClick={() => setShown(false)}>
        离开页面
      </button>
    </>
  );
}
NavigationTitleCancelled.parameters = {
  dingtalk: { respond: { 'biz.navigation.setTitle': () => new Promise(() => {}) } },
};
NavigationTitleCancelled.play = async ({ canvasElement, id }: Play) => {
  await expectOutput(canvasElement, 'status', 'pending');
  await press(canvasElement, '离开页面');
  await waitFor(() =>
    expect(
      mockControllerOf(id)
        .calls.filter((call) => call.api === 'biz.navigation.setTitle')
        .at(-1)?.error?.code,
    ).toBe('ABORTED'),
  );
};

/** A slide panel page's left button; the mock's button below stands for DingTalk's. */
function LeftButtonPage({ onClick }: { onClick: () => void }) {
  return <NavigationState {...useLeftButton({ text: '上一条', onClick })} />;
}

/** The page, its click count (kept above it, so it survives the page) and DingTalk's button. */
function LeftButtonStage({ page = true }: { page?: boolean }) {
  const controller = useMockController();
  const [clicks, setClicks] = useState(0);
  const [shown, setShown] = useState(page);
  return (
    <DingTalkLayout style={{ padding: 16 }}>
      {shown && <LeftButtonPage onClick={() => setClicks((count) => count + 1)} />}
      <p>
        clicks <output aria-label="clicks">{clicks}</output>
      </p>
      <button type="button" className="dk-button" onClick={() => controller.emit('leftBtnClick')}>
        （模拟）点击钉钉的左侧按钮
      </button>
      <button type="button" className="dk-button" onClick={() => setShown(false)}>
        离开页面
      </button>
    </DingTalkLayout>
  );
}

/** `useLeftButton` names the button and counts its clicks (`leftBtnClick`). */
export function LeftButtonSuccess() {
  return <LeftButtonStage />;
}
LeftButtonSuccess.play = async ({ canvasElement, id }: Play) => {
  await expectOutput(canvasElement, 'status', 'success');
  await expect(
    mockControllerOf(id).calls.find((call) => call.api === 'biz.navigation.setLeft')?.params,
  ).toEqual({
    text: '上一条',
  });
  await press(canvasElement, '（模拟）点击钉钉的左侧按钮');
  await press(canvasElement, '（模拟）点击钉钉的左侧按钮');
  await expectOutput(canvasElement, 'clicks', '2');
};

/** setLeft fails: `error` is `API_FAILED`. */
export function LeftButtonFailed() {
  return <LeftButtonStage />;
}
LeftButtonFailed.parameters = {
  dingtalk: { fail: { 'biz.navigation.setLeft': { errorCode: 9, errorMessage: '不在侧边栏中' } } },
};
LeftButtonFailed.play = async ({ canvasElement }: Play) => {
  await expectOutput(canvasElement, 'error', 'API_FAILED');
};

/** Android has no setLeft: `UNSUPPORTED`. */
export function LeftButtonUnsupported() {
  return <LeftButtonStage />;
}
LeftButtonUnsupported.parameters = { dingtalk: unsupportedOn('biz.navigation.setLeft') };
LeftButtonUnsupported.play = async ({ canvasElement }: Play) => {
  await expectOutput(canvasElement, 'error', 'UNSUPPORTED');
};

/** Mounted during the handshake: the button is named once `ready` arrives. */
export function LeftButtonBeforeReady() {
  return <LeftButtonStage />;
}
LeftButtonBeforeReady.parameters = { dingtalk: { latencyMs: 600 } };
LeftButtonBeforeReady.play = async ({ canvasElement }: Play) => {
  await expectOutput(canvasElement, 'status', 'pending', 300);
  await expectOutput(canvasElement, 'status', 'success');
};

/** After the page unmounts, clicks no longer reach it: the listener is gone. */
export function LeftButtonCancelled() {
  return <LeftButtonStage />;
}
LeftButtonCancelled.play = async ({ canvasElement }: Play) => {
  await expectOutput(canvasElement, 'status', 'success');
  await press(canvasElement, '（模拟）点击钉钉的左侧按钮');
  await expectOutput(canvasElement, 'clicks', '1');
  await press(canvasElement, '离开页面');
  await press(canvasElement, '（模拟）点击钉钉的左侧按钮');
  await new Promise((resolve) => setTimeout(resolve, 100));
  await expectOutput(canvasElement, 'clicks', '1');
};

/** Listens to two client events while mounted. */
function EventListener({ onEvent }: { onEvent: (name: string) => void }) {
  useDingTalkEvent('resume', () => onEvent('resume'));
  useDingTalkEvent('pause', () => onEvent('pause'));
  return <p>listening</p>;
}

function EventStage() {
  const controller = useMockController();
  const { status } = useDingTalk();
  const [events, setEvents] = useState<string[]>([]);
  const [shown, setShown] = useState(true);
  return (
    <DingTalkLayout style={{ padding: 16 }}>
      {shown && <EventListener onEvent={(name) => setEvents((list) => [...list, name])} />}
      <button type="button" className="dk-button" onClick={() => controller.emit('pause')}>
        （模拟）切到后台
      </button>
      <button type="button" className="dk-button" onClick={() => controller.emit('resume')}>
        （模拟）回到前台
      </button>
      <button type="button" className="dk-button" onClick={() => setShown(false)}>
        离开页面
      </button>
      <p>
        events <output aria-label="events">{events.join(',')}</output> · handshake{' '}
        <output aria-label="handshake">{status}</output>
      </p>
    </DingTalkLayout>
  );
}

/** `useDingTalkEvent(name, handler)` calls the latest handler on each client event. */
export function DingTalkEventSuccess() {
  return <EventStage />;
}
DingTalkEventSuccess.parameters = { dingtalk: { platform: 'ios' } };
DingTalkEventSuccess.play = async ({ canvasElement }: Play) => {
  await press(canvasElement, '（模拟）切到后台');
  await press(canvasElement, '（模拟）回到前台');
  await expectOutput(canvasElement, 'events', 'pause,resume');
};

/** Events are listened to from the first render, before the handshake is `ready`. */
export function DingTalkEventBeforeReady() {
  return <EventStage />;
}
DingTalkEventBeforeReady.parameters = { dingtalk: { platform: 'android', latencyMs: 3000 } };
DingTalkEventBeforeReady.play = async ({ canvasElement }: Play) => {
  await press(canvasElement, '（模拟）回到前台');
  await expectOutput(canvasElement, 'events', 'resume');
  await expectOutput(canvasElement, 'handshake', 'configuring', 100);
};

/** Once unmounted, the handler is no longer called. */
export function DingTalkEventCancelled() {
  return <EventStage />;
}
DingTalkEventCancelled.play = async ({ canvasElement }: Play) => {
  await press(canvasElement, '（模拟）回到前台');
  await expectOutput(canvasElement, 'events', 'resume');
  await press(canvasElement, '离开页面');
  await press(canvasElement, '（模拟）回到前台');
  await new Promise((resolve) => setTimeout(resolve, 100));
  await expectOutput(canvasElement, 'events', 'resume');
};
