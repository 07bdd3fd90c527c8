// Type-checked only: `parameters.dingtalk` is typed once the package's types are loaded.
import type { DingTalkParameters } from '@dingkit/storybook';
import type { StoryObj } from '@storybook/react-vite';

export const typed: StoryObj = { parameters: { dingtalk: { platform: 'android', latencyMs: 200 } } };
// @ts-expect-error: 'mac' is not a DingTalk platform
export const misspelt: StoryObj = { parameters: { dingtalk: { platform: 'mac' } } };
export const standalone: DingTalkParameters = { surface: 'pane', handshake: 'signatureFailure' };
