import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A calendar feed's language (issue 16): English or Welsh, or none, for the council's own default
 * (Welsh and English, Welsh first, for a council in Wales; English elsewhere).
 */
export class CalendarFeedLanguage1765600000000 implements MigrationInterface {
  name = 'CalendarFeedLanguage1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE calendar_feeds ADD COLUMN language text CONSTRAINT calendar_feeds_language_check CHECK (language IN ('en', 'cy'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE calendar_feeds DROP COLUMN language`);
  }
}
