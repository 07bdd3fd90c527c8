/** A store that tells its listeners when it changed: the client and the call observers. */
export class Subscribable {
  #listeners = new Set<() => void>();

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  /** Tells every listener. */
  protected notify(): void {
    for (const listener of this.#listeners) listener();
  }
}
