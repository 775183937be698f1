import { Client } from 'pg';
import type { AccordConfig } from '@accord/config';
import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { sqlDefinitions } from './sql-definitions';

/** The group role that carries the application's data rights; the app login role is a member. */
export const APP_GROUP_ROLE = 'accord_rw';

function adminClient(config: AccordConfig, database = 'postgres'): Client {
  return new Client({
    host: config.db.host,
    port: config.db.port,
    user: config.db.admin.user,
    password: config.db.admin.password || undefined,
    database,
  });
}

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Creates (when missing) the owner role, the application role and the database,
 * as the Postgres admin (optionally as a copy of a template database). Idempotent. The application role is never a superuser,
 * has no BYPASSRLS and owns nothing.
 */
export async function ensureDatabase(config: AccordConfig, options: { template?: string } = {}): Promise<void> {
  const { owner, app, database } = { ...config.db, database: config.db.database };
  const admin = adminClient(config);
  await admin.connect();
  try {
    const roles = await admin.query<{ rolname: string }>('SELECT rolname FROM pg_roles WHERE rolname = ANY($1)', [
      [owner.user, app.user, APP_GROUP_ROLE],
    ]);
    const have = new Set(roles.rows.map((r) => r.rolname));
    if (!have.has(APP_GROUP_ROLE)) {
      await admin.query(`CREATE ROLE ${ident(APP_GROUP_ROLE)} NOLOGIN NOSUPERUSER NOBYPASSRLS`);
    }
    if (!have.has(owner.user)) {
      await admin.query(
        `CREATE ROLE ${ident(owner.user)} LOGIN PASSWORD ${literal(owner.password)} NOSUPERUSER NOCREATEDB NOCREATEROLE BYPASSRLS`,
      );
    }
    // The owner runs migrations and owns the SECURITY DEFINER functions that compute a caller's scope.
    const ownerRole = await admin.query('SELECT rolbypassrls FROM pg_roles WHERE rolname = $1', [owner.user]);
    if (!ownerRole.rows[0]?.rolbypassrls) await admin.query(`ALTER ROLE ${ident(owner.user)} BYPASSRLS`);
    if (!have.has(app.user)) {
      await admin.query(
        `CREATE ROLE ${ident(app.user)} LOGIN PASSWORD ${literal(app.password)} NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS INHERIT`,
      );
    }
    const member = await admin.query(
      `SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
       WHERE g.rolname = $1 AND u.rolname = $2`,
      [APP_GROUP_ROLE, app.user],
    );
    if (member.rowCount === 0) await admin.query(`GRANT ${ident(APP_GROUP_ROLE)} TO ${ident(app.user)}`);
    const db = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (db.rowCount === 0) {
      const template = options.template ? ` TEMPLATE ${ident(options.template)}` : '';
      await admin.query(`CREATE DATABASE ${ident(database)} OWNER ${ident(owner.user)}${template}`);
    }
  } finally {
    await admin.end();
  }
  const inDb = adminClient(config, database);
  await inDb.connect();
  try {
    await inDb.query(`ALTER SCHEMA public OWNER TO ${ident(owner.user)}`);
    await inDb.query('REVOKE ALL ON SCHEMA public FROM PUBLIC');
    await inDb.query(`GRANT USAGE ON SCHEMA public TO ${ident(APP_GROUP_ROLE)}`);
    await inDb.query(`REVOKE ALL ON DATABASE ${ident(database)} FROM PUBLIC`);
    await inDb.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${ident(database)} TO ${ident(APP_GROUP_ROLE)}`);
  } finally {
    await inDb.end();
  }
}

/** Runs pending migrations as the owner role; returns the names of those it ran. */
export async function migrate(config: AccordConfig): Promise<string[]> {
  const ds = createDataSource(config, 'owner');
  await ds.initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    await applySqlDefinitions(ds);
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

/**
 * Applies the current definitions of functions, policies and triggers (api/src/db/sql/),
 * all in one transaction, after the migrations that made their tables.
 */
export async function applySqlDefinitions(ds: DataSource): Promise<string[]> {
  const defs = sqlDefinitions();
  if (!defs.length) return [];
  await ds.transaction(async (em) => {
    for (const d of defs) await em.query(d.sql);
  });
  return defs.map((d) => d.name);
}

/** Drops a database (tests use this for their throwaway databases). */
export async function dropDatabase(config: AccordConfig, database: string): Promise<void> {
  const admin = adminClient(config);
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${ident(database)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
