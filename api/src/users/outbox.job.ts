import type { DataSource } from 'typeorm';
import type { AccordConfig } from '@accord/config';
import type { Logger } from '../common/log';
import { DueRowsTrigger } from '../common/due-rows';
import { defineJob, type JobDefinition } from '../common/jobs';
import type { Mailer } from '../common/mail';
import { JOBS, QUEUES } from '../queues';
import { deliverOutbox, type OutboxResult } from './outbox';

/** The change feed's channel for the mail outbox (api/src/db/sql/60-onboarding.sql). */
export const OUTBOX_CHANNEL = 'accord_outbox';
/** The most messages one batch (one transaction) claims. */
export const OUTBOX_BATCH_SIZE = 32;

export interface DeliverOutboxJob {
  /** Why it was queued: for the logs only. */
  reason?: string;
}

/**
 * The outbox job: one batch of due messages claimed, sent and marked in one transaction (the
 * registrar commits). The job carries no message: Postgres holds what is due, so a job queued twice,
 * lost with Redis or run after a crash sends nothing twice. Retries as reminders do (REMINDER_ATTEMPTS,
 * REMINDER_BACKOFF_MS doubling).
 */
export function deliverOutboxJob(config: AccordConfig, mailer: Mailer): JobDefinition<DeliverOutboxJob> {
  const options = { limit: OUTBOX_BATCH_SIZE, attempts: Math.max(config.worker.reminderAttempts, 8), backoffMs: config.worker.reminderBackoffMs };
  return defineJob<DeliverOutboxJob>({
    queue: QUEUES.outbox,
    name: JOBS.deliverOutbox,
    concurrency: 1,
    async handle(ctx): Promise<OutboxResult> {
      return deliverOutbox(ctx, mailer, options);
    },
  });
}

/**
 * Queues outbox batches: the shared due-rows trigger (common/due-rows.ts) on `accord_outbox`, told
 * on commit when a message is added or a retry scheduled. A look asks whether anything is due (one
 * batch job) and when the next retry is (the timer); after a job, a full batch asks for another and
 * a scheduled retry sets the timer. What it queues carries nothing, so looking twice is harmless.
 */
export class OutboxTrigger extends DueRowsTrigger<OutboxResult> {
  constructor(config: AccordConfig, ds: DataSource, enqueue: (reason: string) => Promise<void>, log: Logger) {
    super(
      config,
      ds,
      {
        channel: OUTBOX_CHANNEL,
        look: {
          sql: `SELECT EXISTS (SELECT 1 FROM mail_outbox WHERE status = 'pending' AND coalesce(retry_at, created_at) <= now()) AS due,
                       (SELECT min(coalesce(retry_at, created_at)) FROM mail_outbox WHERE status = 'pending' AND coalesce(retry_at, created_at) > now()) AS next`,
        },
        batchesFor: () => 1,
        enqueue: (_n, reason) => enqueue(reason),
        afterBatch: (result) => ({ more: !!result?.full, at: result?.nextRetryAt ? Date.parse(result.nextRetryAt) : undefined }),
        queueFailed: 'could not queue an outbox batch',
      },
      log,
    );
  }
}
