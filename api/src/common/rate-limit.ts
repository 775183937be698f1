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

export function apiKeyRateLimit(redis: Redis, prefix: string, perMinute: number): (headers: Record<string, string | string[] | undefined>) => Promise<RateLimited | null> {
  const chunk = Math.max(1, Math.floor(perMinute / 50));
  const leases = new Map<string, Lease>();

  async function lease(id: string, lease: Lease): Promise<void> {
    const counter = `${prefix}:ratelimit:${id}:${lease.window}`;
    const [[, count]] = (await redis.multi().incrby(counter, chunk).expire(counter, 120).exec()) as [[unknown, number]];
    const granted = Math.min(chunk, perMinute - (count - chunk));
    if (granted > 0) lease.left += granted;
    else lease.spent = true;
  }

  /** null: go ahead. */
  return async (headers) => {
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
          current = { window, left: 0 };
          leases.set(id, current);
        }
        if (current.left > 0) {
          current.left--;
          return null;
        }
        if (current.spent) {
          const retryAfter = Math.max(1, Math.ceil(((window + 1) * 60_000 - now) / 1000));
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
