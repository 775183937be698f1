import { Client } from 'pg';
import IORedis from 'ioredis';
import type { AccordConfig } from '@accord/config';

const reason = (e: unknown) => (e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e));

/**
 * Checks that PostgreSQL and Redis answer. Returns null when both do, or one
 * plain paragraph per missing service saying what is wrong and the command that fixes it.
 */
export async function checkServices(config: AccordConfig): Promise<string | null> {
  const problems: string[] = [];
  const pg = new Client({
    host: config.db.host,
    port: config.db.port,
    user: config.db.admin.user,
    password: config.db.admin.password || undefined,
    database: 'postgres',
    connectionTimeoutMillis: 3000,
  });
  try {
    await pg.connect();
    await pg.query('SELECT 1');
  } catch (e) {
    problems.push(
      `PostgreSQL is not answering at ${config.db.host}:${config.db.port} as user "${config.db.admin.user}" (${reason(e)}). ` +
        'Accord keeps everything in PostgreSQL, so it cannot start without it. Start it with ' +
        '`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` (Debian/Ubuntu), ' +
        'or `docker compose up -d postgres`, or set PGHOST, PGPORT and PG_ADMIN_USER to a server of yours.',
    );
  } finally {
    await pg.end().catch(() => undefined);
  }
  const redis = new IORedis(config.redis.url, { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  let lastError: unknown;
  redis.on('error', (e) => (lastError = e));
  try {
    await redis.connect();
    await redis.ping();
  } catch (e) {
    problems.push(
      `Redis is not answering at ${config.redis.url} (${reason(lastError ?? e)}). Accord's worker queues its jobs in Redis. Start it with ` +
        '`redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no`, ' +
        'or `docker compose up -d redis`, or set REDIS_URL to a server of yours.',
    );
  } finally {
    redis.disconnect();
  }
  return problems.length ? problems.join('\n\n') : null;
}
