// First, and on its own: imports evaluate in order, so the handshake starts before React's modules.
import './dingtalk';

import '@dingkit/react/styles.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
