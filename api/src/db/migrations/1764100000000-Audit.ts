import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log: one entry per change, written in the same transaction as the
 * change, never updated or deleted by the application (it may only insert and
 * read, under row-level security like every tenant table).
 */
export class Audit1764100000000 implements MigrationInterface {
  name = 'Audit1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_user_id uuid,
        actor_api_key_id uuid,
        action text NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
        entity text NOT NULL CHECK (length(entity) BETWEEN 1 AND 100),
        entity_id uuid,
        before jsonb,
        after jsonb
      );
      CREATE INDEX audit_log_council_at_idx ON audit_log (council_id, at DESC);
      CREATE INDEX audit_log_entity_idx ON audit_log (entity_id, at DESC);
      ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
      ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
      CREATE POLICY audit_log_read ON audit_log FOR SELECT
        USING ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]));
      CREATE POLICY audit_log_append ON audit_log FOR INSERT
        WITH CHECK ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]));
      -- Append-only: the application may add and read entries, never change or remove them.
      GRANT SELECT, INSERT ON audit_log TO accord_rw;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_log');
  }
}
