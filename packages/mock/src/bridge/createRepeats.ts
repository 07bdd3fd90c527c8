/** The calls that listen for their later answers (`onRepeat`): one per API, as on the client. */
export interface Repeats {
  /**
   * Hands `api`'s later answers to `onRepeat` until `signal` aborts; a later call of `api` that
   * listens takes over, as a second `setLeft` takes over the button.
   */
  listen(api: string, onRepeat: (raw: unknown) => void, signal: AbortSignal): void;
  /** Answers the listening call of `api` again; whether one was listening. */
  answerAgain(api: string, answer: unknown): boolean;
}

export function createRepeats(): Repeats {
  const listeners = new Map<string, (raw: unknown) => void>();
  return {
    listen(api, onRepeat, signal) {
      if (signal.aborted) return;
      listeners.set(api, onRepeat);
      signal.addEventListener(
        'abort',
        () => {
          if (listeners.get(api) === onRepeat) listeners.delete(api);
        },
        { once: true },
      );
    },
    answerAgain(api, answer) {
      const listener = listeners.get(api);
      listener?.(answer);
      return listener !== undefined;
    },
  };
}
