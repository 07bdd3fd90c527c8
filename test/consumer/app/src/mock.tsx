import { createMockBridge, MockDingTalkHost } from '@dingkit/mock';
import { DingTalkProvider, type SignatureConfig } from '@dingkit/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

const { bridge } = createMockBridge({ platform: 'pc', latencyMs: 50, downloadMs: 600 });

const fakeSignature: SignatureConfig = {
  agentId: '1234567',
  corpId: 'ding-mock',
  timeStamp: Math.floor(Date.now() / 1000),
  nonceStr: 'mock-nonce',
  signature: 'mock-signature',
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DingTalkProvider bridge={bridge} getSignature={async () => fakeSignature}>
      <App />
      <MockDingTalkHost bridge={bridge} locale="zh-CN" />
    </DingTalkProvider>
  </StrictMode>,
);
