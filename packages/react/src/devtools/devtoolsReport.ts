// Types only from @dingkit/core: a value imported here would move the module it lives in out of
// the app's first chunk into one shared with this lazy one.
import type { CallEvent, DingTalkClient } from '@dingkit/core';
import type { DevtoolsLabels } from './devtoolsLabels';

/** One call or handshake step: its events paired. */
export interface DevtoolsStep {
  readonly before: CallEvent;
  readonly after: CallEvent | undefined;
  /** Its later answers, oldest first (a listening call's taps). */
  readonly repeats: readonly CallEvent[];
}

/** What the panel shows and the report says, from the client and the recorded events. */
export interface DevtoolsFacts {
  readonly platform: string | undefined;
  readonly version: string | undefined;
  readonly state: ReturnType<DingTalkClient['getState']>;
  /** The page's address without its hash. */
  readonly page: string;
  /** The last `config` step's params (redacted): the signed URL, timeStamp, nonceStr… */
  readonly signed: Readonly<Record<string, unknown>> | undefined;
  /** Seconds since the signed timeStamp. */
  readonly age: number | undefined;
  /** The calls (not the handshake), newest first. */
  readonly calls: readonly DevtoolsStep[];
}

/** Pairs each step's `before` and `after` events with its later answers, in the order the steps started. */
function stepsOf(events: readonly CallEvent[]): DevtoolsStep[] {
  const steps = new Map<number, { before: CallEvent; after: CallEvent | undefined; repeats: CallEvent[] }>();
  for (const event of events) {
    if (event.phase === 'before') {
      steps.set(event.id, { before: event, after: undefined, repeats: [] });
      continue;
    }
    const step = steps.get(event.id);
    if (event.phase === 'repeat') step?.repeats.push(event);
    else if (step) step.after = event;
  }
  return [...steps.values()];
}

/** The facts of the panel, now. */
export function devtoolsFacts(
  client: DingTalkClient,
  events: readonly CallEvent[],
  now = Date.now(),
): DevtoolsFacts {
  const steps = stepsOf(events);
  const state = client.getState();
  const details = state.error?.details;
  // The last config step (not findLast: older DingTalk web views lack it); when the handshake
  // failed after trying two URLs (signatureUrl 'auto'), the attempt its error reports.
  const configs = steps
    .filter((step) => step.before.api === 'config')
    .map((step) => step.before.params as Record<string, unknown> | undefined)
    .reverse();
  const config = configs.find((params) => !details?.url || params?.url === details.url) ?? configs[0];
  // Without a config step (a handshake that failed before it, or one from before the log), the
  // error's details still say what was signed.
  const signed = config ?? (details && 'url' in details ? details : undefined);
  const stamp = Number(String(signed?.timeStamp ?? '').slice(0, 10));
  return {
    platform: client.bridge?.platform ?? state.platform,
    version: client.bridge?.version,
    state,
    page: (globalThis.location?.href ?? '').split('#')[0] ?? '',
    signed,
    age: signed?.timeStamp === undefined || Number.isNaN(stamp) ? undefined : Math.round(now / 1000 - stamp),
    calls: steps.filter((step) => step.before.kind === 'call').reverse(),
  };
}

/** What a step ended with, in words: the error's code, OK, or pending. */
export const outcomeOf = ({ after }: DevtoolsStep, labels: DevtoolsLabels): string =>
  !after ? labels.pending : after.error ? String(after.error.code ?? after.error.name) : labels.ok;

const json = (value: unknown) => JSON.stringify(value) ?? String(value);
const list = (apis: readonly string[], labels: DevtoolsLabels) =>
  apis.length ? apis.join(', ') : labels.none;

/**
 * The report to paste into a support ticket, as plain text: environment, handshake, error with
 * its diagnosis, and the calls with their params and outcome. Built from redacted events only,
 * so it holds no signature, ticket or auth code.
 */
export function devtoolsReport(facts: DevtoolsFacts, labels: DevtoolsLabels, now = new Date()): string {
  const { state, signed } = facts;
  const lines = [
    `${labels.title} — ${now.toISOString()}`,
    `${labels.page}${labels.colon}${facts.page}`,
    `User-Agent: ${globalThis.navigator?.userAgent ?? ''}`,
    `${labels.platform}${labels.colon}${facts.platform ?? labels.unknown}; ${labels.version}${labels.colon}${facts.version ?? labels.unknown}`,
    `${labels.status}${labels.colon}${state.status} (${labels.statuses[state.status]})`,
    '',
    `[${labels.handshake}]`,
  ];
  if (signed) {
    lines.push(
      `${labels.signedUrl}${labels.colon}${String(signed.url)}`,
      `${labels.timeStamp}${labels.colon}${String(signed.timeStamp)}${facts.age === undefined ? '' : labels.age(facts.age)}`,
      `${labels.nonceStr}${labels.colon}${String(signed.nonceStr)}`,
      `agentId: ${String(signed.agentId ?? state.agentId)}; corpId: ${String(signed.corpId ?? state.corpId)}`,
    );
  } else lines.push(state.status === 'ready' && state.corpId ? labels.signedBefore : labels.notSigned);
  lines.push(
    `${labels.granted}${labels.colon}${list(state.authorizedAPIList, labels)}`,
    `${labels.denied}${labels.colon}${list(state.unauthorizedAPIList, labels)}`,
  );
  if (state.error) lines.push(`${state.error.code}: ${state.error.message}`);
  lines.push('', `[${labels.calls}]`);
  if (!facts.calls.length) lines.push(labels.noCalls);
  for (const step of facts.calls) {
    const { before, after } = step;
    const duration = after?.duration === undefined ? '' : ` ${after.duration} ms`;
    lines.push(
      `${new Date(before.start).toISOString()} ${before.api} → ${outcomeOf(step, labels)}${duration}`,
    );
    lines.push(`  params: ${json(before.params)}`);
    if (after?.error) lines.push(`  ${after.error.message}`);
    else if (after) lines.push(`  result: ${json(after.result)}`);
    if (step.repeats.length) {
      lines.push(
        `  ${labels.laterAnswers(step.repeats.length)}: ${step.repeats.map((e) => json(e.result)).join(' ')}`,
      );
    }
  }
  return lines.join('\n');
}
