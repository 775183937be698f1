import 'reflect-metadata';
import { Queue, Worker, type Job } from 'bullmq';
import IORedis, { type Redis } from 'ioredis';
import type { AccordConfig } from '@accord/config';
import {
  DAILY_REVIEW_SWEEP,
  JOBS,
  QUEUES,
  reminderJobId,
  type ReminderJob,
  createDataSource,
  createLogger,
  localDate,
  runReviewSweep,
  withSystemScope,
  type Logger,
  type ReviewSweepJob,
  type SweepResult,
} from '@accord/api';

import { deliverReminder, smtpMailer, type Delivery, type Mailer } from './reminders';

export interface RunningWorker {
  /** Stops taking jobs, lets those in flight finish, and closes every connection. */
  close(): Promise<void>;
  queue: Queue<ReviewSweepJob>;
  reminders: Queue<ReminderJob>;
  /** Queues every due reminder Postgres holds and Redis lacks; returns how many were due. */
  reconcile(): Promise<number>;
}


/** Connections BullMQ workers block on must never give up on a request. */
export function redisConnection(config: AccordConfig): Redis {
  return new IORedis(config.redis.url, { maxRetriesPerRequest: null });
}

/**
 * Redis must not evict keys: an evicted job is a lost reminder. Says so clearly
 * (it still starts: Postgres is the source of truth and the reconciling sweep
 * re-enqueues what Redis loses).
 */
export async function checkEvictionPolicy(redis: Redis, log: Logger): Promise<string | null> {
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as string[];
    const policy = reply[1] ?? null;
    if (policy !== 'noeviction') {
      log.warn(
        `Redis maxmemory-policy is "${policy}", not "noeviction": Redis may drop queued jobs under memory pressure. ` +
          'Set it with: redis-cli CONFIG SET maxmemory-policy noeviction (and in redis.conf).',
      );
    }
    return policy;
  } catch {
    log.warn('Could not read Redis maxmemory-policy (CONFIG is disabled?); make sure it is "noeviction".');
    return null;
  }
}

/**
 * Starts the worker: the daily review sweep's Job Scheduler, the reminders queue,
 * and a reconciling loop that queues every due reminder Postgres holds (so a
 * restarted or flushed Redis loses nothing, and the schedule is put back).
 */
