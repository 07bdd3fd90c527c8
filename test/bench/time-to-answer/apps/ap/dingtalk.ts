// The handshake's start, in a module of its own that main.tsx imports first and that imports
// nothing of React: modules evaluate in import order, so it runs before React's modules do.
import { prepareDingTalk } from '@dingkit/core';
import { fail, fetchSignature, mark } from '../plain';

// The call's own time on the main thread, which the bench reports.
performance.mark('tta:prepare-start');
export const client = prepareDingTalk({
  getSignature: fetchSignature,
  onReady: () => mark('ready'),
  onError: fail,
});
performance.mark('tta:prepare-end');
