import type { IncomingMessage, ServerResponse } from 'node:http';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Redis } from 'ioredis';
import type { AccordConfig } from '@accord/config';
import { poolConnections } from '../common/metrics';

/** Each check gives up after this long, so /healthz answers within a second whatever is down. */
const CHECK_MS = 700;

export interface PoolState {
  max: number;
  inUse: number;
  idle: number;
  waiting: number;
}

/** The app pool's connections now (pg Pool under TypeORM's driver), and the Prometheus gauges set to match. */
export function poolState(ds: DataSource, max: number): PoolState {
  const pool = (ds.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
  const total = pool?.totalCount ?? 0;
  const idle = pool?.idleCount ?? 0;
  const state = { max, inUse: total - idle, idle, waiting: pool?.waitingCount ?? 0 };
  poolConnections.set({ state: 'in_use' }, state.inUse);
  poolConnections.set({ state: 'idle' }, state.idle);
  poolConnections.set({ state: 'waiting' }, state.waiting);
  return state;
}

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    work.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]);
}

/** Postgres answers `SELECT 1` on a connection of its own (not the pool's, which may be full). */
async function checkPostgres(config: AccordConfig): Promise<{ ok: boolean; ms: number; error?: string }> {
  const t = performance.now();
  const { db } = config;
  const client = new Client({
    host: db.host,
    port: db.port,
    database: db.database,
    user: db.app.user,
    password: db.app.password,
    application_name: 'accord-health',
    connectionTimeoutMillis: CHECK_MS,
    statement_timeout: CHECK_MS,
  });
  client.on('error', () => undefined);
  try {
    await within(CHECK_MS, client.connect().then(() => client.query('SELECT 1')));
    return { ok: true, ms: Math.round(performance.now() - t) };
  } catch (e) {
    return { ok: false, ms: Math.round(performance.now() - t), error: short(e) };
  } finally {
    void client.end().catch(() => undefined);
  }
}

async function checkRedis(redis: Redis): Promise<{ ok: boolean; ms: number; error?: string }> {
  const t = performance.now();
  try {
    await within(CHECK_MS, redis.ping());
    return { ok: true, ms: Math.round(performance.now() - t) };
  } catch (e) {
    return { ok: false, ms: Math.round(performance.now() - t), error: short(e) };
  }
}

/** A short reason, without addresses or internals beyond what an operator needs. */
const short = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 120);

/**
 * GET /healthz: within a second, the state of Postgres, Redis and the app's pool
 * ({ status, postgres, redis, pool: { max, inUse, idle, waiting } }); 200 when
 * Postgres and Redis both answer, else 503 with status "degraded" (a readiness check:
 * GraphQL still answers without Redis, but reminders cannot be queued and API key rate
 * limits are not applied).
 */
export function healthHandler(config: AccordConfig, ds: DataSource, redis: Redis) {
  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const [postgres, redisState] = await Promise.all([checkPostgres(config), checkRedis(redis)]);
    const pool = poolState(ds, config.db.poolMax);
    const ok = postgres.ok && redisState.ok;
    res.statusCode = ok ? 200 : 503;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(JSON.stringify({ status: ok ? 'ok' : 'degraded', postgres, redis: redisState, pool }));
  };
}
