import type { RequestContext } from '../common/context';
import { badInput, conflict, forbidden, staleVersion } from '../common/errors';
import { findInScope } from '../common/records';
import { requireId, requirePage } from '../common/inputs';
import { isLocalDate } from '../common/scalars';
import { audit } from '../audit/audit';
import { can } from '../domain/access';
import { reaffirmedReview } from '../domain/dates';
import { ReviewTask } from './review-task.entity';
import { localDate } from '../domain/local-time';
import { msg } from '../common/messages';

/** Annual reviews: the worker's sweep creates the tasks; clerks and monitoring officers complete them. */
export class ReviewService {
  async list(ctx: RequestContext, filter: { councilId?: string | null; status?: string[] | null }, offset = 0, limit = 25) {
    requirePage(offset, limit);
    const { manager } = await ctx.db();
    const qb = manager.getRepository(ReviewTask).createQueryBuilder('t');
    if (!ctx.scope.platformAdmin) qb.andWhere('t.council_id = ANY(:scope)', { scope: ctx.councilIds });
    if (filter.councilId) qb.andWhere('t.council_id = :c', { c: requireId('filter.councilId', filter.councilId) });
    if (filter.status?.length) qb.andWhere('t.status = ANY(:s)', { s: filter.status });
    const [items, totalCount] = await qb.orderBy('t.due_on').addOrderBy('t.id').skip(offset).take(limit).getManyAndCount();
    return { items, totalCount };
  }

  /**
   * Completes a review by reaffirming the protocol in force: its next review date
   * moves on by its review period (or to the date given). Adopting a new version
   * completes the review by itself.
   */
  async reaffirm(ctx: RequestContext, id: string, expectedVersion: number, nextDue?: string | null, meetingOn?: string | null): Promise<ReviewTask> {
    const task = await findInScope(ctx, ReviewTask, 'Review task', id);
    if (!can(ctx.scope, 'update', task.councilId)) throw forbidden(ctx.scope.readOnly ? msg('forbidden.readOnly') : msg('forbidden.completeReviews'));
    if (task.status === 'completed') throw conflict(msg('review.completed'));
    if (task.version !== expectedVersion) throw staleVersion('Review task', task.id, expectedVersion, task.version);
    if (nextDue != null && !isLocalDate(nextDue)) throw badInput('nextReviewDue', msg('input.date'));
    if (meetingOn != null && !isLocalDate(meetingOn)) throw badInput('meetingOn', msg('input.date'));
    const today = localDate(ctx.config.worker.sweepTimezone);
    const { manager } = await ctx.db();
    const [version] = await manager.query(
      `SELECT v.id, v.review_every_months FROM protocol_versions v JOIN protocols p ON p.id = v.protocol_id
       WHERE p.council_id = $1 AND NOT p.is_model AND v.status = 'adopted'`,
      [task.councilId],
    );
    // Counted from the meeting that reaffirmed it, else from the date the review was due, never from the day it is recorded.
    const next = nextDue ?? reaffirmedReview({ dueOn: task.dueOn, meetingOn, everyMonths: version?.review_every_months ?? 12, today });
    if (!next || next <= today) throw badInput('nextReviewDue', msg('input.afterToday'));
    const session = await ctx.db();
    return session.atomic(async (em) => {
      const { affected } = await em
        .createQueryBuilder()
        .update(ReviewTask)
        .set({ status: 'completed', outcome: 'reaffirmed', completedAt: new Date(), completedById: ctx.userId, version: () => 'version + 1' })
        .where('id = :id AND version = :v', { id: task.id, v: expectedVersion })
        .execute();
      if (!affected) throw staleVersion('Review task', task.id, expectedVersion, expectedVersion + 1);
      if (version) await em.query('UPDATE protocol_versions SET next_review_due = $2 WHERE id = $1', [version.id, next]);
      await em.query('UPDATE councils SET next_review_due = $2, version = version + 1, updated_at = now() WHERE id = $1', [task.councilId, next]);
      await em.query(`UPDATE reminders SET status = 'cancelled' WHERE review_task_id = $1 AND status = 'pending'`, [task.id]);
      const done = await em.getRepository(ReviewTask).findOneByOrFail({ id: task.id });
      await audit(ctx, em, { councilId: task.councilId, action: 'review.reaffirm', entity: 'review_task', entityId: task.id, before: task, after: { ...done, nextReviewDue: next } });
      ctx.loaders.council.clear(task.councilId);
      return done;
    });
  }
}
