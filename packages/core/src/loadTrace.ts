// The loader of `onCall`'s events, apart from the first load's (`load.ts`): only a client's
// session, itself deferred, imports it, and only for a client given `onCall`.
import { once } from './loadOnce';

/** What `onCall` needs (events, timing, redaction); only clients given `onCall` load it. */
export const loadTrace = once(() => import('./traceCall'));
