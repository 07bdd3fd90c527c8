import type { CallStatus, DingTalkError } from '@dingkit/core';
import { DingTalkLayout, useDingTalk } from '@dingkit/react';
import type { ReactNode } from 'react';

/** What CallView shows of a hook: the state every action hook returns. */
export interface CallState {
  status: CallStatus;
  data: unknown;
  error: DingTalkError | undefined;
  progress?: unknown;
}

// Avatars are long data URLs: shorten them so results stay readable.
export function showJson(value: unknown): string {
  if (value === undefined) return '';
  return (
    JSON.stringify(value, (_key, inner: unknown) =>
      typeof inner === 'string' && inner.startsWith('data:') && inner.length > 40
        ? `${inner.slice(0, 26)}…`
        : inner,
    ) ?? ''
  );
}

/** Props of {@link CallView}. */
export interface CallViewProps {
  /** The button's text: what the app offers the person. */
  label: string;
  call: CallState;
  onRun: () => void;
  /** Offered while a call is pending: the hook's `cancel()`. */
  onCancel?: () => void;
  children?: ReactNode;
}

/**
 * An app's button that calls one hook's `run`, and what came back: the handshake's status, the
 * hook's status, its result or error. Stories assert on these outputs.
 */
export function CallView({ label, call, onRun, onCancel, children }: CallViewProps) {
  const { status } = useDingTalk();
  return (
    <DingTalkLayout>
      <section aria-label={label} style={{ display: 'grid', gap: 12, padding: 16, fontSize: 14 }}>
        <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
          <button type="button" className="dk-button dk-button-primary" onClick={onRun}>
            {label}
          </button>
          {onCancel && call.status === 'pending' && (
            <button type="button" className="dk-button" onClick={onCancel}>
              取消调用
            </button>
          )}
          <span style={{ color: '#8f959e' }}>
            handshake <output aria-label="handshake">{status}</output>
          </span>
        </div>
        {children}
        {/* Results and error messages hold long unbroken codes, ids and API names: they wrap anywhere
            rather than widen the page past a 360px pane. */}
        <dl
          style={{
            display: 'grid',
            gridTemplateColumns: 'auto minmax(0, 1fr)',
            gap: '4px 12px',
            margin: 0,
            overflowWrap: 'anywhere',
          }}
        >
          <dt>status</dt>
          <dd style={{ margin: 0 }}>
            <output aria-label="status">{call.status}</output>
          </dd>
          <dt>result</dt>
          <dd style={{ margin: 0, fontFamily: 'ui-monospace, monospace', fontSize: 12 }}>
            <output aria-label="result">{showJson(call.data)}</output>
          </dd>
          <dt>error</dt>
          <dd style={{ margin: 0 }}>
            <output aria-label="error">{call.error?.code ?? ''}</output>
            {call.error && (
              <p style={{ margin: '4px 0 0', color: '#8f959e', fontSize: 12 }}>{call.error.message}</p>
            )}
          </dd>
        </dl>
      </section>
    </DingTalkLayout>
  );
}
