// The Vitest runner's stand-in for Storybook's iframe.html: renders one framed page (?page=) with
// its own mock bridge, as the page's story does in Storybook.
import '@dingkit/react/styles.css';
import { createMockBridge, MockDingTalkHost } from '@dingkit/mock';
import { DingTalkProvider } from '@dingkit/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { type FramedPageId, framedPages } from './framedPages';

const id = new URLSearchParams(window.location.search).get('page') as FramedPageId;
const Page = framedPages[id];
const { bridge } = createMockBridge();
createRoot(document.getElementById('framed-root')!).render(
  <StrictMode>
    <DingTalkProvider bridge={bridge}>{Page ? <Page /> : <p>Unknown page {id}</p>}</DingTalkProvider>
    <MockDingTalkHost bridge={bridge} />
  </StrictMode>,
);
