'use client';

export { avatarDataUrl } from './avatarDataUrl';
export { createMockBridge, getMockController } from './createMockBridge';
export type { MockLocale } from './host/messages';
export { isPendingCall } from './isPendingCall';
export type {
  MockBridge,
  MockBridgeOptions,
  MockCall,
  MockConfigOutcome,
  MockController,
  MockFailure,
  MockHandler,
  MockHandlerContext,
  MockResponses,
  PendingCall,
} from './MockController';
export { MockDingTalkHost, type MockDingTalkHostProps } from './MockDingTalkHost';
export { MockNavigationBar, type MockNavigationBarProps } from './MockNavigationBar';
export { mockEmulatorHandler } from './mockEmulatorHandler';
export { type MockDepartment, type MockOrg, type MockUser, mockOrg } from './mockOrg';
