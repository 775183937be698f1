import type { DataSource } from 'typeorm';
import type { AccordConfig } from '@accord/config';
import type { Logger } from '../common/log';
import { systemContext } from '../common/system-context';
import { ChangeListener } from '../db/listen';
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
 * Queues outbox batches: on the change feed (a message committed, or a retry scheduled), at a timer
 * for the next retry, after a full batch, and on reconcile (look()). What it queues carries nothing,
 * so looking twice is harmless.
 */
export class OutboxTrigger {
  private timer?: NodeJS.Timeout;
  private timerAt = Infinity;
  private stopped = false;
  private readonly listener: ChangeListener;

  constructor(
    private readonly config: AccordConfig,
    private readonly ds: DataSource,
    private readonly enqueue: (reason: string) => Promise<void>,
    private readonly log: Logger,
  ) {
    this.listener = new ChangeListener(config, OUTBOX_CHANNEL, (payload) => this.heard(payload), log, (up) => up && void this.look('change feed back'));
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.listener.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.listener.stop();
  }

  /** After a batch: a full one asks for another; a scheduled retry sets the timer. */
  batchDone(result: OutboxResult | undefined): void {
    if (result?.full) this.queue('full batch');
    if (result?.nextRetryAt) this.schedule(Date.parse(result.nextRetryAt));
  }

  /** Asks Postgres whether anything is due (queues a batch) and when the next retry is (sets the timer). */
  async look(reason: string): Promise<void> {
    const ctx = systemContext(this.config, this.ds);
    let row: { due: boolean; next: Date | null };
    try {
      const session = await ctx.db();
      [row] = await session.query<{ due: boolean; next: Date | null }>(
        `SELECT EXISTS (SELECT 1 FROM mail_outbox WHERE status = 'pending' AND coalesce(retry_at, created_at) <= now()) AS due,
                (SELECT min(coalesce(retry_at, created_at)) FROM mail_outbox WHERE status = 'pending' AND coalesce(retry_at, created_at) > now()) AS next`,
      );
    } finally {
      await ctx.finish(true);
    }
    if (row.next) this.schedule(new Date(row.next).getTime());
    if (row.due) this.queue(reason);
  }

  private queue(reason: string) {
    if (this.stopped) return;
    this.enqueue(reason).catch((e) => this.log.warn('could not queue an outbox batch', { error: (e as Error).message }));
  }

  private heard(payload: string): void {
    const at = Date.parse(payload);
    if (Number.isNaN(at) || at <= Date.now() + 5) this.queue('change feed');
    else this.schedule(at);
  }

  private schedule(at: number): void {
    if (this.stopped || at >= this.timerAt) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timerAt = Infinity;
      this.queue('timer');
    }, Math.min(2 ** 31 - 1, Math.max(0, at - Date.now() + 5)));
  }
}
