import type { DataSource } from 'typeorm';
import type { AccordConfig } from '@accord/config';
import { ChangeListener } from '../db/listen';
import type { Logger } from './log';
import { systemContext } from './system-context';

/** A row that becomes due is queued within this long of its time (the timer's slack). */
const TIMER_SLACK_MS = 5;
/** setTimeout's limit; a later row is looked at again by reconciling. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What a batch job's result asks of the trigger once the job is done. */
export interface AfterBatch {
  /** Queue one more batch at once (a full batch: more may be due). */
  more?: boolean;
  /** Look again now (rows other batches held may be free once they commit). */
  look?: boolean;
  /** Look again at this time (ms since the epoch): a retry scheduled, or a short wait. */
  at?: number;
}

export interface DueRows<R> {
  /** The change feed's channel, told on commit the earliest time a row added or made pending may go (accord_notify_due, api/src/db/sql/25-due-rows.sql). */
  channel: string;
  /**
   * One statement, run in the system scope: `due`, how many rows are due now (a count, capped; a
   * boolean's 0 or 1 will do), and `next`, when the earliest later one is.
   */
  look: { sql: string; params?: unknown[] };
  /** How many batch jobs to queue for this many due rows. */
  batchesFor(due: number): number;
  /** Queues n batch jobs (and may decline, e.g. when enough are waiting). */
  enqueue(n: number, reason: string): Promise<void>;
  /** What a finished batch job's result asks for. */
  afterBatch(result: R | undefined): AfterBatch;
  /** Says so when a batch could not be queued. */
  queueFailed: string;
}

/**
 * Queues batch jobs for rows that fall due in Postgres (reminders, the mail outbox): on the change
 * feed (a row due now is queued at once, a later one sets a timer), at the timer, after a batch that
 * asks for more, and by reconciling (look(), the safety net, also after Redis lost its jobs). Each
 * look asks Postgres what is due and queues batches for it; a batch job carries nothing and claims
 * what is due itself, so any number of workers and looks queue nothing twice that matters. Looks
 * asked for while one runs are folded into one more after it.
 */
export class DueRowsTrigger<R> {
  private timer?: NodeJS.Timeout;
  private timerAt = Infinity;
  private looking: Promise<number> | null = null;
  private again = false;
  private stopped = false;
  private readonly listener: ChangeListener;

  constructor(
    private readonly config: AccordConfig,
    private readonly ds: DataSource,
    private readonly rows: DueRows<R>,
    private readonly log: Logger,
  ) {
    this.listener = new ChangeListener(config, rows.channel, (payload) => this.heard(payload), log, (up) => up && void this.look('change feed back').catch(() => undefined));
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

  /** After a batch job: what its result asks for. */
  batchDone(result: R | undefined): void {
    const { more, look, at } = this.rows.afterBatch(result);
    if (more) this.queue(1, 'full batch');
    if (look) void this.look('after a job').catch(() => undefined);
    if (at !== undefined) this.schedule(at);
  }

  /**
   * Asks Postgres how many rows are due and when the next one is, queues batches for those due
   * and sets the timer for the next; returns how many were due (up to the statement's cap).
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
          const [row] = await session.query<{ due: number | boolean; next: Date | null }>(this.rows.look.sql, this.rows.look.params ?? []);
          due = Number(row.due);
          if (row.next) this.schedule(new Date(row.next).getTime());
        } finally {
          await ctx.finish(true);
        }
        const n = due ? this.rows.batchesFor(due) : 0;
        if (n > 0 && !this.stopped) await this.rows.enqueue(n, reason);
      } while (this.again && !this.stopped);
      return due;
    };
    this.looking = run().finally(() => (this.looking = null));
    return this.looking;
  }

  private queue(n: number, reason: string): void {
    if (this.stopped) return;
    this.rows.enqueue(n, reason).catch((e) => this.log.warn(this.rows.queueFailed, { error: (e as Error).message }));
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
}
