import type { DataSource } from 'typeorm';
import type { AccordConfig } from '@accord/config';
import type { Logger } from '../common/log';
import { DueRowsTrigger } from '../common/due-rows';
import { defineJob, type JobDefinition } from '../common/jobs';
import type { Mailer } from '../common/mail';
import { JOBS, QUEUES } from '../queues';
import { ReminderService, type BatchResult } from './reminder.service';

/** The change feed's channel for reminders (api/src/db/sql/30-reminders.sql). */
export const REMINDERS_CHANNEL = 'accord_reminders';

/** The most reminders one batch (one transaction) claims, and so the most messages a crash can make go twice. */
export const REMINDER_BATCH_SIZE = 128;

export interface DeliverRemindersJob {
  /** Why it was queued (the change feed, the timer, reconciling, a full batch before it): for the logs only. */
  reason?: string;
}

/**
 * The reminders job: one batch of due reminders claimed and delivered in one
 * transaction (ReminderService.deliverDue). The job carries no reminder: Postgres
 * holds what is due, so a job queued twice, lost with Redis, or run after a crash
 * sends nothing twice. A full batch asks for another (`more`), which the registrar queues.
 */
export function deliverRemindersJob(config: AccordConfig, mailer: Mailer, batchSize = REMINDER_BATCH_SIZE): JobDefinition<DeliverRemindersJob> {
  const service = new ReminderService(mailer);
  const options = { limit: batchSize, attempts: config.worker.reminderAttempts, backoffMs: config.worker.reminderBackoffMs, candidates: batchSize * config.worker.concurrency * 2 };
  return defineJob<DeliverRemindersJob>({
    queue: QUEUES.reminders,
    name: JOBS.deliverReminders,
    concurrency: config.worker.concurrency,
    // A batch lost with a crash of Postgres is delivered again, as one lost with a crash of the worker is: the same messages, the same Message-IDs.
    asyncCommit: true,
    /** One batch, committed here (the registrar's commit is then a no-op). A full batch asks for a successor (ReminderTrigger.batchDone). */
    async handle(ctx): Promise<BatchResult> {
      return service.deliverDueAndCommit(ctx, options);
    },
  });
}

/**
 * Queues reminder batches promptly (issue 11): the shared due-rows trigger (common/due-rows.ts) on
 * `accord_reminders`, told on commit when pending reminders are added or made pending (a case moved,
 * a retry scheduled). Each look counts the reminders due (up to a cap) and queues enough batch jobs
 * for them, up to the worker's concurrency. After a job: a full batch asks for another; one that
 * claimed some looks again (it may have passed over reminders other batches held, SKIP LOCKED);
 * one that claimed none while some may be due (held by a batch or a request) looks again shortly,
 * so nothing waits for reconciling should that batch's own successor not come.
 */
export class ReminderTrigger extends DueRowsTrigger<BatchResult> {
  constructor(
    config: AccordConfig,
    ds: DataSource,
    /** Queues n batch jobs (and may decline, e.g. when enough are waiting). */
    enqueue: (n: number, reason: string) => Promise<void>,
    log: Logger,
    batchSize = REMINDER_BATCH_SIZE,
  ) {
    super(
      config,
      ds,
      {
        channel: REMINDERS_CHANNEL,
        look: {
          sql: `SELECT (SELECT count(*)::int FROM (SELECT 1 FROM reminders WHERE status = 'pending' AND coalesce(retry_at, send_at) <= now() LIMIT $1) d) AS due,
                       (SELECT min(coalesce(retry_at, send_at)) FROM reminders WHERE status = 'pending' AND coalesce(retry_at, send_at) > now()) AS next`,
          params: [batchSize * config.worker.concurrency * 1000],
        },
        batchesFor: (due) => Math.min(config.worker.concurrency, Math.ceil(due / batchSize)),
        enqueue,
        afterBatch: (result) => (result?.full ? { more: true } : result?.claimed ? { look: true } : { at: Date.now() + 250 }),
        queueFailed: 'could not queue the next batch',
      },
      log,
    );
  }
}
