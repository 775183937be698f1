import { Queue, QueueEvents } from 'bullmq';
import IORedis from 'ioredis';
import { JOBS, QUEUES, localDate, runReviewSweep, withSystemScope } from '@accord/api';
import { createTestDb, type TestDb } from '../support/db';
import { runId } from '../support/env';
import { startWorkerProcess } from '../support/processes';

const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);

describe('the worker\'s review sweep', () => {
  let db: TestDb;
  const today = localDate('Europe/London');
  const notifications = async (slug: string) =>
    (await db.admin.query('SELECT kind, due_date FROM notifications WHERE council_id = $1', [db.councils[slug]])).rows;

  beforeAll(async () => {
    db = await createTestDb({ REDIS_PREFIX: `accord-test-${runId()}-worker` });
    // Eastvale due in 10 days, Ashbury in 31 (outside the notice period), Glanmor 3 days overdue.
    await db.admin.query(`UPDATE councils SET next_review_due = $1 WHERE slug = 'eastvale'`, [addDays(today, 10)]);
    await db.admin.query(`UPDATE councils SET next_review_due = $1 WHERE slug = 'ashbury'`, [addDays(today, 31)]);
    await db.admin.query(`UPDATE councils SET next_review_due = $1 WHERE slug = 'glanmor'`, [addDays(today, -3)]);
  });
  afterAll(() => db.drop());

  test('two sweeps record exactly one notification per council per review date', async () => {
    const first = await withSystemScope(db.app, (s) => runReviewSweep(s, today, 30));
    const second = await withSystemScope(db.app, (s) => runReviewSweep(s, today, 30));
    expect(first.recorded).toBeGreaterThan(0);
    expect(second.recorded).toBe(0);
    expect(await notifications('eastvale')).toEqual([{ kind: 'review_due', due_date: addDays(today, 10) }]);
    expect(await notifications('glanmor')).toEqual([{ kind: 'review_overdue', due_date: addDays(today, -3) }]);
    expect(await notifications('ashbury')).toEqual([]);
  });

  test('a new review date gets its own notification', async () => {
    await db.admin.query(`UPDATE councils SET next_review_due = $1 WHERE slug = 'eastvale'`, [addDays(today, 20)]);
    await withSystemScope(db.app, (s) => runReviewSweep(s, today, 30));
    expect((await notifications('eastvale')).map((n) => n.due_date).sort()).toEqual([addDays(today, 10), addDays(today, 20)]);
  });

  test('two worker processes sweeping at the same moment record one notification', async () => {
    const day = addDays(today, 5); // a later "today": Ashbury's review (today + 31) is now within 30 days
    const connection = new IORedis(db.config.redis.url, { maxRetriesPerRequest: null });
    const queue = new Queue(QUEUES.sweeps, { connection, prefix: db.config.redis.prefix });
    const eventsConnection = connection.duplicate();
    const events = new QueueEvents(QUEUES.sweeps, { connection: eventsConnection, prefix: db.config.redis.prefix });
    await events.waitUntilReady();
    const workers = await Promise.all([startWorkerProcess(db.config), startWorkerProcess(db.config)]);
    try {
      const jobs = await queue.addBulk([
        { name: JOBS.reviewSweep, data: { today: day } },
        { name: JOBS.reviewSweep, data: { today: day } },
        { name: JOBS.reviewSweep, data: { today: day } },
        { name: JOBS.reviewSweep, data: { today: day } },
      ]);
      const results = await Promise.all(jobs.map((j) => j.waitUntilFinished(events, 30_000)));
      expect(results.reduce((n, r) => n + r.recorded, 0)).toBeGreaterThan(0);
      expect(await notifications('ashbury')).toEqual([{ kind: 'review_due', due_date: addDays(today, 31) }]);
      const dupes = await db.admin.query('SELECT council_id, dedupe_key, count(*) FROM notifications GROUP BY 1, 2 HAVING count(*) > 1');
      expect(dupes.rows).toEqual([]);
      // Both processes took part.
      expect(workers.every((w) => w.output().includes('review sweep done'))).toBe(true);
    } finally {
      for (const w of workers) w.child.kill('SIGTERM');
      const codes = await Promise.all(workers.map((w) => w.exited));
      expect(codes).toEqual([0, 0]);
      await events.close();
      await queue.close();
      eventsConnection.disconnect();
      connection.disconnect();
    }
  });

  test('the daily sweep is a Job Scheduler in Europe/London time', async () => {
    const connection = new IORedis(db.config.redis.url, { maxRetriesPerRequest: null });
    const queue = new Queue(QUEUES.sweeps, { connection, prefix: db.config.redis.prefix });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers).toEqual([expect.objectContaining({ key: 'daily-review-sweep', pattern: db.config.worker.sweepCron, tz: 'Europe/London' })]);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });
});
