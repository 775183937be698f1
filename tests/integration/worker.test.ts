import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { QUEUES, seedDemoCases } from '@accord/api';
import { startSmtpSink, type SmtpSink } from '../support/smtp';
import { createTestDb, type TestDb } from '../support/db';
import { runId } from '../support/env';
import { startWorkerProcess } from '../support/processes';

const until = async (check: () => boolean, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((ok) => setTimeout(ok, 50));
  }
};

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

describe('the first start-up on the demo data (issue 11)', () => {
  let db: TestDb;
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
    db = await createTestDb({ REDIS_PREFIX: `accord-test-${runId()}-startup`, SMTP_PORT: String(sink.port), WORKER_CONCURRENCY: '4', RECONCILE_EVERY_MS: '1000' });
  });
  afterAll(async () => {
    await db.drop();
    await sink.stop();
  });

  test('two workers start on the demo cases and the day\'s sweep: no deadlock, no message twice, no "due" message for a passed deadline', async () => {
    const opened = await seedDemoCases(db.app, db.config);
    expect(opened).toBeGreaterThan(3);
    const q = (sql: string, params: unknown[] = []) => db.admin.query(sql, params).then((r) => r.rows);
    const deadlocks = async () => (await q(`SELECT deadlocks::int AS n FROM pg_stat_database WHERE datname = current_database()`))[0].n;
    const before = await deadlocks();
    const workers = await Promise.all([startWorkerProcess(db.config), startWorkerProcess(db.config)]);
    try {
      await until(() => workers.some((w) => w.output().includes('review sweep done')), 60_000);
      const settled = async () => (await q(`SELECT count(*)::int AS n FROM reminders WHERE status = 'pending' AND coalesce(retry_at, send_at) <= now()`))[0].n === 0;
      const end = Date.now() + 60_000;
      while (!(await settled())) {
        if (Date.now() > end) throw new Error('due reminders left unsent');
        await new Promise((ok) => setTimeout(ok, 200));
      }
      await new Promise((ok) => setTimeout(ok, 1500));
    } finally {
      for (const w of workers) w.child.kill('SIGTERM');
      expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
    }
    expect(await deadlocks()).toBe(before);
    for (const w of workers) expect(w.output()).not.toMatch(/deadlock detected/);
    expect(sink.messages.length).toBeGreaterThan(0);
    const ids = sink.messages.map((m) => m.messageId);
    expect(ids.length).toBe(new Set(ids).size);
    // Every message is of a reminder recorded as sent, and none announces a deadline already passed when it went.
    const reminderIds = [...new Set(ids.map((id) => /^<([0-9a-f-]{36})\.\d+@accord>$/.exec(id)?.[1]))];
    expect(reminderIds.every(Boolean)).toBe(true);
    const rows = await q(`SELECT id, kind, status, deadline::text AS deadline, (sent_at AT TIME ZONE 'Europe/London')::date::text AS sent_on FROM reminders WHERE id = ANY ($1)`, [reminderIds]);
    expect(rows).toHaveLength(reminderIds.length);
    expect(rows.filter((r) => r.status !== 'sent')).toEqual([]);
    const stale = rows.filter((r) => ['acknowledge_soon', 'respond_soon', 'step_soon', 'review_due'].includes(r.kind) && r.deadline < r.sent_on);
    expect(stale).toEqual([]);
    // One notification per recipient per reminder.
    expect(await q(`SELECT reminder_id, recipient_email FROM notifications WHERE reminder_id IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1`)).toEqual([]);
  }, 150_000);
});
