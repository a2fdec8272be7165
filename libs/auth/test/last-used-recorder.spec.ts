import { LastUsedRecorder } from '../src';
import { MemoryApiKeyStore } from './support/memory-api-key-store';

function setup(intervalMs = 60_000) {
  const clock = { now: 1_700_000_000_000 };
  const store = new MemoryApiKeyStore();
  const errors: unknown[] = [];
  const recorder = new LastUsedRecorder(store, { intervalMs, now: () => clock.now, onError: (error) => errors.push(error) });
  return { clock, store, recorder, errors };
}

describe('LastUsedRecorder', () => {
  it('writes at most once per key per interval', async () => {
    const { clock, store, recorder } = setup();
    expect(await recorder.record({ id: 'a' })).toBe(true);
    clock.now += 59_999;
    expect(await recorder.record({ id: 'a' })).toBe(false);
    expect(await recorder.record({ id: 'b' })).toBe(true);
    clock.now += 1;
    expect(await recorder.record({ id: 'a' })).toBe(true);
    expect(store.touches.map((touch) => [touch.id, touch.at.getTime()])).toEqual([
      ['a', 1_700_000_000_000],
      ['b', 1_700_000_059_999],
      ['a', 1_700_000_060_000],
    ]);
  });

  it('skips the write when the stored timestamp (from any instance) is recent', async () => {
    const { clock, store, recorder } = setup();
    expect(await recorder.record({ id: 'a', lastUsedAt: new Date(clock.now - 30_000) })).toBe(false);
    expect(await recorder.record({ id: 'a', lastUsedAt: new Date(clock.now - 60_000) })).toBe(true);
    expect(store.touches).toHaveLength(1);
  });

  it('reports a failed write without rejecting, and retries on the next use', async () => {
    const { store, recorder, errors } = setup();
    store.failTouches = true;
    await expect(recorder.record({ id: 'a' })).resolves.toBe(false);
    expect(errors).toHaveLength(1);
    store.failTouches = false;
    expect(await recorder.record({ id: 'a' })).toBe(true);
  });

  it('forgets the stalest keys beyond maxEntries', async () => {
    const clock = { now: 0 };
    const store = new MemoryApiKeyStore();
    const recorder = new LastUsedRecorder(store, { intervalMs: 1000, now: () => clock.now, maxEntries: 2 });
    await recorder.record({ id: 'a' });
    await recorder.record({ id: 'b' });
    await recorder.record({ id: 'c' });
    // 'a' was evicted, so it is written again within its interval; 'c' was not.
    expect(await recorder.record({ id: 'a' })).toBe(true);
    expect(await recorder.record({ id: 'c' })).toBe(false);
  });
});
