// src/getSignature.ts — asks your server to sign the page URL (the secret never reaches the page).
import { createSignatureFetcher } from '@dingkit/react';

// GET /api/dingtalk/signature?url=<page URL>, answered by @dingkit/server's handler. When the
// server refuses (403 ORIGIN_NOT_ALLOWED for a page outside allowedOrigins, …), the handshake
// fails with SIGNATURE_FAILED carrying the server's status, error and message.
export const getSignature = createSignatureFetcher('/api/dingtalk/signature');
