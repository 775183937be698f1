import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics (prom-client), one registry per process. Each feature
 * counts what it does here; the API serves them (see server.ts), the worker too.
 * Label values are bounded sets (operation names, codes, outcomes), never ids or text.
 */
export const metrics = new Registry();
collectDefaultMetrics({ register: metrics, prefix: 'accord_' });

export const graphqlRequests = new Counter({
  name: 'accord_graphql_requests_total',
  help: 'GraphQL requests answered, by operation name and outcome code (OK or the first error code)',
  labelNames: ['operation', 'code'] as const,
  registers: [metrics],
});

export const graphqlDuration = new Histogram({
  name: 'accord_graphql_request_duration_seconds',
  help: 'GraphQL request latency by operation name',
  labelNames: ['operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metrics],
});

export const httpRefusals = new Counter({
  name: 'accord_http_refusals_total',
  help: 'Requests refused before GraphQL ran, by reason (rate_limited, sign_in_throttled, overloaded, body_timeout, too_large, bad_request)',
  labelNames: ['reason'] as const,
  registers: [metrics],
});

export const signInThrottled = new Counter({
  name: 'accord_sign_in_throttled_total',
  help: 'Sign-ins refused with 429 because the account or the client address had too many failed attempts',
  registers: [metrics],
});

export const poolConnections = new Gauge({
  name: 'accord_db_pool_connections',
  help: 'Database pool connections by state (in_use, idle, waiting callers)',
  labelNames: ['state'] as const,
  registers: [metrics],
});

export const remindersHandled = new Counter({
  name: 'accord_reminders_total',
  help: 'Reminders handled by the worker, by outcome (sent, skipped, failed)',
  labelNames: ['outcome'] as const,
  registers: [metrics],
});

export const reminderLag = new Histogram({
  name: 'accord_reminder_lag_seconds',
  help: 'Time from a reminder being due to its messages being sent',
  buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600],
  registers: [metrics],
});
