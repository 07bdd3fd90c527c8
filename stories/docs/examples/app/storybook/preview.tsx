// .storybook/preview.tsx — every story inside a mocked DingTalk.
import { createMockBridge, MockDingTalkHost, mockOrg } from '@dingkit/mock';
import { DingTalkProvider, type SignatureConfig } from '@dingkit/react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';

const signature: SignatureConfig = {
  agentId: '1000001',
  corpId: mockOrg.corpId,
  timeStamp: 1700000000,
  nonceStr: 'storybook',
  signature: 'storybook',
};

function MockDingTalk({ children }: { children: ReactNode }) {
  const [{ bridge }] = useState(() => createMockBridge({ platform: 'pc', latencyMs: 200 }));
  return (
    <>
      <DingTalkProvider bridge={bridge} getSignature={async () => signature}>
        {children}
      </DingTalkProvider>
      <MockDingTalkHost bridge={bridge} locale="zh-CN" />
    </>
  );
}

// A fresh mock for each story: nothing leaks from one to the next.
const withDingTalk: Decorator = (Story, context) => (
  <MockDingTalk key={context.id}>
    <Story />
  </MockDingTalk>
);

const preview: Preview = { decorators: [withDingTalk] };

export default preview;
