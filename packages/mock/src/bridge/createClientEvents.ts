import { createListeners, type Listeners } from './createListeners';

/** The client events of a mock bridge (`leftBtnClick`, `resume`…) and their listeners. */
export interface ClientEvents {
  /** Subscribes to `event`; returns the unsubscribe function. */
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** Fires `event` to its listeners. */
  fire(event: string, payload: unknown): void;
}

export function createClientEvents(): ClientEvents {
  const byEvent = new Map<string, Listeners<unknown>>();
  return {
    on(event, listener) {
      let listeners = byEvent.get(event);
      if (!listeners) {
        listeners = createListeners();
        byEvent.set(event, listeners);
      }
      return listeners.add(listener);
    },
    fire(event, payload) {
      byEvent.get(event)?.notify(payload);
    },
  };
}
