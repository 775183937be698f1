import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the review sweep and review completion need once there are many councils and
 * millions of case reminders: a task's reminders by task (completing a review cancels them,
 * deleting a task cascades to them), and the pending "due" review reminders by date (the
 * daily sweep cancels those whose review date has passed, so nothing stale is sent).
 */
export class ReviewSweep1764950000000 implements MigrationInterface {
  name = 'ReviewSweep1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX reminders_review_task_idx ON reminders (review_task_id) WHERE review_task_id IS NOT NULL;
      CREATE INDEX reminders_review_due_idx ON reminders (deadline) WHERE kind = 'review_due' AND status = 'pending';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX reminders_review_due_idx; DROP INDEX reminders_review_task_idx');
  }
}
