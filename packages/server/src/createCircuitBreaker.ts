/** Options of the circuit breaker in front of each DingTalk API (`circuitBreaker` of `createDingTalkServer`). */
export interface CircuitBreakerOptions {
  /**
   * How many failures of one API in a row open its circuit: calls to it then fail at once with
   * `CIRCUIT_OPEN` instead of reaching DingTalk.
   * @default 3
   */
  failureThreshold?: number;
  /**
   * How long the circuit first stays open, in milliseconds. Then one call goes through as a
   * probe: if it fails, the circuit opens again for twice as long (up to `maxBackoffMs`); if it
   * succeeds, the circuit closes.
   * @default 1000
   */
  initialBackoffMs?: number;
  /**
   * The longest the circuit stays open between two probes, in milliseconds.
   * @default 60000
   */
  maxBackoffMs?: number;
}

export interface Admission {
  /** This call is the one probe of a half-open circuit. */
  probe: boolean;
}

export interface CircuitState {
  failures: number;
  /** Until when calls fail fast (the injected clock's milliseconds). */
  openUntil: number;
  backoffMs: number;
  probing: boolean;
}

export interface CircuitBreaker {
  /** Milliseconds until calls to `key` may go through again, or `0` when they may now. */
  waitMs(key: string): number;
  /** Lets a call through, or returns the milliseconds to wait (the circuit is open, or its probe is out). */
  admit(key: string): Admission | number;
  /** Reports how an admitted call ended. Returns `'opened'` or `'closed'` when the circuit changed. */
  record(key: string, admission: Admission, failed: boolean): 'opened' | 'closed' | undefined;
  /** The consecutive failures of `key`. */
  failures(key: string): number;
}

/**
 * One breaker per key (a DingTalk API): after `failureThreshold` failures in a row, calls fail
 * fast for a growing interval, then a single probe decides. It keeps DingTalk's per-API quota
 * (about 1500 calls a minute, shared by the whole organisation) for the calls that can succeed.
 */
export function createCircuitBreaker(
  options: Required<CircuitBreakerOptions>,
  now: () => number,
): CircuitBreaker {
  const { failureThreshold, initialBackoffMs, maxBackoffMs } = options;
  const states = new Map<string, CircuitState>();
  const state = (key: string): CircuitState => {
    let found = states.get(key);
    if (found === undefined) {
      found = { failures: 0, openUntil: 0, backoffMs: initialBackoffMs, probing: false };
      states.set(key, found);
    }
    return found;
  };
  // While a probe is out, the others wait about one initial backoff before asking again.
  const probeWaitMs = initialBackoffMs;

  return {
    waitMs(key) {
      const current = state(key);
      if (current.failures < failureThreshold) return 0;
      const left = current.openUntil - now();
      if (left > 0) return left;
      return current.probing ? probeWaitMs : 0;
    },
    admit(key) {
      const current = state(key);
      if (current.failures < failureThreshold) return { probe: false };
      const left = current.openUntil - now();
      if (left > 0) return left;
      if (current.probing) return probeWaitMs;
      current.probing = true;
      return { probe: true };
    },
    record(key, admission, failed) {
      const current = state(key);
      if (!failed) {
        const wasOpen = current.failures >= failureThreshold;
        current.failures = 0;
        current.backoffMs = initialBackoffMs;
        current.probing = false;
        return wasOpen ? 'closed' : undefined;
      }
      current.failures += 1;
      if (admission.probe) {
        current.probing = false;
        current.backoffMs = Math.min(current.backoffMs * 2, maxBackoffMs);
        current.openUntil = now() + current.backoffMs;
        return undefined;
      }
      if (current.failures === failureThreshold) {
        current.openUntil = now() + current.backoffMs;
        return 'opened';
      }
      return undefined;
    },
    failures: (key) => state(key).failures,
  };
}
