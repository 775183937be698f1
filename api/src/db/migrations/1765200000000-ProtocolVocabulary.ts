import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Protocol format version 2 (issue 12, contract point 2): a version's own vocabulary, the concern
 * kinds and enquiry categories it adds to the built-in ones ({ concernKinds?: [{ key, title, titleCy? }],
 * enquiryCategories?: [...] }). Kept with the version (like its review schedule), so a draft copies it
 * and an adopted version never changes it. Existing versions get none: v1 meant the built-in lists only.
 * Also what a review is to look at, when the text says (review_focus).
 */
export class ProtocolVocabulary1765200000000 implements MigrationInterface {
  name = 'ProtocolVocabulary1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE protocol_versions ADD COLUMN vocabulary jsonb NOT NULL DEFAULT '{}'
        CHECK (jsonb_typeof(vocabulary) = 'object');
      ALTER TABLE protocol_versions ADD COLUMN review_focus text
        CHECK (review_focus IS NULL OR length(btrim(review_focus)) BETWEEN 1 AND 1000);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE protocol_versions DROP COLUMN review_focus; ALTER TABLE protocol_versions DROP COLUMN vocabulary`);
  }
}
