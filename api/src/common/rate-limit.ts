import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { hashApiKey } from '../auth/tokens';

/** The API key a request carries, if any (the same headers the request context reads). */
export function apiKeyOf(headers: { authorization?: string; 'x-api-key'?: string | string[] }): string | null {
  const header = headers['x-api-key'];
  if (typeof header === 'string' && header.trim()) return header.trim();
  const m = /^apikey\s+(\S+)/i.exec(headers.authorization ?? '');
  return m ? m[1] : null;
}

/**
 * Per-API-key rate limit, a fixed one-minute window counted in Redis (so every
 * API process shares it). Over the limit: 429 with Retry-After, before any
 * database work. Signed-in people are not limited here.
 */
export function apiKeyRateLimit(redis: Redis, prefix: string, perMinute: number): RequestHandler {
  return async (req, res, next) => {
    const key = apiKeyOf(req.headers as never);
    if (!key) return next();
    const now = Date.now();
    const window = Math.floor(now / 60_000);
    const counter = `${prefix}:ratelimit:${hashApiKey(key).toString('hex').slice(0, 32)}:${window}`;
    try {
      const [[, count]] = (await redis.multi().incr(counter).expire(counter, 120).exec()) as [[unknown, number]];
      if (count > perMinute) {
        const retryAfter = Math.max(1, Math.ceil(((window + 1) * 60_000 - now) / 1000));
        res.setHeader('Retry-After', String(retryAfter));
        res.status(429).json({
          errors: [{ message: `Too many requests for this API key: at most ${perMinute} a minute. Retry in ${retryAfter} s.`, extensions: { code: 'RATE_LIMITED', retryAfter } }],
        });
        return;
      }
    } catch {
      // Redis down: serve rather than fail closed; the database is the limit of last resort.
    }
    next();
  };
}
