import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { applySqlDefinitions, createDataSource, dropDatabase, ensureDatabase, migrate, migrations } from '@accord/api';
import { runId, testConfig } from '../support/env';

/**
 * Migrations make tables and keep their history; api/src/db/sql/ keeps the current definition of
 * functions, policies and triggers. Both must go up, come down to nothing, and go up again, and the
 * definitions must be safe to apply twice.
 */
describe('migrations: up, down to nothing, up again', () => {
  const name = `accord_t_${runId()}_mig_${randomBytes(3).toString('hex')}`;
  const config = testConfig(name);
  let admin: Client;

  const tables = async () =>
    (await admin.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations' ORDER BY 1`)).rows.map((r) => r.t);
  const policies = async () =>
    (await admin.query<{ p: string }>(`SELECT tablename || '.' || policyname AS p FROM pg_policies WHERE schemaname = 'public' ORDER BY 1`)).rows.map((r) => r.p);
  const functions = async () =>
    (await admin.query<{ f: string }>(`SELECT p.oid::regprocedure::text AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' ORDER BY 1`)).rows.map((r) => r.f);

  beforeAll(async () => {
    await ensureDatabase(config);
    admin = new Client({ host: config.db.host, port: config.db.port, user: config.db.admin.user, database: name });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await dropDatabase(config, name);
  });

  test('every migration runs, reverts, and runs again to the same schema; the SQL definitions apply twice', async () => {
    const ran = await migrate(config);
    expect(ran).toHaveLength(migrations.length);
    const first = { tables: await tables(), policies: await policies(), functions: await functions() };
    expect(first.tables.length).toBeGreaterThan(10);
    expect(first.policies.length).toBeGreaterThan(10);

    const owner = createDataSource(config, 'owner');
    await owner.initialize();
    try {
      // Applying the definitions again changes nothing (each file is idempotent).
      await applySqlDefinitions(owner);
      expect(await policies()).toEqual(first.policies);
      expect(await functions()).toEqual(first.functions);

      for (let i = 0; i < migrations.length; i++) await owner.undoLastMigration({ transaction: 'each' });
      expect(await tables()).toEqual([]);
      expect(await policies()).toEqual([]);
    } finally {
      await owner.destroy();
    }

    expect(await migrate(config)).toHaveLength(migrations.length);
    expect(await tables()).toEqual(first.tables);
    expect(await policies()).toEqual(first.policies);
    expect(await functions()).toEqual(first.functions);
  });
});
