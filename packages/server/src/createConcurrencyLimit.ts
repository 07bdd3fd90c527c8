export interface ConcurrencyLimit {
  /**
   * Resolves when one of the slots is this caller's. Rejects with `queueFull()` at once when
   * `maxQueued` callers already wait, or with `waitedTooLong()` when no slot is free by `deadline`
   * (`Date.now()` milliseconds).
   */
  acquire(deadline: number): Promise<void>;
  /** Frees a slot taken with `acquire`: the longest-waiting caller gets it. */
  release(): void;
  /** Slots taken now. */
  readonly active: number;
}

interface Waiter {
  grant(): void;
}

/** At most `max` holders at a time, the others waiting first come, first served. */
export function createConcurrencyLimit(
  max: number,
  maxQueued: number,
  queueFull: () => Error,
  waitedTooLong: () => Error,
): ConcurrencyLimit {
  let active = 0;
  const queue: Waiter[] = [];
  return {
    get active() {
      return active;
    },
    acquire(deadline) {
      if (active < max) {
        active += 1;
        return Promise.resolve();
      }
      if (queue.length >= maxQueued) return Promise.reject(queueFull());
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          grant() {
            clearTimeout(timer);
            resolve();
          },
        };
        const timer = setTimeout(
          () => {
            queue.splice(queue.indexOf(waiter), 1);
            reject(waitedTooLong());
          },
          Math.max(0, deadline - Date.now()),
        );
        queue.push(waiter);
      });
    },
    release() {
      const next = queue.shift();
      // The slot passes straight to the next waiter, so `active` stays the same.
      if (next) next.grant();
      else active -= 1;
    },
  };
}
