import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { applySqlDefinitions, createDataSource, dropDatabase, ensureDatabase, migrate, migrations, seedDemoCases } from '@accord/api';
import { createTestDb, type TestDb } from '../support/db';
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

/**
 * Protocol format 2 (migration 1765300000000) from a database holding version-1 protocols,
 * cases and reminders: every clause, rule, version, case and reminder is still there, each
 * clause's id is its old number (so every citation still points at a clause), and dates read
 * the same.
 */
describe('migrations: version-1 protocols, cases and reminders to format 2, nothing lost', () => {
  const FORMAT_TWO = 1765300000000;
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db?.drop());

  test('down to format 1, data written there, up again: everything is kept', async () => {
    expect(await seedDemoCases(db.app, db.config)).toBeGreaterThan(0);
    const owner = createDataSource(db.config, 'owner');
    await owner.initialize();
    const q = async (sql: string) => (await db.admin.query(sql)).rows;
    try {
      // Back to the schema before format 2 (and before anything later).
      while (Number((await q('SELECT max(timestamp) AS t FROM schema_migrations'))[0].t) >= FORMAT_TWO) {
        await owner.undoLastMigration({ transaction: 'each' });
      }
    } finally {
      await owner.destroy();
    }
    const columns = (await q(`SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'protocol_clauses'`)).map((r) => r.c);
    expect(columns).not.toContain('key');

    // Version-1 data: a clause numbered as no slug would be, cited by a rule.
    const [version] = await q(`SELECT v.id, v.council_id FROM protocol_versions v JOIN councils c ON c.id = v.council_id WHERE c.slug = 'kingsford' AND v.status = 'adopted'`);
    await db.admin.query(`INSERT INTO protocol_clauses (council_id, version_id, number, text, position) VALUES ($1, $2, '(a) ', 'An odd number', 9999)`, [version.council_id, version.id]);
    await db.admin.query(
      `INSERT INTO protocol_items (council_id, version_id, section, key, body, clauses, position)
       VALUES ($1, $2, 'advice_route', 'v1_odd', $3, '{"(a) "}', 999)`,
      [version.council_id, version.id, JSON.stringify({ topic: 'v1_odd', description: 'Ask the Clerk', advisers: ['clerk'], clauses: ['(a) '] })],
    );

    const snapshot = async () => ({
      clauses: await q(`SELECT id, version_id, number, heading, text, position, version FROM protocol_clauses ORDER BY id`),
      items: await q(`SELECT id, version_id, section, key, body, clauses, position, version FROM protocol_items ORDER BY id`),
      versions: await q(
        `SELECT id, status, number, adopted_on::text AS adopted_on, effective_from::text AS effective_from, adopted_at, next_review_due::text AS next_review_due,
                review_every_months, review_on::text AS review_on, review_clauses, amendments FROM protocol_versions ORDER BY id`,
      ),
      protocols: await q(`SELECT id, title, model_id, version FROM protocols ORDER BY id`),
      cases: await q(`SELECT row_to_json(c)::text AS r FROM cases c ORDER BY id`),
      events: await q(`SELECT count(*)::int AS n FROM case_events`),
      reminders: await q(`SELECT row_to_json(r)::text AS r FROM reminders r ORDER BY id`),
    });
    const before = await snapshot();
    expect(before.clauses.length).toBeGreaterThan(100);
    expect(before.cases.length).toBeGreaterThan(0);
    expect(before.reminders.length).toBeGreaterThan(0);

    await migrate(db.config);
    const after = await snapshot();
    expect(after).toEqual(before);

    // Each clause's id is its number as it was; every citation of every rule and review schedule is a clause id of its version.
    expect(await q(`SELECT count(*)::int AS n FROM protocol_clauses WHERE key IS DISTINCT FROM number`)).toEqual([{ n: 0 }]);
    expect(await q(`SELECT key, number FROM protocol_clauses WHERE text = 'An odd number'`)).toEqual([{ key: '(a) ', number: '(a) ' }]);
    const dangling = await q(
      `SELECT i.version_id, c AS cited FROM protocol_items i, unnest(i.clauses) AS c
       WHERE NOT EXISTS (SELECT 1 FROM protocol_clauses k WHERE k.version_id = i.version_id AND k.key = c)
       UNION ALL
       SELECT v.id, c FROM protocol_versions v, unnest(v.review_clauses) AS c
       WHERE NOT EXISTS (SELECT 1 FROM protocol_clauses k WHERE k.version_id = v.id AND k.key = c)`,
    );
    expect(dangling).toEqual([]);
    expect(await q(`SELECT DISTINCT format FROM protocol_versions`)).toEqual([{ format: 2 }]);
  });
});
