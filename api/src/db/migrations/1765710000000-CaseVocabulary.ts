import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A vocabulary key as the protocol stores it (api/src/domain/protocol.ts VOCABULARY_KEY). */
const KEY = `'^[a-z][a-z0-9_]{0,59}$'`;

/**
 * Cases in the council's own vocabulary (issue 12, point 6): a case's enquiry category and concern
 * kind may be the protocol's own (`protocol_versions.vocabulary`), not only the built-in ones, so
 * the closed CHECK lists of migration 1764850000000 give way to the shape of a key. Which keys a
 * council may use is the protocol in force's to say, checked when the case is opened.
 */
export class CaseVocabulary1765710000000 implements MigrationInterface {
  name = 'CaseVocabulary1765710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE cases DROP CONSTRAINT cases_category_check, DROP CONSTRAINT cases_concern_check;
      ALTER TABLE cases ADD CONSTRAINT cases_category_key_check CHECK (category IS NULL OR category ~ ${KEY});
      ALTER TABLE cases ADD CONSTRAINT cases_concern_key_check CHECK (concern IS NULL OR concern ~ ${KEY});
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    // Back to the built-in lists: a case of the protocol's own vocabulary cannot be kept there.
    await q.query(`
      ALTER TABLE cases DROP CONSTRAINT cases_concern_key_check, DROP CONSTRAINT cases_category_key_check;
      ALTER TABLE cases ADD CONSTRAINT cases_category_check CHECK (category IN ('planning','ward_matter','policy_matter','complaint',
        'information_request','portfolio_political','general_correspondence'));
      ALTER TABLE cases ADD CONSTRAINT cases_concern_check CHECK (concern IN ('member_about_officer','officer_about_member',
        'member_about_member','about_clerk','about_head_of_paid_service','enquiry_late','confidentiality_breach','need_to_know_dispute',
        'code_of_conduct','information_request_refused','report_content_dispute','party_group_difficulty','interpretation'));
    `);
  }
}
