import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mail outbox (issue 14): an e-mail the API decides to send (an invitation) is written here in the
 * same transaction as what it is about, and delivered by the worker after commit (users/outbox.job.ts).
 * A rollback leaves no row and so no e-mail; a refused send waits for its retry here (`retry_at`), and
 * goes with the same Message-ID. The body is encrypted (it holds a one-time link) and cleared once sent.
 * Tenant data: row-level security, forced. The change-feed trigger is in api/src/db/sql/60-onboarding.sql.
 */
export class MailOutbox1765740000000 implements MigrationInterface {
  name = 'MailOutbox1765740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('invitation')),
        recipient text NOT NULL,
        recipient_name text NOT NULL DEFAULT '',
        subject text NOT NULL,
        body text,
        message_id text NOT NULL UNIQUE,
        language text,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        retry_at timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      );
      CREATE INDEX mail_outbox_due_idx ON mail_outbox ((coalesce(retry_at, created_at))) WHERE status = 'pending';
      CREATE INDEX mail_outbox_council ON mail_outbox (council_id);
      ALTER TABLE mail_outbox ENABLE ROW LEVEL SECURITY;
      ALTER TABLE mail_outbox FORCE ROW LEVEL SECURITY;
      CREATE POLICY mail_outbox_scope ON mail_outbox
        USING ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]))
        WITH CHECK ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]));
      GRANT SELECT, INSERT, UPDATE ON mail_outbox TO accord_rw;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER IF EXISTS mail_outbox_added ON mail_outbox;
      DROP TRIGGER IF EXISTS mail_outbox_changed ON mail_outbox;
      DROP FUNCTION IF EXISTS accord_notify_outbox_due();
      DROP FUNCTION IF EXISTS accord_slugs_taken(text[]);
      DROP TABLE mail_outbox;
    `);
  }
}
