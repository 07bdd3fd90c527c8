// The handshake starts here, as the page loads: main.tsx imports this module first, and it
// imports nothing of React, so the signature request and DingTalk's scripts go out before React's
// modules evaluate (about 0.2 s earlier on a slow phone). The provider in App.tsx takes this client.
import { createSignatureFetcher, prepareDingTalk } from '@dingkit/core';

// GET /api/dingtalk/signature?url=<page URL>, answered by server/api.ts. When the server refuses
// (403 ORIGIN_NOT_ALLOWED for a page outside DINGTALK_ALLOWED_ORIGINS, …), the handshake fails
// with SIGNATURE_FAILED carrying the server's status and message.
export const dingtalk = prepareDingTalk({
  getSignature: createSignatureFetcher('/api/dingtalk/signature'),
  onError: (error) => console.error(error),
});
