// Storybook's manager compiles JSX to React.createElement with its own React: keep React in scope.
import * as React from 'react';
import type { PanelCall, PanelPayload } from './constants';
import { type SnippetStory, testSnippet } from './testSnippet';

const line = '1px solid rgba(128, 128, 128, 0.25)';
const styles = {
  bar: {
    display: 'flex',
    flexWrap: 'wrap' as const,
    alignItems: 'center',
    gap: 8,
    padding: '6px 12px',
    borderBottom: line,
    fontSize: 12,
  },
  grow: { flex: '1 1 auto', margin: 0 },
  table: { width: '100%', borderCollapse: 'collapse' as const, fontSize: 12 },
  cell: {
    padding: '6px 12px',
    borderBottom: line,
    verticalAlign: 'top' as const,
    textAlign: 'left' as const,
  },
  code: {
    margin: 0,
    fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
    fontSize: 11,
    whiteSpace: 'pre-wrap' as const,
    wordBreak: 'break-all' as const,
  },
  error: { color: '#f25643' },
  snippet: { display: 'block', width: 'calc(100% - 24px)', height: 240, margin: '8px 12px' },
};

const show = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value, null, 1));

function Outcome({ call }: { call: PanelCall }) {
  if (call.status === 'pending') return <span>pending…</span>;
  if (call.error) {
    const { code, errorCode, message } = call.error;
    return (
      <span style={styles.error} title={message}>
        {errorCode === undefined ? code : `${code} (${errorCode})`}
      </span>
    );
  }
  return (
    <>
      <pre style={styles.code}>{show(call.result)}</pre>
      {call.repeats && (
        <div>
          {`then ${call.repeats.length} later answer${call.repeats.length === 1 ? '' : 's'}:`}
          <pre style={styles.code}>{call.repeats.map((answer) => show(answer)).join('\n')}</pre>
        </div>
      )}
    </>
  );
}

function handshakeText(payload: PanelPayload | undefined): string {
  if (!payload) return 'no mocked DingTalk in this story';
  const { setup, handshake } = payload;
  const status = handshake?.status ?? 'idle';
  const error = handshake?.error ? ` · ${handshake.error.code}: ${handshake.error.message}` : '';
  const denied = handshake?.unauthorizedAPIList.length
    ? ` · not authorised: ${handshake.unauthorizedAPIList.join(', ')}`
    : '';
  return `${status} · ${setup.platform}${error}${denied}`;
}

/** Copies `text`; `false` where the page may not write the clipboard. */
async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export interface CallsPanelProps {
  /** The current story's mocked DingTalk, `undefined` when it has none (yet). */
  payload: PanelPayload | undefined;
  /** The current story, for the test snippet. */
  story: SnippetStory | undefined;
}

/**
 * The DingTalk panel: the handshake, every bridge call of the current story with its params,
 * result or error code and timing, Clear, and "Copy as test".
 */
export function CallsPanel({ payload, story }: CallsPanelProps) {
  // Clear hides the calls so far of this mock (a toolbar change makes a new one).
  const [cleared, setCleared] = React.useState({ mockId: '', through: 0 });
  const [copy, setCopy] = React.useState({ mockId: '', outcome: '' as 'copied' | 'failed' | '' });
  const mockId = payload?.mockId ?? '';
  const calls = payload?.calls ?? [];
  const shown = calls.filter((call) => cleared.mockId !== mockId || call.id > cleared.through);
  // What copying did belongs to the mock it was copied from.
  const copied = copy.mockId === mockId ? copy.outcome : '';
  const snippet = payload && story ? testSnippet(story, payload) : undefined;

  return (
    <div>
      <div style={styles.bar}>
        <p style={styles.grow}>
          Handshake:{' '}
          <output aria-label="Handshake" style={payload?.handshake?.error ? styles.error : undefined}>
            {handshakeText(payload)}
          </output>
        </p>
        <span>
          {shown.length} call{shown.length === 1 ? '' : 's'}
        </span>
        <button
          type="button"
          disabled={shown.length === 0}
          onClick={() =>
            setCleared({ mockId, through: calls.reduce((max, call) => Math.max(max, call.id), 0) })
          }
        >
          Clear
        </button>
        <button
          type="button"
          disabled={!snippet}
          onClick={async () =>
            setCopy({ mockId, outcome: snippet && (await writeClipboard(snippet)) ? 'copied' : 'failed' })
          }
        >
          Copy as test
        </button>
        <span role="status">
          {copied === 'copied' ? 'Copied the test to the clipboard.' : ''}
          {copied === 'failed' ? 'The clipboard is not available here: copy the test below.' : ''}
        </span>
      </div>
      {copied === 'failed' && snippet && (
        <textarea aria-label="Test snippet" readOnly value={snippet} style={styles.snippet} />
      )}
      <table style={styles.table} aria-label="DingTalk calls">
        <thead>
          <tr>
            <th style={styles.cell}>#</th>
            <th style={styles.cell}>API</th>
            <th style={styles.cell}>Params</th>
            <th style={styles.cell}>Result or error</th>
            <th style={styles.cell}>Time</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((call) => (
            <tr key={call.id}>
              <td style={styles.cell}>{call.id}</td>
              <td style={styles.cell}>
                <code>{call.api}</code>
              </td>
              <td style={styles.cell}>
                <pre style={styles.code}>{show(call.params)}</pre>
              </td>
              <td style={styles.cell}>
                <Outcome call={call} />
              </td>
              <td style={styles.cell}>
                {`+${Math.round(call.startMs)} ms`}
                {call.durationMs === undefined ? '' : `, took ${Math.round(call.durationMs)} ms`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && (
        <p style={{ padding: '8px 12px', fontSize: 12, opacity: 0.7 }}>No DingTalk calls yet.</p>
      )}
    </div>
  );
}
