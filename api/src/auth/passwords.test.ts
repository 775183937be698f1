import { HashGate } from './passwords';

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('HashGate', () => {
  test('never runs more than its concurrency at once, and runs everything queued in order', async () => {
    for (const concurrency of [1, 2, 3]) {
      const gate = new HashGate(concurrency, 5_000);
      let running = 0;
      let most = 0;
      const order: number[] = [];
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          gate.run(async () => {
            running++;
            most = Math.max(most, running);
            await sleep(5);
            order.push(i);
            running--;
          }),
        ),
      );
      expect([concurrency, most]).toEqual([concurrency, concurrency]);
      expect(order).toHaveLength(10);
      expect(gate.busy).toEqual({ running: 0, waiting: 0 });
    }
  });

  test('a caller that waits longer than waitMs gets SERVICE_UNAVAILABLE with retryAfter; the slot is not lost', async () => {
    const gate = new HashGate(1, 20);
    const slow = gate.run(() => sleep(150));
    const started = Date.now();
    const waited = await gate.run(async () => 'ran').catch((e) => e);
    expect(waited.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfter: 1 });
    expect(Date.now() - started).toBeLessThan(140);
    await slow;
    expect(gate.busy).toEqual({ running: 0, waiting: 0 });
    expect(await gate.run(async () => 'ran')).toBe('ran');
  });

  test('a failing task frees its slot', async () => {
    const gate = new HashGate(1, 1_000);
    await expect(gate.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(async () => 42)).toBe(42);
    expect(gate.busy).toEqual({ running: 0, waiting: 0 });
  });

  test('verify: a right and a wrong password, and an unknown account (no hash) answered false', async () => {
    const gate = new HashGate(1, 5_000);
    const hash = await gate.hash('granite-orchard-lantern-47');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await gate.verify(hash, 'granite-orchard-lantern-47')).toBe(true);
    expect(await gate.verify(hash, 'granite-orchard-lantern-48')).toBe(false);
    expect(await gate.verify(null, 'granite-orchard-lantern-47')).toBe(false);
    expect(await gate.verify('not-a-hash', 'x')).toBe(false);
  });
});
