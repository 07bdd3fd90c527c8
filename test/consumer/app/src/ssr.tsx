import { DingTalkProvider } from '@dingkit/react';
import { renderToString } from 'react-dom/server';
import { App } from './App.js';

/** The page as a server renders it: no window, no bridge, status idle. */
export function render(): string {
  return renderToString(
    <DingTalkProvider getSignature={() => Promise.reject(new Error('not on the server'))}>
      <App />
    </DingTalkProvider>,
  );
}
