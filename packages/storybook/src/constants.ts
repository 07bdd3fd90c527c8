import type { DingTalkStatus, Platform } from '@dingkit/core';
import type { Handshake } from './DingTalkParameters';

/** The addon's id. */
export const ADDON_ID = 'dingkit/dingtalk';
/** The panel's id. */
export const PANEL_ID = `${ADDON_ID}/panel`;
/** Sent by the preview after every change of the story's bridge calls or handshake. */
export const CALLS_EVENT = `${ADDON_ID}/calls`;

/** A `DingTalkError` as the panel shows it; `errorCode` is the client's own (for `API_FAILED`). */
export interface PanelError {
  code: string;
  message: string;
  errorCode?: string | number;
}

/** One bridge call as the panel shows it (plain JSON). */
export interface PanelCall {
  id: number;
  api: string;
  params: unknown;
  status: 'pending' | 'resolved' | 'rejected';
  result?: unknown;
  /** The error the app got. */
  error?: PanelError;
  /** Milliseconds from the story's first call to this one. */
  startMs: number;
  durationMs?: number;
  /** The later answers of a call that listens for them (a tap on a button the page took over). */
  repeats?: unknown[];
}

/** The provider's handshake as the app sees it (`useDingTalk()`). */
export interface PanelHandshake {
  status: DingTalkStatus;
  error?: PanelError;
  authorizedAPIList: string[];
  unauthorizedAPIList: string[];
}

/** What CALLS_EVENT carries: the mocked DingTalk of one story and every call so far. */
export interface PanelPayload {
  storyId: string;
  /** One per mocked DingTalk: a toolbar change renders a new one, whose call ids start again at 1. */
  mockId: string;
  /** How the mock was set up (from the toolbar and `parameters.dingtalk`). */
  setup: { platform: Platform; handshake: Handshake };
  /** `undefined` until the provider has reported. */
  handshake: PanelHandshake | undefined;
  calls: PanelCall[];
}
