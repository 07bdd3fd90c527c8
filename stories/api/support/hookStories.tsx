import type { ApiName, CallStatus, DingTalkError } from '@dingkit/core';
import type { MockFailure } from '@dingkit/mock';
import type { DingTalkParameters } from '@dingkit/storybook';
import type { ReactNode } from 'react';
import { CallView } from './CallView';
import { dismiss, expectOutput, type PlayContext, page, press } from './play';
import { unsupportedOn } from './unsupportedOn';

/** The state and `run` every action hook returns. */
export interface HookLike {
  status: CallStatus;
  data: unknown;
  error: DingTalkError | undefined;
  progress?: unknown;
  run: (params: never) => Promise<unknown>;
  cancel: () => void;
}

/** How one hook's stories call it and what a person does in its dialog. */
export interface HookStoriesOptions {
  api: ApiName;
  /** Calls the hook (`() => useConfirm()`). */
  use: () => HookLike;
  /** The app's button text. */
  label: string;
  /** What `run` is called with. */
  params?: unknown;
  /** The dialog a person answers, for APIs that wait for one. */
  dialog?: string | RegExp;
  /** What the person does in the dialog for the success story. */
  respond?: (context: PlayContext) => Promise<void>;
  /** The result shown after success. */
  result: string | RegExp;
  /** How a person dismisses it; Escape on `dialog` by default. Without either, the app cancels. */
  cancel?: (context: PlayContext) => Promise<void>;
  /** The client's failure in the failed story. */
  failure?: MockFailure;
  /** `parameters.dingtalk` for every story of the hook. */
  dingtalk?: DingTalkParameters;
  /** Shown under the button (e.g. a progress bar). */
  extra?: (call: HookLike) => ReactNode;
}

/** A story: a plain function component with its play function and parameters. */
export interface HookStory {
  (): ReactNode;
  play: (context: PlayContext) => Promise<void>;
  parameters: Record<string, unknown>;
}

/** The stories of one hook, one per state. */
export interface HookStorySet {
  Success: HookStory;
  Cancelled: HookStory;
  Failed: HookStory;
  Unsupported: HookStory;
  BeforeReady: HookStory;
}

const defaultFailure = { errorCode: 40001, errorMessage: '企业未开通此功能' };

/**
 * One story per state of a hook: success, cancelled (the person dismisses the dialog), failed
 * (the client answers with a failure), unsupported (a platform or version without the API) and
 * before-ready (called while the handshake is still running: the call waits for it).
 */
export function hookStories(options: HookStoriesOptions): HookStorySet {
  const { api, use, label, params, dialog, respond, result, failure = defaultFailure, extra } = options;

  function Demo() {
    const call = use();
    return (
      <CallView label={label} call={call} onRun={() => void call.run(params as never)} onCancel={call.cancel}>
        {extra?.(call)}
      </CallView>
    );
  }

  const story = (
    description: string,
    play: HookStory['play'],
    dingtalk: DingTalkParameters = {},
  ): HookStory => {
    const Story = () => <Demo />;
    return Object.assign(Story, {
      play,
      parameters: {
        dingtalk: { ...options.dingtalk, ...dingtalk },
        docs: { description: { story: description } },
      },
    });
  };

  const succeed = async (context: PlayContext) => {
    await respond?.(context);
    await expectOutput(context.canvasElement, 'result', result);
    await expectOutput(context.canvasElement, 'status', 'success');
  };

  return {
    Success: story(`\`${api}\` answers: the hook's \`data\` holds the result.`, async (context) => {
      await expectOutput(context.canvasElement, 'handshake', 'ready');
      await press(context.canvasElement, label);
      await succeed(context);
    }),
    Cancelled:
      dialog || options.cancel
        ? story(
            'The person dismisses it: the hook’s `error` is `CANCELLED` (a choice, not a failure).',
            async (context) => {
              await expectOutput(context.canvasElement, 'handshake', 'ready');
              await press(context.canvasElement, label);
              if (options.cancel) await options.cancel(context);
              else if (dialog) await dismiss(context.canvasElement, dialog);
              await expectOutput(context.canvasElement, 'error', 'CANCELLED');
            },
          )
        : story(
            'Nobody can dismiss this API, but the app can give up on a call DingTalk has not answered yet: `cancel()` aborts it (`run()` rejects `ABORTED`) and the hook is back to `idle`.',
            async ({ canvasElement }) => {
              await expectOutput(canvasElement, 'handshake', 'ready');
              await press(canvasElement, label);
              await expectOutput(canvasElement, 'status', 'pending');
              await press(canvasElement, '取消调用');
              await expectOutput(canvasElement, 'status', 'idle');
              await expectOutput(canvasElement, 'error', '');
            },
            // A client that has not answered yet.
            { respond: { [api]: () => new Promise(() => {}) } },
          ),
    Failed: story(
      'DingTalk answers with a failure: `error.code` is `API_FAILED`, with the client’s `errorCode` and message.',
      async ({ canvasElement }) => {
        await expectOutput(canvasElement, 'handshake', 'ready');
        await press(canvasElement, label);
        await expectOutput(canvasElement, 'error', 'API_FAILED');
        await expectOutput(canvasElement, 'status', 'error');
      },
      { fail: { [api]: failure } },
    ),
    Unsupported: story(
      'On a platform or client version without this API the call rejects `UNSUPPORTED` before reaching DingTalk; no dialog opens.',
      async ({ canvasElement }) => {
        await expectOutput(canvasElement, 'handshake', 'ready');
        await press(canvasElement, label);
        await expectOutput(canvasElement, 'error', 'UNSUPPORTED');
        if (page(canvasElement).queryByRole('dialog'))
          throw new Error('A dialog opened for an unsupported API.');
      },
      unsupportedOn(api),
    ),
    BeforeReady: story(
      'Called while the handshake is still running (600 ms latency): the call waits for `ready`, then goes through.',
      async (context) => {
        const { canvasElement } = context;
        await press(canvasElement, label);
        await expectOutput(canvasElement, 'handshake', 'configuring', 200);
        await expectOutput(canvasElement, 'status', 'pending', 200);
        await expectOutput(canvasElement, 'handshake', 'ready');
        await succeed(context);
      },
      { latencyMs: 600 },
    ),
  };
}
