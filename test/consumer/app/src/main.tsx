import { DingTalkProvider, type SignatureConfig } from '@dingkit/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

async function getSignature(url: string): Promise<SignatureConfig> {
  const response = await fetch(`/api/dingtalk/signature?url=${encodeURIComponent(url)}`);
  const body = await response.json();
  if (!response.ok) throw new Error(body.message);
  return body;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DingTalkProvider getSignature={getSignature}>
      <App />
    </DingTalkProvider>
  </StrictMode>,
);
