import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations: a person invited by e-mail (inviteUser) has a one-time link to set their own
 * password. Only the link's SHA-256 hash is kept, with when it expires; accepting it clears both.
 * On `users` (no council, no row-level security), so the link is checked without a session.
 */
export class Invitations1765500000000 implements MigrationInterface {
  name = 'Invitations1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN invite_token_hash text,
        ADD COLUMN invite_expires_at timestamptz,
        ADD CONSTRAINT users_invite_complete CHECK ((invite_token_hash IS NULL) = (invite_expires_at IS NULL));
      CREATE UNIQUE INDEX users_invite_token_hash_key ON users (invite_token_hash) WHERE invite_token_hash IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX users_invite_token_hash_key;
      ALTER TABLE users DROP CONSTRAINT users_invite_complete, DROP COLUMN invite_token_hash, DROP COLUMN invite_expires_at;
    `);
  }
}
