import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The standards committee's report reads a council's cases by date of receipt, whatever their status. */
export class ReportIndexes1765510000000 implements MigrationInterface {
  name = 'ReportIndexes1765510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX cases_council_received_idx ON cases (council_id, received_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_council_received_idx`);
  }
}
