import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A date as a protocol states it: a year, a year and month, or a full date. */
const STATED = `'^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'`;

/**
 * Protocol format version 2 (issue 12): clauses as written and dates as stated.
 *
 * - A clause has a stable key (the id rules cite) apart from the number shown; the number is any
 *   text, or none (an unnumbered paragraph), unique within the clause's section; sections with
 *   headings live on the version. Existing clauses get key := number (numbers were unique per
 *   version), so every stored citation stays valid and no rule body is rewritten.
 * - Welsh text beside the English: clause text and heading, protocol title.
 * - Adoption and effective dates as stated (YYYY, YYYY-MM or YYYY-MM-DD), and a last-updated date.
 * - `format` says which version of the format a version's content was written in (all 2 from here).
 */
export class ProtocolFormatTwo1765300000000 implements MigrationInterface {
  name = 'ProtocolFormatTwo1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE protocol_clauses ADD COLUMN key text;
      UPDATE protocol_clauses SET key = number;
      ALTER TABLE protocol_clauses ALTER COLUMN key SET NOT NULL;
      ALTER TABLE protocol_clauses ADD CONSTRAINT protocol_clauses_key_check
        CHECK (length(key) <= 60 AND length(btrim(key)) >= 1);
      ALTER TABLE protocol_clauses ADD COLUMN section_key text;
      ALTER TABLE protocol_clauses ADD COLUMN heading_cy text;
      ALTER TABLE protocol_clauses ADD COLUMN text_cy text;
      ALTER TABLE protocol_clauses ALTER COLUMN number DROP NOT NULL;
      ALTER TABLE protocol_clauses DROP CONSTRAINT protocol_clauses_version_id_number_key;
      CREATE UNIQUE INDEX protocol_clauses_key_idx ON protocol_clauses (version_id, key);
      CREATE UNIQUE INDEX protocol_clauses_number_idx ON protocol_clauses (version_id, coalesce(section_key, ''), number)
        WHERE number IS NOT NULL;

      ALTER TABLE protocols ADD COLUMN title_cy text CHECK (title_cy IS NULL OR length(btrim(title_cy)) BETWEEN 1 AND 300);

      ALTER TABLE protocol_versions ADD COLUMN format smallint NOT NULL DEFAULT 2 CHECK (format IN (1, 2));
      ALTER TABLE protocol_versions ADD COLUMN sections jsonb NOT NULL DEFAULT '[]';
      ALTER TABLE protocol_versions ALTER COLUMN adopted_on TYPE text USING to_char(adopted_on, 'YYYY-MM-DD');
      ALTER TABLE protocol_versions ALTER COLUMN effective_from TYPE text USING to_char(effective_from, 'YYYY-MM-DD');
      ALTER TABLE protocol_versions ADD COLUMN last_updated text;
      ALTER TABLE protocol_versions ADD CONSTRAINT protocol_versions_stated_dates_check CHECK (
        (adopted_on IS NULL OR adopted_on ~ ${STATED}) AND (effective_from IS NULL OR effective_from ~ ${STATED})
        AND (last_updated IS NULL OR last_updated ~ ${STATED}));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    // Back to version 1: a partial date becomes the first day it covers; unnumbered paragraphs take their key as number.
    const start = (c: string) => `(CASE WHEN ${c} IS NULL THEN NULL WHEN length(${c}) = 4 THEN ${c} || '-01-01' WHEN length(${c}) = 7 THEN ${c} || '-01' ELSE ${c} END)::date`;
    await q.query(`
      ALTER TABLE protocol_versions DROP CONSTRAINT protocol_versions_stated_dates_check;
      ALTER TABLE protocol_versions DROP COLUMN last_updated;
      ALTER TABLE protocol_versions ALTER COLUMN effective_from TYPE date USING ${start('effective_from')};
      ALTER TABLE protocol_versions ALTER COLUMN adopted_on TYPE date USING ${start('adopted_on')};
      ALTER TABLE protocol_versions DROP COLUMN sections;
      ALTER TABLE protocol_versions DROP COLUMN format;

      ALTER TABLE protocols DROP COLUMN title_cy;

      DROP INDEX protocol_clauses_number_idx;
      DROP INDEX protocol_clauses_key_idx;
      -- Numbers were unique per version in version 1: a number used in two sections takes its key.
      UPDATE protocol_clauses c SET number = c.key
        WHERE c.number IS NULL
           OR EXISTS (SELECT 1 FROM protocol_clauses o WHERE o.version_id = c.version_id AND o.number = c.number AND o.id <> c.id);
      ALTER TABLE protocol_clauses ALTER COLUMN number SET NOT NULL;
      ALTER TABLE protocol_clauses ADD CONSTRAINT protocol_clauses_version_id_number_key UNIQUE (version_id, number);
      ALTER TABLE protocol_clauses DROP COLUMN text_cy;
      ALTER TABLE protocol_clauses DROP COLUMN heading_cy;
      ALTER TABLE protocol_clauses DROP COLUMN section_key;
      ALTER TABLE protocol_clauses DROP CONSTRAINT protocol_clauses_key_check;
      ALTER TABLE protocol_clauses DROP COLUMN key;
    `);
  }
}
