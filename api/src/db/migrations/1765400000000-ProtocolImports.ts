import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports of a council's protocol document (issue 13): the uploaded file, its parsing status, and what
 * the importer found (structure and suggestions, as JSON). Tenant data: row-level security, forced.
 * The CHECK lists are the domain's (api/src/imports/import.status.ts; a test compares them).
 */
export class ProtocolImports1765400000000 implements MigrationInterface {
  name = 'ProtocolImports1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE protocol_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id) ON DELETE CASCADE,
        created_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
        size integer NOT NULL CHECK (size >= 0),
        content bytea,
        format text CHECK (format IN ('txt', 'md', 'html', 'docx', 'pdf')),
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'parsing', 'ready', 'failed')),
        progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        problem text,
        message text,
        result jsonb,
        draft_version_id uuid REFERENCES protocol_versions(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX protocol_imports_council ON protocol_imports (council_id, created_at DESC);
      ALTER TABLE protocol_imports ENABLE ROW LEVEL SECURITY;
      ALTER TABLE protocol_imports FORCE ROW LEVEL SECURITY;
      CREATE POLICY protocol_imports_scope ON protocol_imports
        USING ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]))
        WITH CHECK ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]));
      GRANT SELECT, INSERT, UPDATE, DELETE ON protocol_imports TO accord_rw;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE protocol_imports');
  }
}
