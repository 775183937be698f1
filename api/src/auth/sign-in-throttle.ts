import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface SignInLimits {
  /** Failed sign-ins allowed per account (e-mail address, known or not) in a window. */
  accountLimit: number;
  /** Failed sign-ins allowed per client address in a window. */
  addressLimit: number;
  windowSeconds: number;
}

/** A sign-in attempt let through: call succeeded() or failed() once its password is checked. */
export interface SignInAttempt {
  succeeded(): Promise<void>;
  failed(): Promise<void>;
}

/**
 * Sign-in throttling, counted in Redis (rate-limiter-flexible) so every API process
 * shares the counts: each attempt takes a point from its account (the e-mail, hashed,
 * whether or not such an account exists, so a locked account and an unknown one
 * answer alike) and from its client address before the password is checked; a
 * right password gives them back. With no points left the attempt is refused
 * (429, Retry-After) without checking the password, until the window that began
 * with the first failure ends: the right password does not get in meanwhile.
 *
 * While Redis is unreachable each process counts in its own memory (the same
 * limits per process), so throttling goes on, a little looser with several processes.
 */
export class SignInThrottle {
  private readonly account: RateLimiterRedis;
  private readonly address: RateLimiterRedis;

  constructor(redis: Redis, keyPrefix: string, limits: SignInLimits) {
    const make = (kind: string, points: number) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${keyPrefix}:${kind}`,
        points,
        duration: limits.windowSeconds,
        rejectIfRedisNotReady: true,
        // Once refused, the key is refused from this process's memory until its window ends (no Redis round trip per attempt).
        inMemoryBlockOnConsumed: points + 1,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: `${keyPrefix}:${kind}`, points, duration: limits.windowSeconds }),
      });
    this.account = make('account', limits.accountLimit);
    this.address = make('address', limits.addressLimit);
  }

  /** The attempt, or the seconds to wait before trying again. */
  async attempt(email: string, address: string): Promise<SignInAttempt | { retryAfter: number }> {
    const accountKey = createHash('sha256').update(email.trim().toLowerCase(), 'utf8').digest('hex').slice(0, 40);
    const addressKey = address || 'unknown';
    const refused = await take(this.address, addressKey);
    if (refused) return refused;
    const locked = await take(this.account, accountKey);
    if (locked) return locked;
    return {
      succeeded: async () => {
        await Promise.all([this.account.delete(accountKey), this.address.reward(addressKey, 1)]).catch(() => undefined);
      },
      failed: async () => undefined, // the points stay taken
    };
  }
}

/** Takes a point; null when there was one, else how long until there is. */
async function take(limiter: RateLimiterRedis, key: string): Promise<{ retryAfter: number } | null> {
  try {
    await limiter.consume(key, 1);
    return null;
  } catch (e) {
    if (e instanceof RateLimiterRes) return { retryAfter: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
    return null; // neither Redis nor the memory fallback answered: let the password check decide
  }
}
