import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DataSource } from 'typeorm';
import type { AccordConfig } from '@accord/config';
import { metrics } from '../common/metrics';
import { poolState } from './health';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * GET /metrics: the process's Prometheus metrics, for a scraper sending
 * `Authorization: Bearer <METRICS_TOKEN>`. Without METRICS_TOKEN the endpoint is off
 * (404); a wrong or missing token is 401. The token is compared in constant time.
 */
export function metricsHandler(config: AccordConfig, ds: DataSource) {
  const expected = config.api.metricsToken ? digest(config.api.metricsToken) : null;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    res.setHeader('cache-control', 'no-store');
    if (!expected) {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('Not found');
      return;
    }
    const m = /^bearer\s+(\S+)$/i.exec(req.headers.authorization?.trim() ?? '');
    if (!m || !timingSafeEqual(digest(m[1]), expected)) {
      res.statusCode = 401;
      res.setHeader('www-authenticate', 'Bearer realm="metrics"');
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('A metrics token is required');
      return;
    }
    poolState(ds, config.db.poolMax);
    const text = await metrics.metrics();
    res.statusCode = 200;
    res.setHeader('content-type', metrics.contentType);
    res.end(text);
  };
}
