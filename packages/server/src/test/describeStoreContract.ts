import { describe, expect, it } from 'vitest';
import type { DingTalkStore } from '../DingTalkStore';

export interface StoreUnderTest {
  store: DingTalkStore;
  /** Lets `ms` pass for the store's TTLs (an injected clock, or real waiting). */
  elapse(ms: number): Promise<void>;
}

/** The behaviour every `DingTalkStore` must have, run against one implementation. */
export function describeStoreContract(name: string, setup: () => StoreUnderTest) {
  describe(`${name} follows the store contract`, () => {
    it('gets what was set, and nothing for an unknown key', async () => {
      const { store } = setup();
      await expect(store.get('contract:missing')).resolves.toBeFalsy();
      await store.set('contract:a', 'value-a', 10_000);
      await expect(store.get('contract:a')).resolves.toBe('value-a');
      await store.set('contract:a', 'value-b', 10_000);
      await expect(store.get('contract:a')).resolves.toBe('value-b');
    });

    it('forgets a value when its TTL has passed', async () => {
      const { store, elapse } = setup();
      await store.set('contract:ttl', 'short', 60);
      await expect(store.get('contract:ttl')).resolves.toBe('short');
      await elapse(150);
      await expect(store.get('contract:ttl')).resolves.toBeFalsy();
    });

    it('sets if absent only once until the value expires or is deleted', async () => {
      const { store, elapse } = setup();
      await expect(store.setIfAbsent('contract:lock', 'owner-1', 60)).resolves.toBe(true);
      await expect(store.setIfAbsent('contract:lock', 'owner-2', 60)).resolves.toBe(false);
      await expect(store.get('contract:lock')).resolves.toBe('owner-1');
      await elapse(150);
      await expect(store.setIfAbsent('contract:lock', 'owner-2', 10_000)).resolves.toBe(true);
      await store.delete('contract:lock');
      await expect(store.setIfAbsent('contract:lock', 'owner-3', 10_000)).resolves.toBe(true);
    });

    it('deletes with ifValue only while the key still holds that value', async () => {
      const { store } = setup();
      await store.set('contract:owned', 'mine', 10_000);
      await store.delete('contract:owned', 'someone-else');
      await expect(store.get('contract:owned')).resolves.toBe('mine');
      await store.delete('contract:owned', 'mine');
      await expect(store.get('contract:owned')).resolves.toBeFalsy();
    });

    it('lets exactly one of many concurrent setIfAbsent calls win', async () => {
      const { store } = setup();
      const wins = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          store.setIfAbsent('contract:race', `owner-${index}`, 10_000),
        ),
      );
      expect(wins.filter(Boolean)).toHaveLength(1);
    });
  });
}
