// The manager compiles JSX to React.createElement: React must be in scope.
import * as React from 'react';
import { AddonPanel } from 'storybook/internal/components';
import { addons, types, useChannel, useStorybookState } from 'storybook/manager-api';
import { ADDON_ID, CALLS_EVENT, PANEL_ID, type PanelCall, type PanelPayload } from './constants';

const styles = {
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: 8,
    padding: '6px 12px',
    borderBottom: '1px solid rgba(0,0,0,.1)',
    fontSize: 12,
  },
  table: { width: '100%', borderCollapse: 'collapse' as const, fontSize: 12 },
  cell: {
    padding: '6px 12px',
    borderBottom: '1px solid rgba(0,0,0,.06)',
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
};

const show = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value, null, 1));

function Outcome({ call }: { call: PanelCall }) {
  if (call.status === 'pending') return <span>pending…</span>;
  if (call.error) {
    return (
      <span style={{ color: '#f25643' }} title={call.error.message}>
        {call.error.code}
      </span>
    );
  }
  return <pre style={styles.code}>{show(call.result)}</pre>;
}

function CallsPanel() {
  const { storyId } = useStorybookState();
  const [payload, setPayload] = React.useState<PanelPayload>({ storyId: '', calls: [] });
  const [clearedThrough, setClearedThrough] = React.useState<{ storyId: string; id: number }>({
    storyId: '',
    id: 0,
  });
  useChannel({ [CALLS_EVENT]: (next: PanelPayload) => setPayload(next) });
  const calls = payload.storyId === storyId ? payload.calls : [];
  const shown = calls.filter((call) => clearedThrough.storyId !== storyId || call.id > clearedThrough.id);
  return (
    <div>
      <div style={styles.bar}>
        <span>
          {shown.length} call{shown.length === 1 ? '' : 's'}
        </span>
        <button
          type="button"
          onClick={() =>
            setClearedThrough({ storyId, id: calls.reduce((max, call) => Math.max(max, call.id), 0) })
          }
          disabled={shown.length === 0}
        >
          Clear
        </button>
      </div>
      <table style={styles.table}>
        <thead>
          <tr>
            <th style={styles.cell}>#</th>
            <th style={styles.cell}>API</th>
            <th style={styles.cell}>Params</th>
            <th style={styles.cell}>Result or error</th>
            <th style={styles.cell}>Duration</th>
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
                {call.durationMs === undefined ? '' : `${Math.round(call.durationMs)} ms`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && (
        <p style={{ padding: '8px 12px', fontSize: 12, opacity: 0.6 }}>No DingTalk calls yet.</p>
      )}
    </div>
  );
}

addons.register(ADDON_ID, () => {
  addons.add(PANEL_ID, {
    type: types.PANEL,
    title: 'DingTalk',
    render: ({ active }) => (
      <AddonPanel active={active ?? false}>
        <CallsPanel />
      </AddonPanel>
    ),
  });
});
