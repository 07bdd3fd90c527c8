import { type SignInput, sign } from '@dingkit/core';

/** sha1 of a string as lowercase hex, synchronously. */
export type Sha1 = (text: string) => string;

/**
 * `node:crypto`'s sha1 where the runtime has it (Node, Bun, Deno and edge runtimes with Node
 * compatibility), found at run time so that nothing imports `node:crypto` where it does not exist.
 */
export function findNodeSha1(): Sha1 | undefined {
  const runtime = (globalThis as { process?: { getBuiltinModule?: NodeJS.Process['getBuiltinModule'] } })
    .process;
  const crypto = runtime?.getBuiltinModule?.('node:crypto');
  if (crypto === undefined || typeof crypto.createHash !== 'function') return undefined;
  return (text) => crypto.createHash('sha1').update(text).digest('hex');
}

/**
 * The JS-API signature (see `sign` in `@dingkit/core`): with `node:crypto` it is computed at once,
 * without Web Crypto's asynchronous `subtle.digest` round trip (the cost that limited the
 * server's throughput); without it, `sign` from `@dingkit/core` (Web Crypto) does it.
 */
export function createJsapiSigner(sha1: Sha1 | undefined): (input: SignInput) => string | Promise<string> {
  if (sha1 === undefined) return sign;
  // The keys in ASCII order, as the algorithm sorts them.
  return (input) =>
    sha1(
      `jsapi_ticket=${input.jsapi_ticket}&noncestr=${input.noncestr}&timestamp=${input.timestamp}&url=${input.url}`,
    );
}
