import { definePreviewAddon } from 'storybook/internal/csf';
import * as annotations from './annotations';
import type { DingTalkTypes } from './DingTalkParameters';

export type { DingTalkParameters, DingTalkTypes, Handshake } from './DingTalkParameters';
export { dingtalkGlobalTypes, dingtalkInitialGlobals } from './dingtalkGlobalTypes';
export { mockControllerOf } from './mockControllerOf';
export {
  isSurfaceId,
  type Surface,
  SurfaceFrame,
  type SurfaceFrameProps,
  type SurfaceId,
  surfaceById,
  surfaceOverflows,
  surfaces,
} from './SurfaceFrame';
export { useMockController } from './useMockController';
export { framedQueryParameter } from './withDingTalk';

/**
 * The addon's preview annotations for Storybook's CSF factories
 * (`definePreview({ addons: [dingtalk()] })`) and for portable stories
 * (`setProjectAnnotations([dingtalk(), preview])`). With `addons: ['@dingkit/storybook']` in
 * `.storybook/main.ts` and a CSF 3 preview, Storybook adds them by itself.
 */
export default function dingtalk() {
  return definePreviewAddon<DingTalkTypes>(annotations);
}
