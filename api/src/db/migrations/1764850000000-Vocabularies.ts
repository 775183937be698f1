import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closed lists the database did not check yet (issue 10, point 10): a case's enquiry
 * category, concern kind and classification, and a reminder's kind. Each list equals
 * its vocabulary in api/src/domain/vocabularies.ts (tests/integration/vocabularies.test.ts
 * compares every CHECK list with the domain's arrays). Written out here, not imported,
 * so this migration stays what it was when it ran.
 */
export class Vocabularies1764850000000 implements MigrationInterface {
  name = 'Vocabularies1764850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE cases ADD CONSTRAINT cases_category_check CHECK (category IN ('planning','ward_matter','policy_matter','complaint',
        'information_request','portfolio_political','general_correspondence'));
      ALTER TABLE cases ADD CONSTRAINT cases_concern_check CHECK (concern IN ('member_about_officer','officer_about_member',
        'member_about_member','about_clerk','about_head_of_paid_service','enquiry_late','confidentiality_breach','need_to_know_dispute',
        'code_of_conduct','information_request_refused','report_content_dispute','party_group_difficulty','interpretation'));
      ALTER TABLE cases ADD CONSTRAINT cases_classification_check CHECK (classification IN ('public','confidential','exempt',
        'employee_personal','commercially_sensitive','party_group','draft_report'));
      ALTER TABLE reminders ADD CONSTRAINT reminders_kind_check CHECK (kind IN ('acknowledge_soon','acknowledge_missed','respond_soon',
        'respond_missed','step_soon','step_missed','review_due','review_overdue'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reminders DROP CONSTRAINT reminders_kind_check;
      ALTER TABLE cases DROP CONSTRAINT cases_classification_check, DROP CONSTRAINT cases_concern_check, DROP CONSTRAINT cases_category_check;
    `);
  }
}
