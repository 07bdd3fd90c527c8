import { createMemoryStore } from './createMemoryStore';
import { describeStoreContract } from './test/describeStoreContract';

describeStoreContract('createMemoryStore', () => {
  let clock = 1_000_000;
  return {
    store: createMemoryStore({ now: () => clock }),
    elapse: async (ms) => {
      clock += ms;
    },
  };
});
