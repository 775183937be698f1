import type { AccordConfig } from '@accord/config';
import { defineJob, type JobDefinition } from './common/jobs';
import type { Mailer } from './common/mail';
import { deliverRemindersJob } from './cases/reminder.job';
import { JOBS, QUEUES, type ReviewSweepJob } from './queues';
import { localDate, runReviewSweep, type SweepResult } from './reviews/review-sweep';

/** What jobs need from the process that runs them. */
export interface JobDeps {
  mailer: Mailer;
  /** Reminders per batch (default REMINDER_BATCH_SIZE). */
  reminderBatchSize?: number;
}

/**
 * The daily review sweep as a job. (Placeholder until reviews/review-sweep.job.ts,
 * which the reviews work defines beside its feature, exports `reviewSweepJob`: then
 * import that here instead.)
 */
export const reviewSweepJob = (config: AccordConfig): JobDefinition<ReviewSweepJob> =>
  defineJob<ReviewSweepJob>({
    queue: QUEUES.sweeps,
    name: JOBS.reviewSweep,
    concurrency: 1,
    async handle(ctx, data): Promise<SweepResult> {
      const today = data.today ?? localDate(config.worker.sweepTimezone);
      return runReviewSweep(await ctx.db(), today, config.worker.reviewNoticeDays, data.councilId);
    },
  });

/** Every background job of Accord, each defined beside its feature; the worker process registers these and nothing else. */
export function allJobs(config: AccordConfig, deps: JobDeps): JobDefinition<any>[] {
  return [deliverRemindersJob(config, deps.mailer, deps.reminderBatchSize), reviewSweepJob(config)];
}
