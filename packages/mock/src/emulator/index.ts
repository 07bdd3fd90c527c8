export { emulateDingTalk } from './emulateDingTalk';
export type {
  EmulateDingTalkOptions,
  EmulatedConfigOutcome,
  EmulatedDingTalk,
  EmulatedFailure,
  EmulatedPlatform,
  EmulatedRequest,
  EmulatorCallContext,
  EmulatorHandler,
} from './types';
