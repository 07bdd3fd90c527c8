/**
 * Records unhandled promise rejections while a test file runs, in jsdom (Node's process event)
 * and in a browser (the window event). Returns the list and a function that stops recording.
 */
export function watchUnhandledRejections(): { reasons: unknown[]; stop(): void } {
  const reasons: unknown[] = [];
  const proc = (globalThis as { process?: { on?: unknown; off?: unknown } }).process;
  const onNode = (reason: unknown) => reasons.push(reason);
  const onWindow = (event: PromiseRejectionEvent) => reasons.push(event.reason);
  const nodeProcess =
    typeof proc?.on === 'function' && typeof proc.off === 'function'
      ? (proc as {
          on(e: string, f: (r: unknown) => void): void;
          off(e: string, f: (r: unknown) => void): void;
        })
      : undefined;
  nodeProcess?.on('unhandledRejection', onNode);
  globalThis.addEventListener?.('unhandledrejection', onWindow);
  return {
    reasons,
    stop() {
      nodeProcess?.off('unhandledRejection', onNode);
      globalThis.removeEventListener?.('unhandledrejection', onWindow);
    },
  };
}
