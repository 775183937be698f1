import type { DataSource } from 'typeorm';
import type { AccordConfig } from '@accord/config';
import type { Logger } from '../common/log';
import { systemContext } from '../common/system-context';
import { ChangeListener } from '../db/listen';
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

/** A reminder that becomes due is queued within this long of its time (the timer's slack). */
const TIMER_SLACK_MS = 5;
/** setTimeout's limit; a later reminder is looked at again by reconciling. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Queues reminder batches promptly (issue 11): on the change feed (`accord_reminders`,
 * told on commit when pending reminders are added or made pending, with the earliest
 * time one may go), at a timer set for the next due time, after a full batch, and by
 * reconciling (the safety net, every RECONCILE_EVERY_MS and after Redis lost its jobs).
 * Each look asks Postgres what is due and queues enough batch jobs for it, up to the
 * worker's concurrency, so any number of workers and looks queue nothing twice that matters.
 */
export class ReminderTrigger {
  private timer?: NodeJS.Timeout;
  private timerAt = Infinity;
  private looking: Promise<number> | null = null;
  private again = false;
  private stopped = false;
  private readonly listener: ChangeListener;

  constructor(
    private readonly config: AccordConfig,
    private readonly ds: DataSource,
    /** Queues n batch jobs (and may decline, e.g. when enough are waiting). */
    private readonly enqueue: (n: number, reason: string) => Promise<void>,
    private readonly log: Logger,
    private readonly batchSize = REMINDER_BATCH_SIZE,
  ) {
    this.listener = new ChangeListener(config, REMINDERS_CHANNEL, (payload) => this.heard(payload), log, (up) => up && void this.look('change feed back'));
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.listener.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.listener.stop();
    await this.looking?.catch(() => undefined);
  }

  /** After a job: a full batch asks for another. */
  batchDone(result: BatchResult | undefined): void {
    if (result?.full) void this.enqueue(1, 'full batch').catch((e) => this.log.warn('could not queue the next batch', { error: (e as Error).message }));
    // A job that found nothing more may have been skipping reminders other batches held (SKIP LOCKED): look again once they are committed.
    else if (result?.claimed) void this.look('after a job').catch(() => undefined);
    // One that found none claimable while some may be due (held by a batch or a request): look again shortly, so
    // nothing waits for reconciling should that batch's own successor not come.
    else this.schedule(Date.now() + 250);
  }

  private heard(payload: string): void {
    const at = Date.parse(payload);
    if (Number.isNaN(at) || at <= Date.now() + TIMER_SLACK_MS) void this.look('change feed').catch(() => undefined);
    else this.schedule(at);
  }

  private schedule(at: number): void {
    if (this.stopped || at >= this.timerAt) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timerAt = Infinity;
      void this.look('timer').catch(() => undefined);
    }, Math.min(MAX_TIMER_MS, Math.max(0, at - Date.now() + TIMER_SLACK_MS)));
  }

  /**
   * Asks Postgres how many reminders are due and when the next one is, queues batches
   * for those due and sets the timer for the next; returns how many were due (up to a
   * cap). Looks asked for while one runs are folded into one more after it.
   */
  look(reason: string): Promise<number> {
    if (this.looking) {
      this.again = true;
      return this.looking;
    }
    const run = async (): Promise<number> => {
      let due = 0;
      do {
        this.again = false;
        const ctx = systemContext(this.config, this.ds);
        try {
          const session = await ctx.db();
          const [row] = await session.query<{ due: number; next: Date | null }>(
            `SELECT (SELECT count(*)::int FROM (SELECT 1 FROM reminders WHERE status = 'pending' AND coalesce(retry_at, send_at) <= now() LIMIT $1) d) AS due,
                    (SELECT min(coalesce(retry_at, send_at)) FROM reminders WHERE status = 'pending' AND coalesce(retry_at, send_at) > now()) AS next`,
            [this.batchSize * this.config.worker.concurrency * 1000],
          );
          due = row.due;
          if (row.next) this.schedule(new Date(row.next).getTime());
        } finally {
          await ctx.finish(true);
        }
        if (due && !this.stopped) await this.enqueue(Math.min(this.config.worker.concurrency, Math.ceil(due / this.batchSize)), reason);
      } while (this.again && !this.stopped);
      return due;
    };
    this.looking = run().finally(() => (this.looking = null));
    return this.looking;
  }
}
