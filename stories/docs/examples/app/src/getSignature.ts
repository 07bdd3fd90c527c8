// src/getSignature.ts — asks your server to sign the page URL (the secret never reaches the page).
import type { SignatureConfig } from '@dingkit/react';

export async function getSignature(url: string): Promise<SignatureConfig> {
  const response = await fetch(`/api/dingtalk/signature?url=${encodeURIComponent(url)}`);
  const body = await response.json();
  // The handler answers errors as { error, message }: the provider puts the message in its error.
  if (!response.ok) throw new Error(`${response.status} ${body.error}: ${body.message}`);
  return body;
}
