import type { Redis } from 'ioredis';
import { hashApiKey } from '../auth/tokens';
import { msg, type Message } from './messages';

/** The API key a request carries, if any (the same headers the request context reads). */
export function apiKeyOf(headers: { authorization?: string; 'x-api-key'?: string | string[] }): string | null {
  const header = headers['x-api-key'];
  if (typeof header === 'string' && header.trim()) return header.trim();
  const m = /^apikey\s+(\S+)/i.exec(headers.authorization ?? '');
  return m ? m[1] : null;
}

/** One process's share of a key's budget for the current window, leased from Redis. */
interface Lease {
  window: number;
  left: number;
  /** A lease being fetched: requests that arrive meanwhile wait for it rather than ask Redis too. */
  pending?: Promise<void>;
  /** Redis said the window's budget is spent. */
  spent?: boolean;
  /** The window's count in Redis when this process last leased (what every process has taken). */
  taken: number;
}

/**
 * Where a key stands in the current window, for the RateLimit response headers:
 * the limit, what is left (this process's unused lease plus what no process has
 * leased yet, so at most the true figure plus other processes' unused leases) and
 * the seconds until the window starts again.
 */
export interface RateLimitBudget {
  limit: number;
  remaining: number;
  reset: number;
  windowSeconds: number;
}

/**
 * The headers that tell a client its budget: the IETF httpapi draft's RateLimit-Policy
 * and RateLimit (draft 10: quota q over window w seconds; r left, t seconds to reset),
 * and the older RateLimit-Limit / -Remaining / -Reset many clients read.
 */
export function rateLimitHeaders(b: RateLimitBudget): Record<string, string> {
  return {
    'RateLimit-Policy': `"per-key";q=${b.limit};w=${b.windowSeconds}`,
    RateLimit: `"per-key";r=${b.remaining};t=${b.reset}`,
    'RateLimit-Limit': String(b.limit),
    'RateLimit-Remaining': String(b.remaining),
    'RateLimit-Reset': String(b.reset),
  };
}

/**
 * Per-API-key rate limit, a fixed one-minute window counted in Redis, so every
 * API process shares one budget. Over the limit: 429 with Retry-After, before any
 * database work. Signed-in people are not limited here.
 *
 * A process leases a few requests at a time (a fiftieth of the limit, at least
 * one) rather than asking Redis on every request; leases never add up to more than
 * the limit, and what a process leased but did not use is at most one lease per
 * process per minute.
 */
export interface RateLimited {
  retryAfter: number;
  message: Message;
}

export type ApiKeyRateLimiter = (headers: Record<string, string | string[] | undefined>, budget?: (b: RateLimitBudget) => void) => Promise<RateLimited | null>;

export function apiKeyRateLimit(redis: Redis, prefix: string, perMinute: number): ApiKeyRateLimiter {
  const chunk = Math.max(1, Math.floor(perMinute / 50));
  const leases = new Map<string, Lease>();

  async function lease(id: string, lease: Lease): Promise<void> {
    const counter = `${prefix}:ratelimit:${id}:${lease.window}`;
    const [[, count]] = (await redis.multi().incrby(counter, chunk).expire(counter, 120).exec()) as [[unknown, number]];
    const granted = Math.min(chunk, perMinute - (count - chunk));
    lease.taken = Math.min(perMinute, count);
    if (granted > 0) lease.left += granted;
    else lease.spent = true;
  }

  /** null: go ahead. A request with an API key also has its budget after this request passed to `budget`. */
  return async (headers, budget) => {
    const key = apiKeyOf(headers as never);
    if (!key) return null;
    const id = hashApiKey(key).toString('hex').slice(0, 32);
    try {
      for (;;) {
        const now = Date.now();
        const window = Math.floor(now / 60_000);
        let current = leases.get(id);
        if (!current || current.window !== window) {
          if (leases.size >= 10_000) leases.clear();
          current = { window, left: 0, taken: 0 };
          leases.set(id, current);
        }
        const reset = Math.max(1, Math.ceil(((window + 1) * 60_000 - now) / 1000));
        if (current.left > 0) {
          current.left--;
          budget?.({ limit: perMinute, remaining: Math.max(0, perMinute - current.taken + current.left), reset, windowSeconds: 60 });
          return null;
        }
        if (current.spent) {
          const retryAfter = reset;
          budget?.({ limit: perMinute, remaining: 0, reset, windowSeconds: 60 });
          return { retryAfter, message: msg('http.keyRateLimited', { perMinute, seconds: retryAfter }) };
        }
        const mine = current;
        mine.pending ??= lease(id, mine).finally(() => (mine.pending = undefined));
        await mine.pending;
      }
    } catch {
      // Redis down: serve rather than fail closed; the database is the limit of last resort.
      leases.delete(id);
      return null;
    }
  };
}
