import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A per-person token version (issue 10): the `tv` claim of each token, which must
 * equal users.token_version for the token to be accepted. What bumps it, and the
 * two-argument accord_begin_user that checks it, are current definitions in
 * api/src/db/sql/20-token-version.sql; reverting removes them with the column.
 */
export class TokenVersion1764700000000 implements MigrationInterface {
  name = 'TokenVersion1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 1 CHECK (token_version >= 1)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER IF EXISTS memberships_token_version ON memberships;
      DROP TRIGGER IF EXISTS users_token_version ON users;
      DROP FUNCTION IF EXISTS accord_memberships_token_version();
      DROP FUNCTION IF EXISTS accord_users_token_version();
      DROP FUNCTION IF EXISTS accord_begin_user(uuid, integer);
      ALTER TABLE users DROP COLUMN token_version;
    `);
  }
}
