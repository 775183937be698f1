import { Client } from 'pg';
import IORedis from 'ioredis';
import { runId, testConfig, templateDatabase } from './env';

/** Drops this run's databases and Redis keys. */
export default async function globalTeardown(): Promise<void> {
  const config = testConfig(templateDatabase());
  const admin = new Client({ host: config.db.host, port: config.db.port, user: config.db.admin.user, database: 'postgres' });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `accord_t_${runId()}_%`,
    ]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  const redis = new IORedis(config.redis.url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.redis.prefix}*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