export async function startWorker(config: AccordConfig, log = createLogger('worker', config.logLevel), mailer: Mailer = smtpMailer(config)): Promise<RunningWorker> {
  const ds = createDataSource(config, 'app');
  await ds.initialize();
  const connection = redisConnection(config);
  await checkEvictionPolicy(connection, log);
  const prefix = config.redis.prefix;

  const queue = new Queue<ReviewSweepJob>(QUEUES.sweeps, { connection, prefix });
  const reminders = new Queue<ReminderJob>(QUEUES.reminders, { connection, prefix });
  const schedule = () =>
    queue.upsertJobScheduler(
      DAILY_REVIEW_SWEEP,
      { pattern: config.worker.sweepCron, tz: config.worker.sweepTimezone },
      { name: JOBS.reviewSweep, data: {}, opts: { attempts: 5, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: 100, removeOnFail: 500 } },
    );
  for (const q of [queue, reminders]) q.on('error', (e) => log.warn('queue connection error', { error: e.message }));
  await schedule();
  // Today's sweep also runs at start-up (once a day whatever the number of workers or restarts: the job id is the date).
  const today = localDate(config.worker.sweepTimezone);
  await queue.add(JOBS.reviewSweep, { today }, { jobId: `startup-sweep-${today}`, removeOnComplete: { age: 2 * 86_400 }, removeOnFail: 100 });

  // Connections passed to a BullMQ Worker are not closed by it: keep them, to close them ourselves.
  const workerConnections = [redisConnection(config), redisConnection(config)];
  const workerOptions = { prefix, concurrency: config.worker.concurrency, lockDuration: config.worker.lockMs, stalledInterval: config.worker.lockMs };
  const sweeps = new Worker<ReviewSweepJob, SweepResult>(
    QUEUES.sweeps,
    async (job: Job<ReviewSweepJob>) => {
      if (job.name !== JOBS.reviewSweep) throw new Error(`unknown job ${job.name}`);
      const today = job.data.today ?? localDate(config.worker.sweepTimezone);
      const result = await withSystemScope(ds, (s) => runReviewSweep(s, today, config.worker.reviewNoticeDays, job.data.councilId));
      log.info('review sweep done', { jobId: job.id, today, recorded: result.recorded });
      return result;
    },
    { ...workerOptions, connection: workerConnections[0] },
  );
  const senders = new Worker<ReminderJob, Delivery>(
    QUEUES.reminders,
    async (job: Job<ReminderJob>) => {
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const result = await deliverReminder(ds, mailer, config, job.data.reminderId, lastAttempt);
      if (result === 'failed') log.error('reminder failed after its last attempt', { reminderId: job.data.reminderId, councilId: job.data.councilId });
      return result;
    },
    { ...workerOptions, connection: workerConnections[1] },
  );
  for (const w of [sweeps, senders]) {
    w.on('failed', (job, err) => log.warn('job attempt failed', { jobId: job?.id, name: job?.name, attempts: job?.attemptsMade, error: err.message }));
    w.on('error', (err) => log.error('worker error', { error: err }));
  }
  await Promise.all([sweeps.waitUntilReady(), senders.waitUntilReady()]);

  /** Postgres is the source of truth: queue what is due (a job id per reminder, so queueing twice is harmless). */
  async function reconcile(): Promise<number> {
    let queued = 0;
    // Paged by key, not by offset: reminders sent while the pass runs leave the pending set, and an
    // offset would then skip as many of those still due.
    let after: { send_at: string; id: string } | null = null;
    for (;;) {
      const due: { id: string; council_id: string; send_at: string }[] = await withSystemScope(ds, (s) =>
        s.query<{ id: string; council_id: string; send_at: string }>(
          `SELECT id, council_id, send_at::text AS send_at FROM reminders
           WHERE status = 'pending' AND send_at <= now() AND ($1::timestamptz IS NULL OR (send_at, id) > ($1::timestamptz, $2::uuid))
           ORDER BY send_at, id LIMIT 2000`,
          [after?.send_at ?? null, after?.id ?? null],
        ),
      );
      if (!due.length) return queued;
      after = due[due.length - 1];
      await reminders.addBulk(
        due.map((r) => ({
          name: JOBS.sendReminder,
          data: { reminderId: r.id, councilId: r.council_id },
          opts: { jobId: reminderJobId(r.id), attempts: config.worker.reminderAttempts, backoff: { type: 'exponential', delay: config.worker.reminderBackoffMs }, removeOnComplete: true, removeOnFail: true },
        })),
      );
      queued += due.length;
      if (due.length < 2000) return queued;
    }
  }
  let reconciling: Promise<unknown> = Promise.resolve();
  const tick = () => {
    reconciling = reconciling
      .then(() => Promise.all([reconcile(), schedule()]))
      .catch((e) => log.warn('reconcile failed; trying again on the next tick', { error: (e as Error).message }));
  };
  tick();
  const timer = setInterval(tick, config.worker.reconcileEveryMs);
  log.info('worker ready', { queues: [QUEUES.sweeps, QUEUES.reminders], prefix, sweep: config.worker.sweepCron, tz: config.worker.sweepTimezone });

  return {
    queue,
    reminders,
    reconcile,
    async close() {
      clearInterval(timer);
      await reconciling;
      await Promise.all([sweeps.close(), senders.close()]);
      await Promise.all([queue.close(), reminders.close()]);
      mailer.close();
      await Promise.all([connection, ...workerConnections].map((c) => c.quit().catch(() => c.disconnect())));
      await ds.destroy();
    },
  };
}
