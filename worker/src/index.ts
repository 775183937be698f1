import 'reflect-metadata';
import { Queue, Worker, type Job } from 'bullmq';
import IORedis, { type Redis } from 'ioredis';
import type { AccordConfig } from '@accord/config';
import {
  DAILY_REVIEW_SWEEP,
  JOBS,
  QUEUES,
  createDataSource,
  createLogger,
  localDate,
  runReviewSweep,
  withSystemScope,
  type Logger,
  type ReviewSweepJob,
  type SweepResult,
} from '@accord/api';

export interface RunningWorker {
  /** Stops taking jobs, lets those in flight finish, and closes every connection. */
  close(): Promise<void>;
  queue: Queue<ReviewSweepJob>;
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

/** Starts the worker: the daily review sweep's Job Scheduler and the processor of the sweeps queue. */
export async function startWorker(config: AccordConfig, log = createLogger('worker', config.logLevel)): Promise<RunningWorker> {
  const ds = createDataSource(config, 'app');
  await ds.initialize();
  const connection = redisConnection(config);
  await checkEvictionPolicy(connection, log);

  const queue = new Queue<ReviewSweepJob>(QUEUES.sweeps, { connection, prefix: config.redis.prefix });
  await queue.upsertJobScheduler(
    DAILY_REVIEW_SWEEP,
    { pattern: config.worker.sweepCron, tz: config.worker.sweepTimezone },
    { name: JOBS.reviewSweep, data: {}, opts: { attempts: 5, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: 100, removeOnFail: 500 } },
  );

  const worker = new Worker<ReviewSweepJob, SweepResult>(
    QUEUES.sweeps,
    async (job: Job<ReviewSweepJob>) => {
      if (job.name !== JOBS.reviewSweep) throw new Error(`unknown job ${job.name}`);
      const today = job.data.today ?? localDate(config.worker.sweepTimezone);
      const result = await withSystemScope(ds, (s) => runReviewSweep(s, today, config.worker.reviewNoticeDays, job.data.councilId));
      log.info('review sweep done', { jobId: job.id, today, recorded: result.recorded });
      return result;
    },
    { connection: redisConnection(config), prefix: config.redis.prefix, concurrency: config.worker.concurrency },
  );
  worker.on('failed', (job, err) => log.error('job failed', { jobId: job?.id, name: job?.name, attempts: job?.attemptsMade, error: err }));
  worker.on('error', (err) => log.error('worker error', { error: err }));
  await worker.waitUntilReady();
  log.info('worker ready', { queue: QUEUES.sweeps, prefix: config.redis.prefix, sweep: config.worker.sweepCron, tz: config.worker.sweepTimezone });

  return {
    queue,
    async close() {
      await worker.close();
      await queue.close();
      await connection.quit();
      await ds.destroy();
    },
  };
}
