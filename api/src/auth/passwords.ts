import argon2 from 'argon2';
import { serviceUnavailable } from '../common/errors';
import { msg } from '../common/messages';

export { PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from './password-policy';

/** argon2id with OWASP's recommended minimum: 19 MiB memory, 2 iterations, 1 lane. */
const options = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Unbounded: for the seed and scripts. The API goes through a HashGate. */
export const hashPassword = (password: string): Promise<string> => argon2.hash(password, options);

/** A hash of a random password: verified against when the e-mail is unknown, so both cases take as long. */
let decoy: Promise<string> | undefined;

export async function verifyPassword(hash: string | undefined | null, password: string): Promise<boolean> {
  if (!hash) {
    decoy ??= hashPassword(`decoy-${Math.random()}`);
    await argon2.verify(await decoy, password).catch(() => false);
    return false;
  }
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * Bounds how many argon2 computations run at once in this process (each takes a
 * CPU for tens of milliseconds and 19 MiB), so a flood of sign-ins cannot starve
 * everything else: waiting callers cost only a pending promise. A caller waits for
 * a slot at most `waitMs`; then, or when `maxWaiting` callers already wait, it gets
 * a 503 with Retry-After (after a pause, see refuseSlowly). Nothing here
 * holds a database connection: callers hash before or after their transaction.
 */
export class HashGate {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    private readonly waitMs: number,
    private readonly maxWaiting = 1000,
  ) {}

  get busy(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.queue.length };
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await fn();
    } finally {
      this.release();
    }
  }

  hash(password: string): Promise<string> {
    return this.run(() => hashPassword(password));
  }

  verify(hash: string | undefined | null, password: string): Promise<boolean> {
    return this.run(() => verifyPassword(hash, password));
  }

  private acquire(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    if (this.queue.length >= this.maxWaiting || this.waitMs <= 0) return refuseSlowly(this.busyError());
    return new Promise<void>((resolve, reject) => {
      const go = () => {
        clearTimeout(timer);
        resolve(); // the slot is handed over: running stays the same
      };
      const timer = setTimeout(() => {
        const at = this.queue.indexOf(go);
        if (at >= 0) this.queue.splice(at, 1);
        reject(this.busyError());
      }, this.waitMs);
      this.queue.push(go);
    });
  }

  private release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.running--;
  }

  private busyError() {
    return serviceUnavailable(msg('auth.hashBusy'), Math.max(1, Math.ceil(this.waitMs / 1000)));
  }
}

/** How long a refused sign-in (throttled, or the gate full) is held before its answer. */
export const REFUSAL_DELAY_MS = 2000;

/**
 * Rejects with `error` after REFUSAL_DELAY_MS (at most `maxMs`): a client that tries
 * again as soon as it is refused then makes about one attempt every two seconds per
 * connection, rather than as many as the API can refuse, which would take the
 * event loop from everyone else. Holding the answer costs a timer, no connection.
 */
export function refuseSlowly(error: Error, maxMs = REFUSAL_DELAY_MS): Promise<never> {
  return new Promise((_ok, fail) => setTimeout(() => fail(error), Math.min(REFUSAL_DELAY_MS, maxMs)));
}

const gates = new Map<string, HashGate>();

/** The process's gate for these settings (one per process in practice; tests may start several APIs). */
export function hashGate(settings: { concurrency: number; waitMs: number }): HashGate {
  const key = `${settings.concurrency}:${settings.waitMs}`;
  let gate = gates.get(key);
  if (!gate) gates.set(key, (gate = new HashGate(settings.concurrency, settings.waitMs)));
  return gate;
}
