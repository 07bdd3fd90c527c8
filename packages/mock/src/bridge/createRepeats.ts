/** The calls that listen for their later answers (`onRepeat`): one per API, as on the client. */
export interface Repeats {
  /**
   * Hands `api`'s later answers to `onRepeat` until `signal` aborts; a later call of `api` that
   * listens takes over, as a second `setLeft` takes over the button.
   */
  listen(api: string, onRepeat: (raw: unknown) => void, signal: AbortSignal, id: number): void;
  /** Answers the listening call of `api` again; whether one was listening. */
  answerAgain(api: string, answer: unknown): boolean;
}

/** Repeats that tell `onAnswer` each later answer and the id of the call it answered. */
export function createRepeats(onAnswer: (id: number, answer: unknown) => void): Repeats {
  const listeners = new Map<string, { id: number; onRepeat: (raw: unknown) => void }>();
  return {
    listen(api, onRepeat, signal, id) {
      if (signal.aborted) return;
      const listener = { id, onRepeat };
      listeners.set(api, listener);
      signal.addEventListener(
        'abort',
        () => {
          if (listeners.get(api) === listener) listeners.delete(api);
        },
        { once: true },
      );
    },
    answerAgain(api, answer) {
      const listener = listeners.get(api);
      if (!listener) return false;
      onAnswer(listener.id, answer);
      listener.onRepeat(answer);
      return true;
    },
  };
}
