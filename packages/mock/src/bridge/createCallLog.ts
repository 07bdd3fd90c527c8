import { toDingTalkError } from '@dingkit/core';
import type { MockCall } from '../MockController';

/** Every call a mock bridge was asked for, numbered from 1, with how it settled. */
export interface CallLog {
  /** Oldest first; a new array after each change. */
  readonly calls: readonly MockCall[];
  /** Logs a call under the next id, runs it with that id and follows its promise into the log. */
  record<T>(api: string, params: unknown, run: (id: number) => Promise<T>): Promise<T>;
  /** Adds a later answer to the call `id` (see `MockCall.repeats`). */
  repeat(id: number, answer: unknown): void;
  /** Forgets every call; the ids go on counting. */
  clear(): void;
}

const now = () => globalThis.performance?.now() ?? Date.now();

/** A call log that calls `onChange` after each change. */
export function createCallLog(onChange: () => void): CallLog {
  let seq = 0;
  let calls: readonly MockCall[] = [];

  /** Replaces the call `id` with what `change` makes of it. */
  const update = (id: number, change: (call: MockCall) => Partial<MockCall>) => {
    // Forgotten by clear(): nothing to update.
    if (!calls.some((call) => call.id === id)) return;
    calls = calls.map((call) => (call.id === id ? { ...call, ...change(call) } : call));
    onChange();
  };
  const settle = (id: number, started: number, outcome: Partial<MockCall>) =>
    update(id, () => ({ ...outcome, durationMs: Math.round((now() - started) * 10) / 10 }));

  return {
    get calls() {
      return calls;
    },
    record(api, params, run) {
      const id = ++seq;
      const started = now();
      calls = [...calls, { id, api, params, status: 'pending', startedAt: Date.now() }];
      onChange();
      const promise = run(id);
      promise.then(
        (result) => settle(id, started, { status: 'resolved', result }),
        (error: unknown) => settle(id, started, { status: 'rejected', error: toDingTalkError(api, error) }),
      );
      return promise;
    },
    repeat(id, answer) {
      update(id, (call) => ({ repeats: [...(call.repeats ?? []), answer] }));
    },
    clear() {
      calls = [];
      onChange();
    },
  };
}
