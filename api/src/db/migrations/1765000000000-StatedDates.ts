import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dates as the protocol states them (issues 12 and 15): most texts give no adoption date or
 * adopting body, so an adopted version no longer needs one ("not stated"). When Accord
 * recorded the adoption is kept apart (adopted_at), so the version in force on a date can
 * still be found for a version whose text gives no date.
 */
export class StatedDates1765000000000 implements MigrationInterface {
  name = 'StatedDates1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE protocol_versions ADD COLUMN adopted_at timestamptz`);
    await q.query(`UPDATE protocol_versions SET adopted_at = coalesce(adopted_on::timestamptz, updated_at) WHERE status <> 'draft'`);
    await dropAdoptedOnCheck(q);
    await q.query(`ALTER TABLE protocol_versions ADD CONSTRAINT protocol_versions_adopted_at_check CHECK (status = 'draft' OR adopted_at IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE protocol_versions DROP CONSTRAINT IF EXISTS protocol_versions_adopted_at_check`);
    // Back to a compulsory adoption date: where none was stated, the day Accord recorded it.
    await q.query(`UPDATE protocol_versions SET adopted_on = coalesce(adopted_on, adopted_at::date, updated_at::date) WHERE status <> 'draft'`);
    await q.query(`ALTER TABLE protocol_versions DROP COLUMN adopted_at`);
    await q.query(`ALTER TABLE protocol_versions ADD CONSTRAINT protocol_versions_check CHECK (status = 'draft' OR adopted_on IS NOT NULL)`);
  }
}

/** The original CHECK (status = 'draft' OR adopted_on IS NOT NULL), whatever Postgres named it. */
async function dropAdoptedOnCheck(q: QueryRunner): Promise<void> {
  const rows: { conname: string }[] = await q.query(
    `SELECT conname FROM pg_constraint
     WHERE conrelid = 'protocol_versions'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%adopted_on IS NOT NULL%'`,
  );
  for (const { conname } of rows) await q.query(`ALTER TABLE protocol_versions DROP CONSTRAINT "${conname}"`);
}
