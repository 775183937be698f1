import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, dropDatabase, ensureDatabase } from '@accord/api';
import type { AccordConfig } from '@accord/config';
import { runId, templateDatabase, testConfig } from './env';

export interface TestDb {
  config: AccordConfig;
  /** Connected as the application role (row-level security applies). */
  app: DataSource;
  /** A client connected as the Postgres admin, for checks that must look past row-level security. */
  admin: Client;
  /** Ids of the demo councils by slug. */
  councils: Record<string, string>;
  /** Ids of the demo users by e-mail. */
  users: Record<string, string>;
  drop(): Promise<void>;
}

/** A fresh database for one test file: a copy of this run's migrated, seeded template. */
export async function createTestDb(extraEnv: NodeJS.ProcessEnv = {}): Promise<TestDb> {
  const name = `accord_t_${runId()}_${randomBytes(4).toString('hex')}`;
  const config = testConfig(name, extraEnv);
  // The template's last connection may still be closing on the server: Postgres then refuses to copy it for a moment.
  for (let attempt = 1; ; attempt++) {
    try {
      await ensureDatabase(config, { template: templateDatabase() });
      break;
    } catch (e) {
      // Two test files setting up at once can also race on the catalog ("tuple concurrently updated").
      if (attempt >= 20 || !/being accessed by other users|tuple concurrently updated/.test((e as Error).message)) throw e;
      await new Promise((ok) => setTimeout(ok, 250));
    }
  }
  const app = createDataSource(config, 'app');
  await app.initialize();
  const admin = new Client({ host: config.db.host, port: config.db.port, user: config.db.admin.user, database: name });
  await admin.connect();
  const councils = Object.fromEntries((await admin.query('SELECT slug, id FROM councils')).rows.map((r) => [r.slug, r.id]));
  const users = Object.fromEntries((await admin.query('SELECT email, id FROM users')).rows.map((r) => [r.email, r.id]));
  return {
    config,
    app,
    admin,
    councils,
    users,
    async drop() {
      await admin.end();
      await app.destroy();
      await dropDatabase(config, name);
    },
  };
}
