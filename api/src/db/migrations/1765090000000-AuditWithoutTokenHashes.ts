import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calendar feed entries of the audit log used to carry the feed's token hash
 * (`tokenHash` in before/after), and viewers and API keys read the audit log.
 * The service no longer writes it; this takes it out of the entries already
 * written. The hashes are not kept anywhere, so down() cannot put them back
 * (and should not): it leaves the entries as they are.
 */
export class AuditWithoutTokenHashes1765090000000 implements MigrationInterface {
  name = 'AuditWithoutTokenHashes1765090000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE audit_log
         SET before = CASE WHEN jsonb_typeof(before) = 'object' THEN before - 'tokenHash' - 'token_hash' ELSE before END,
             after = CASE WHEN jsonb_typeof(after) = 'object' THEN after - 'tokenHash' - 'token_hash' ELSE after END
       WHERE (jsonb_typeof(before) = 'object' AND (before ? 'tokenHash' OR before ? 'token_hash'))
          OR (jsonb_typeof(after) = 'object' AND (after ? 'tokenHash' OR after ? 'token_hash'))`);
  }

  async down(): Promise<void> {
    // Nothing to undo: the removed hashes must not come back.
  }
}
