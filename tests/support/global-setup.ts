import { randomBytes } from 'node:crypto';
import { checkServices, createDataSource, ensureDatabase, localDate, migrate, seedDemo } from '@accord/api';
import { Client } from 'pg';
import type { AccordConfig } from '@accord/config';
import { templateDatabase, testConfig } from './env';

/**
 * Databases of test runs that were killed before their teardown (run ids start with the
 * run's start time in base 36): dropped once they are a day old.
 */
async function dropAbandonedDatabases(config: AccordConfig): Promise<void> {
  const admin = new Client({ host: config.db.host, port: config.db.port, user: config.db.admin.user, database: 'postgres' });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'accord\\_t\\_%'`);
    for (const { datname } of rows) {
      const started = parseInt(datname.split('_')[2]?.slice(0, 8) ?? '', 36);
      if (Number.isFinite(started) && Date.now() - started > 86_400_000) {
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => undefined);
      }
    }
  } finally {
    await admin.end();
  }
}

/** Creates this run's template database (migrated, with the demo data) that each test file clones. */
export default async function globalSetup(): Promise<void> {
  process.env.ACCORD_TEST_RUN ??= `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const config = testConfig(templateDatabase());
  const problem = await checkServices(config);
  if (problem) throw new Error(`\n${problem}\n`);
  await dropAbandonedDatabases(config);
  await ensureDatabase(config);
  await migrate(config);
  const ds = createDataSource(config, 'app');
  await ds.initialize();
  try {
    await seedDemo(ds, localDate('Europe/London'));
  } finally {
    await ds.destroy();
  }
}
