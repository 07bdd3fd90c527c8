/** The addon's id. */
export const ADDON_ID = 'dingkit/dingtalk';
/** The panel's id. */
export const PANEL_ID = `${ADDON_ID}/panel`;
/** Sent by the preview after every change of the story's bridge calls. */
export const CALLS_EVENT = `${ADDON_ID}/calls`;

/** One bridge call as the panel shows it (plain JSON). */
export interface PanelCall {
  id: number;
  api: string;
  params: unknown;
  status: 'pending' | 'resolved' | 'rejected';
  result?: unknown;
  error?: { code: string; message: string };
  durationMs?: number;
}

/** What CALLS_EVENT carries: every call of the story so far. */
export interface PanelPayload {
  storyId: string;
  calls: PanelCall[];
}
