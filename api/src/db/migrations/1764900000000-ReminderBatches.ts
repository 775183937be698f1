import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ReminderStatements1764600000000 } from './1764600000000-ReminderStatements';

/**
 * Reminders delivered in batches (issue 11): a refused send waits for its retry in
 * Postgres (`retry_at`, the attempt's backoff) rather than in a queue, and due
 * reminders are found by one index over the time each may next go, whether its
 * first attempt (send_at) or a retry. The change-feed trigger that tells the
 * worker a reminder became due is in api/src/db/sql/30-reminders.sql.
 *
 * The worker now reads and writes through the API's services under row-level
 * security (its system scope), so the two functions that ran past it as the owner
 * (accord_reminder_facts, accord_reminder_record) and their guard go.
 */
export class ReminderBatches1764900000000 implements MigrationInterface {
  name = 'ReminderBatches1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reminders ADD COLUMN retry_at timestamptz;
      CREATE INDEX reminders_due_idx ON reminders ((coalesce(retry_at, send_at))) WHERE status = 'pending';
      DROP FUNCTION accord_reminder_record(uuid, jsonb, jsonb);
      DROP FUNCTION accord_reminder_facts(uuid, date);
      DROP FUNCTION accord_require_system();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    // The trigger reads retry_at: it goes with the column (applySqlDefinitions puts it back after a migration up).
    await q.query(`
      DROP TRIGGER IF EXISTS reminders_added ON reminders;
      DROP TRIGGER IF EXISTS reminders_changed ON reminders;
      DROP FUNCTION IF EXISTS accord_notify_reminders_due();
      DROP INDEX reminders_due_idx;
      ALTER TABLE reminders DROP COLUMN retry_at;
    `);
    await new ReminderStatements1764600000000().up(q);
  }
}
