import 'reflect-metadata';
import { Queue, Worker, type Job } from 'bullmq';
import IORedis, { type Redis } from 'ioredis';
import type { AccordConfig } from '@accord/config';
import {
  DAILY_REVIEW_SWEEP,
  JOBS,
  OutboxTrigger,
  QUEUES,
  ReminderTrigger,
  allJobs,
  createDataSource,
  createLogger,
  localDate,
  smtpMailer,
  systemContext,
  type BatchResult,
  type DeliverRemindersJob,
  type JobDefinition,
  type Logger,
  type Mailer,
  type OutboxResult,
  type ReviewSweepJob,
} from '@accord/api';

export { smtpMailer, type Mailer, type OutgoingMail } from '@accord/api';

export interface RunningWorker {
  /** Stops taking jobs, lets those in flight finish, and closes every connection. */
  close(): Promise<void>;
  queue: Queue<ReviewSweepJob>;
  reminders: Queue<DeliverRemindersJob>;
  /** Queues batches for every due reminder Postgres holds; returns how many were due. */
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
 * Starts the worker process's part: it registers the jobs Accord defines (api/src/jobs.ts),
 * each run with a fresh system context that is committed when the job returns and rolled
 * back when it throws; puts the daily review sweep's schedule in place; and queues reminder
 * batches when reminders become due (ReminderTrigger: the change feed, a timer, reconciling).
 * It holds no SQL of its own.
 */
export async function startWorker(
  config: AccordConfig,
  log = createLogger('worker', config.logLevel),
  mailer: Mailer = smtpMailer(config),
  options: { reminderBatchSize?: number } = {},
): Promise<RunningWorker> {
  // A connection for each job running at once (and the outbox's), and for the reminder and outbox triggers' looks: jobs never wait for one.
  const ds = createDataSource({ ...config, db: { ...config.db, poolMax: Math.max(config.db.poolMax, config.worker.concurrency + 4) } }, 'app');
  await ds.initialize();
  const connection = redisConnection(config);
  await checkEvictionPolicy(connection, log);
  const prefix = config.redis.prefix;

  const queue = new Queue<ReviewSweepJob>(QUEUES.sweeps, { connection, prefix });
  const reminders = new Queue<DeliverRemindersJob>(QUEUES.reminders, { connection, prefix });
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

  // Reminder batches: a job claims whatever is due, so it needs no id of its own; enough wait when enough are waiting.
  const enqueue = async (n: number, reason: string) => {
    const waiting = await reminders.getWaitingCount();
    const add = Math.min(n, config.worker.concurrency - waiting);
    if (add <= 0) return;
    await reminders.addBulk(
      Array.from({ length: add }, () => ({ name: JOBS.deliverReminders, data: { reason }, opts: { attempts: 3, backoff: { type: 'exponential', delay: 200 }, removeOnComplete: true, removeOnFail: 100 } })),
    );
  };
  const trigger = new ReminderTrigger(config, ds, enqueue, log, options.reminderBatchSize);
  // The mail outbox (invitations): a batch job when something is committed or a retry is due (users/outbox.job.ts).
  const outbox = new Queue(QUEUES.outbox, { connection, prefix });
  outbox.on('error', (e) => log.warn('queue connection error', { error: e.message }));
  const outboxTrigger = new OutboxTrigger(config, ds, async (reason) => {
    if ((await outbox.getWaitingCount()) > 0) return;
    await outbox.add(JOBS.deliverOutbox, { reason }, { attempts: 3, backoff: { type: 'exponential', delay: 200 }, removeOnComplete: true, removeOnFail: 100 });
  }, log);

  // Every job Accord defines, registered as it is; connections passed to a BullMQ Worker are not closed by it: keep them.
  const definitions = allJobs(config, { mailer, reminderBatchSize: options.reminderBatchSize });
  const byQueue = new Map<string, JobDefinition<any>[]>();
  for (const d of definitions) byQueue.set(d.queue, [...(byQueue.get(d.queue) ?? []), d]);
  const workerConnections: Redis[] = [];
  const workers = [...byQueue].map(([name, defs]) => {
    const c = redisConnection(config);
    workerConnections.push(c);
    const w = new Worker(
      name,
      async (job: Job) => {
        const def = defs.find((d) => d.name === job.name);
        if (!def) throw new Error(`unknown job ${job.name} on ${name}`);
        const ctx = systemContext(config, ds, { asyncCommit: def.asyncCommit });
        let result: unknown;
        try {
          result = await def.handle(ctx, job.data, { id: job.id, attemptsMade: job.attemptsMade, attempts: job.opts.attempts });
        } catch (e) {
          await ctx.finish(false).catch(() => undefined);
          throw e;
        }
        await ctx.finish(true);
        return result;
      },
      { prefix, connection: c, concurrency: Math.max(...defs.map((d) => d.concurrency ?? config.worker.concurrency)), lockDuration: config.worker.lockMs, stalledInterval: config.worker.lockMs },
    );
    w.on('failed', (job, err) => log.warn('job attempt failed', { jobId: job?.id, name: job?.name, attempts: job?.attemptsMade, error: err.message }));
    w.on('error', (err) => log.error('worker error', { error: err }));
    w.on('completed', (job, result) => {
      if (job.name === JOBS.deliverReminders) trigger.batchDone(result as BatchResult);
      else if (job.name === JOBS.deliverOutbox) outboxTrigger.batchDone(result as OutboxResult);
      else if (job.name === JOBS.reviewSweep) log.info('review sweep done', { jobId: job.id, result });
    });
    return w;
  });
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  await trigger.start();
  await outboxTrigger.start();

  /** Postgres is the source of truth: queue batches for what is due (a batch job finds its own reminders, so twice is harmless). */
  const reconcile = () => trigger.look('reconcile');
  let reconciling: Promise<unknown> = Promise.resolve();
  const tick = () => {
    reconciling = reconciling
      .then(() => Promise.all([reconcile(), schedule(), outboxTrigger.look('reconcile')]))
      .catch((e) => log.warn('reconcile failed; trying again on the next tick', { error: (e as Error).message }));
  };
  tick();
  const timer = setInterval(tick, config.worker.reconcileEveryMs);
  log.info('worker ready', { queues: [...byQueue.keys()], jobs: definitions.map((d) => d.name), prefix, sweep: config.worker.sweepCron, tz: config.worker.sweepTimezone });

  return {
    queue,
    reminders,
    reconcile,
    async close() {
      clearInterval(timer);
      await trigger.stop();
      await outboxTrigger.stop();
      await reconciling;
      await Promise.all(workers.map((w) => w.close()));
      await Promise.all([queue.close(), reminders.close(), outbox.close()]);
      mailer.close();
      await Promise.all([connection, ...workerConnections].map((c) => c.quit().catch(() => c.disconnect())));
      await ds.destroy();
    },
  };
}
