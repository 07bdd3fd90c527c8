/** Loads once; after a failed load the next caller tries again. */
/* @__NO_SIDE_EFFECTS__ */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((cause: unknown) => {
      pending = undefined;
      throw cause;
    }));
}
