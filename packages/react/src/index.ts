'use client';

export type {
  ApiDescriptor,
  CallEvent,
  CallListener,
  CallResult,
  CallStatus,
  DingTalkErrorCode,
  DingTalkState,
  DingTalkStatus,
  Locale,
  RunOptions,
  SignatureConfig,
  SignatureField,
} from '@dingkit/core';
// What every hook rejects with, so apps need not import @dingkit/core to check an error's code;
// the provider's getSignature for a signing endpoint; the client to start before React mounts.
export { createSignatureFetcher, DingTalkError, isDingTalkError, prepareDingTalk } from '@dingkit/core';
export type { ApiDefaults, ApiHook } from './createApiHook';
export { DingTalkProvider, type DingTalkProviderProps } from './DingTalkProvider';
// The hook table: one action hook per JS-API (see hooks/apiHooks.ts).
export * from './hooks/apiHooks';
export { type BackButtonOptions, useBackButton } from './hooks/useBackButton';
export { useDingTalkEvent } from './hooks/useDingTalkEvent';
export { useJsApi } from './hooks/useJsApi';
export { type LeftButtonOptions, useLeftButton } from './hooks/useLeftButton';
export {
  type NavigationMenuItem,
  type NavigationMenuOptions,
  useNavigationMenu,
} from './hooks/useNavigationMenu';
export { type NavigationCallState, useNavigationTitle } from './hooks/useNavigationTitle';
export { type RightButtonOptions, useRightButton } from './hooks/useRightButton';
export * from './layout/index';
export { type UseDingTalkResult, useDingTalk } from './useDingTalk';
export { useDingTalkLocale } from './useDingTalkLocale';
