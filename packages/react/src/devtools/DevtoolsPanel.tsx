import type { DingTalkClient } from '@dingkit/core';
import { type CSSProperties, type ReactNode, useState, useSyncExternalStore } from 'react';
import type { DevtoolsLog } from './DevtoolsLog';
import { devtoolsLabels } from './devtoolsLabels';
import { devtoolsFacts, devtoolsReport, outcomeOf } from './devtoolsReport';

/** Props of {@link DevtoolsPanel}. */
export interface DevtoolsPanelProps {
  /** The client whose handshake and calls it shows. */
  client: DingTalkClient;
  /** The events recorded for it since the provider mounted. */
  log: DevtoolsLog;
}

// Inline styles: the panel's chunk brings all it needs, and an app's CSS reset does not reach it.
const font = '13px/1.5 -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif';
const blue = '#3296fa';
const styles = {
  toggle: {
    position: 'fixed',
    right: 12,
    bottom: 'calc(12px + env(safe-area-inset-bottom, 0px))',
    zIndex: 2147483000,
    minWidth: 44,
    minHeight: 44,
    padding: '0 12px',
    border: 0,
    borderRadius: 22,
    background: blue,
    color: '#fff',
    font,
    boxShadow: '0 2px 8px rgba(0,0,0,.2)',
  },
  sheet: {
    position: 'fixed',
    left: 0,
    right: 0,
    bottom: 0,
    zIndex: 2147483001,
    boxSizing: 'border-box',
    maxHeight: '75vh',
    overflowY: 'auto',
    overflowX: 'hidden',
    padding: '0 12px calc(12px + env(safe-area-inset-bottom, 0px))',
    background: '#fff',
    color: '#171a1d',
    font,
    borderRadius: '12px 12px 0 0',
    boxShadow: '0 -4px 16px rgba(0,0,0,.18)',
    overflowWrap: 'anywhere',
  },
  header: {
    position: 'sticky',
    top: 0,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: 8,
    padding: '10px 0',
    background: '#fff',
  },
  title: { flex: '1 1 auto', margin: 0, fontSize: 15 },
  button: {
    minHeight: 32,
    padding: '0 10px',
    border: `1px solid ${blue}`,
    borderRadius: 6,
    background: '#fff',
    color: blue,
    font,
  },
  heading: { margin: '12px 0 4px', fontSize: 14 },
  list: { margin: 0, padding: 0, listStyle: 'none' },
  term: { color: '#747677' },
  error: { margin: '8px 0', padding: 8, borderRadius: 6, background: '#fff1f0', color: '#a8071a' },
  call: { padding: '6px 0', borderTop: '1px solid #eee' },
  code: {
    margin: '2px 0 0',
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-all',
    font: '12px/1.4 ui-monospace, Menlo, monospace',
    color: '#5c5e60',
  },
  report: {
    boxSizing: 'border-box',
    width: '100%',
    minHeight: 160,
    font: '12px/1.4 ui-monospace, Menlo, monospace',
  },
} satisfies Record<string, CSSProperties>;

function Row({ term, colon, children }: { term: string; colon: string; children: ReactNode }) {
  return (
    <li>
      <span style={styles.term}>
        {term}
        {colon}
      </span>
      {children}
    </li>
  );
}

/**
 * The debug panel: a button in the corner that opens a bottom sheet with the platform and client
 * version, the handshake (signed URL, timestamp age, granted and denied APIs, the diagnosis of a
 * failure), the call log, and a button that copies a plain-text report for a support ticket. In
 * the client's locale. Loaded by the provider only when asked for (see `devtools`).
 */
