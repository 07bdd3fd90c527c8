import { createSignatureFetcher, DingTalkProvider } from '@dingkit/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

const getSignature = createSignatureFetcher('/api/dingtalk/signature');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DingTalkProvider getSignature={getSignature}>
      <App />
    </DingTalkProvider>
  </StrictMode>,
);
