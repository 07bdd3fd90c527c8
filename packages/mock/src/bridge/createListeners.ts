/** A set of listeners to tell about something. */
export interface Listeners<T = void> {
  /** Adds `listener`; returns the function that removes it. */
  add(listener: (value: T) => void): () => void;
  /** Calls every listener, those added meanwhile excepted. */
  notify(value: T): void;
}

export function createListeners<T = void>(): Listeners<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    add(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    notify(value) {
      for (const listener of [...listeners]) listener(value);
    },
  };
}