export function DevtoolsPanel({ client, log }: DevtoolsPanelProps): ReactNode {
  const [open, setOpen] = useState(false);
  const [copy, setCopy] = useState<'copied' | 'failed'>();
  useSyncExternalStore(client.subscribe, client.getState, client.getInitialState);
  useSyncExternalStore(
    (changed) => {
      log.changed = changed;
      return () => {
        if (log.changed === changed) log.changed = undefined;
      };
    },
    () => log.events.length,
  );
  const labels = devtoolsLabels[client.locale];
  const facts = devtoolsFacts(client, log.events);
  const { state, signed } = facts;
  const report = () => devtoolsReport(facts, labels);
  const copyReport = () => {
    const clipboard = globalThis.navigator?.clipboard;
    (clipboard ? clipboard.writeText(report()) : Promise.reject(new Error('no clipboard'))).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };
  const close = () => {
    setOpen(false);
    setCopy(undefined);
  };

  if (!open) {
    return (
      <button type="button" style={styles.toggle} aria-expanded={false} onClick={() => setOpen(true)}>
        {labels.toggle}
      </button>
    );
  }
  return (
    <section role="dialog" aria-label={labels.title} style={styles.sheet} data-dingkit-devtools="">
      <header style={styles.header}>
        <h2 style={styles.title}>{labels.title}</h2>
        <button type="button" style={styles.button} onClick={copyReport}>
          {copy === 'copied' ? labels.copied : labels.copy}
        </button>
        <button type="button" style={styles.button} onClick={close}>
          {labels.close}
        </button>
      </header>
      {copy === 'failed' && (
        <>
          <p role="status">{labels.copyFailed}</p>
          <textarea readOnly style={styles.report} value={report()} aria-label={labels.copy} />
        </>
      )}

      <h3 style={styles.heading}>{labels.environment}</h3>
      <ul style={styles.list}>
        <Row colon={labels.colon} term={labels.platform}>
          {facts.platform ?? labels.unknown}
        </Row>
        <Row colon={labels.colon} term={labels.version}>
          {facts.version ?? labels.unknown}
        </Row>
        <Row colon={labels.colon} term={labels.page}>
          {facts.page}
        </Row>
      </ul>

      <h3 style={styles.heading}>{labels.handshake}</h3>
      <ul style={styles.list}>
        <Row colon={labels.colon} term={labels.status}>
          {labels.statuses[state.status]}
        </Row>
        {signed ? (
          <>
            <Row colon={labels.colon} term={labels.signedUrl}>
              {String(signed.url)}
            </Row>
            <Row colon={labels.colon} term={labels.timeStamp}>
              {String(signed.timeStamp)}
              {facts.age === undefined ? '' : labels.age(facts.age)}
            </Row>
            <Row colon={labels.colon} term={labels.nonceStr}>
              {String(signed.nonceStr)}
            </Row>
          </>
        ) : (
          <li>{state.status === 'ready' && state.corpId ? labels.signedBefore : labels.notSigned}</li>
        )}
        <Row colon={labels.colon} term={labels.denied}>
          {state.unauthorizedAPIList.join(', ') || labels.none}
        </Row>
        <li>
          {/* Often forty names and more: folded, so that the call log stays in reach. */}
          <details>
            <summary>
              {labels.granted}
              {labels.colon}
              {state.authorizedAPIList.length}
            </summary>
            {state.authorizedAPIList.join(', ') || labels.none}
          </details>
        </li>
      </ul>
      {state.error && (
        <p role="alert" style={styles.error}>
          {`${state.error.code}: ${state.error.message}`}
        </p>
      )}

      <h3 style={styles.heading}>{labels.callCount(facts.calls.length)}</h3>
      {facts.calls.length ? (
        <ol style={styles.list} aria-label={labels.calls}>
          {facts.calls.map((step) => (
            <li key={step.before.id} style={styles.call}>
              <strong>{step.before.api}</strong>
              {` → ${outcomeOf(step, labels)}`}
              {step.after?.duration === undefined ? '' : ` · ${step.after.duration} ms`}
              {step.repeats.length ? ` · ${labels.laterAnswers(step.repeats.length)}` : ''}
              <pre style={styles.code}>{JSON.stringify(step.before.params)}</pre>
              {step.after?.error && <pre style={styles.code}>{step.after.error.message}</pre>}
            </li>
          ))}
        </ol>
      ) : (
        <p>{labels.noCalls}</p>
      )}
    </section>
  );
}
