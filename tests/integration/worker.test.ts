import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { QUEUES } from '@accord/api';
import { createTestDb, type TestDb } from '../support/db';
import { runId } from '../support/env';
import { startWorkerProcess } from '../support/processes';

// What the review sweep makes (tasks and reminders once, in two processes at once, nothing stale, the
// configured time zone and reminder time) is tested beside the feature: tests/integration/review-sweep.test.ts.
describe('the worker\'s review sweep schedule', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb({ REDIS_PREFIX: `accord-test-${runId()}-worker` });
  });
  afterAll(() => db.drop());

  test('the daily sweep is a Job Scheduler in SWEEP_TIMEZONE', async () => {
    const worker = await startWorkerProcess(db.config);
    const connection = new IORedis(db.config.redis.url, { maxRetriesPerRequest: null });
    const queue = new Queue(QUEUES.sweeps, { connection, prefix: db.config.redis.prefix });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers).toEqual([expect.objectContaining({ key: 'daily-review-sweep', pattern: db.config.worker.sweepCron, tz: db.config.worker.sweepTimezone })]);
    } finally {
      worker.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
      await queue.close();
      connection.disconnect();
    }
  });
});
