import { createContext, useContext } from 'react';
import { type MockMessages, messages } from './messages';

/** What every dialog of a `MockDingTalkHost` shares: its words and where it renders. */
export interface HostSettings {
  /** The words of the host's locale. */
  t: MockMessages;
  /** Where dialogs, toasts and downloads render; the body when `undefined` or `null`. */
  container: HTMLElement | null | undefined;
}

/** The settings of the `MockDingTalkHost` a dialog is rendered by. */
export const HostContext = createContext<HostSettings>({ t: messages['zh-CN'], container: undefined });

/** The settings of the host around the calling dialog. */
export const useHost = (): HostSettings => useContext(HostContext);
