import type { RequestContext } from '../common/context';
import { defineJob } from '../common/jobs';
import { forbidden } from '../common/errors';
import { JOBS, QUEUES, type ReviewSweepJob } from '../queues';
import { localDate } from '../domain/local-time';
import { sweepReviews, type SweepResult } from './review-sweep';
import { msg } from '../common/messages';

/**
 * The daily review sweep in the system context's transaction: `today` in SWEEP_TIMEZONE (unless
 * the job names a date), REVIEW_NOTICE_DAYS' notice, reminders at REMINDER_TIME in SWEEP_TIMEZONE.
 * Only the worker's system context may run it (it reaches every council).
 */
export async function runDailySweep(ctx: RequestContext, data: ReviewSweepJob = {}): Promise<SweepResult> {
  if (ctx.principal.kind !== 'system') throw forbidden(msg('forbidden.reviewSweep'));
  const w = ctx.config.worker;
  return sweepReviews(await ctx.db(), {
    today: data.today ?? localDate(w.sweepTimezone),
    noticeDays: w.reviewNoticeDays,
    clock: { reminderTime: w.reminderTime, timeZone: w.sweepTimezone },
    councilId: data.councilId ?? null,
  });
}

/** The review sweep as a job: the worker registers it and schedules it daily (SWEEP_CRON in SWEEP_TIMEZONE). */
export const reviewSweepJob = defineJob<ReviewSweepJob>({
  queue: QUEUES.sweeps,
  name: JOBS.reviewSweep,
  concurrency: 1,
  handle: (ctx, data) => runDailySweep(ctx, data ?? {}),
});
