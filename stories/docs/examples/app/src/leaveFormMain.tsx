// src/leaveFormMain.tsx — the modal page is a page load of its own: it gets its own provider.
import { DingTalkProvider } from '@dingkit/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@dingkit/react/styles.css';
import { LeaveFormPage } from './LeaveFormPage';

// biz.navigation.quit needs no jsApiList authorisation, so this page needs no getSignature.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DingTalkProvider>
      <LeaveFormPage />
    </DingTalkProvider>
  </StrictMode>,
);
