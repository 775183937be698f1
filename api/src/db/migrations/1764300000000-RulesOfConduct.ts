import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two more sections of rules (general obligations, advice routes) and, on a
 * version's review schedule, who approves amendments and the amendments made
 * since adoption without a new version.
 */
export class RulesOfConduct1764300000000 implements MigrationInterface {
  name = 'RulesOfConduct1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE protocol_items DROP CONSTRAINT protocol_items_section_check;
      ALTER TABLE protocol_items ADD CONSTRAINT protocol_items_section_check CHECK (section IN ('role','expectation','chain',
        'response_standard','access_rule','disclosure_exception','correspondence_rule','obligation','advice_route'));
      ALTER TABLE protocol_versions ADD COLUMN amended_by text;
      ALTER TABLE protocol_versions ADD COLUMN amendments jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(amendments) = 'array');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM protocol_items WHERE section IN ('obligation','advice_route');
      ALTER TABLE protocol_items DROP CONSTRAINT protocol_items_section_check;
      ALTER TABLE protocol_items ADD CONSTRAINT protocol_items_section_check CHECK (section IN ('role','expectation','chain',
        'response_standard','access_rule','disclosure_exception','correspondence_rule'));
      ALTER TABLE protocol_versions DROP COLUMN amendments, DROP COLUMN amended_by;
    `);
  }
}
