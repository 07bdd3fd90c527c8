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
  SignatureConfig,
  SignatureField,
} from '@dingkit/core';
// What every hook rejects with, so apps need not import @dingkit/core to check an error's code;
// the provider's getSignature for a signing endpoint; the client to start before React mounts.
export { createSignatureFetcher, DingTalkError, isDingTalkError, prepareDingTalk } from '@dingkit/core';
export type { ApiDefaults, ApiHook } from './createApiHook';
export { DingTalkProvider, type DingTalkProviderProps } from './DingTalkProvider';
export { useActionSheet } from './hooks/useActionSheet';
export { useAlert } from './hooks/useAlert';
export { useAuthCode } from './hooks/useAuthCode';
export { useChannelAuthCode } from './hooks/useChannelAuthCode';
export { useComplexPicker } from './hooks/useComplexPicker';
export { useConfirm } from './hooks/useConfirm';
export { useContactChoose } from './hooks/useContactChoose';
export { useCspacePreview } from './hooks/useCspacePreview';
export { useCustomContactChoose } from './hooks/useCustomContactChoose';
export { useCustomContactMultipleChoose } from './hooks/useCustomContactMultipleChoose';
export { useDepartmentsPicker } from './hooks/useDepartmentsPicker';
export { useDingCreate } from './hooks/useDingCreate';
export { useDingPost } from './hooks/useDingPost';
export { useDingTalkEvent } from './hooks/useDingTalkEvent';
export { useDownloadFile } from './hooks/useDownloadFile';
export { useExternalComplexPicker } from './hooks/useExternalComplexPicker';
export { useExternalEditForm } from './hooks/useExternalEditForm';
export { useJsApi } from './hooks/useJsApi';
export { type LeftButtonOptions, useLeftButton } from './hooks/useLeftButton';
export { useLocalFileExists } from './hooks/useLocalFileExists';
export { type NavigationCallState, useNavigationTitle } from './hooks/useNavigationTitle';
export { useOpenLink } from './hooks/useOpenLink';
export { useOpenLocalFile } from './hooks/useOpenLocalFile';
export { useOpenModal } from './hooks/useOpenModal';
export { useOpenPage } from './hooks/useOpenPage';
export { useOpenSlidePanel } from './hooks/useOpenSlidePanel';
export { useOperateAuthCode } from './hooks/useOperateAuthCode';
export { usePreviewImage } from './hooks/usePreviewImage';
export { usePrompt } from './hooks/usePrompt';
export { useQuickCallList } from './hooks/useQuickCallList';
export { useQuit } from './hooks/useQuit';
export { useSetLeft } from './hooks/useSetLeft';
export { useSetTitle } from './hooks/useSetTitle';
export { useStartClassRoom } from './hooks/useStartClassRoom';
export { useToast } from './hooks/useToast';
export { useUploadAttachment } from './hooks/useUploadAttachment';
export { useUploadImage } from './hooks/useUploadImage';
export { useVideoConfCall } from './hooks/useVideoConfCall';
export * from './layout/index';
export { type UseDingTalkResult, useDingTalk } from './useDingTalk';
