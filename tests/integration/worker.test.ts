import { Queue, QueueEvents } from 'bullmq';
import IORedis from 'ioredis';
import { DbSession, JOBS, QUEUES, localDate, runReviewSweep, seedDemoCases, withSystemScope } from '@accord/api';
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
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);

describe('the worker\'s review sweep', () => {
  let db: TestDb;
  const today = localDate('Europe/London');
  /** Sets the next review date of a council's adopted protocol (the council's own date is made to disagree). */
  const setReview = async (slug: string, date: string) => {
    await db.admin.query(
      `UPDATE protocol_versions SET next_review_due = $1 WHERE status = 'adopted' AND council_id = (SELECT id FROM councils WHERE slug = $2)`,
      [date, slug],
    );
    await db.admin.query(`UPDATE councils SET next_review_due = NULL WHERE slug = $1`, [slug]);
  };
  const tasks = async (slug: string) =>
    (
      await db.admin.query(
        `SELECT t.due_on::text, t.status, (SELECT array_agg(r.kind ORDER BY r.kind) FROM reminders r WHERE r.review_task_id = t.id) AS reminders
         FROM review_tasks t WHERE t.council_id = $1 ORDER BY t.due_on`,
        [db.councils[slug]],
      )
    ).rows;
  const notifications = async (slug: string) =>
    (await db.admin.query('SELECT kind, due_date FROM notifications WHERE council_id = $1', [db.councils[slug]])).rows;

  beforeAll(async () => {
    db = await createTestDb({ REDIS_PREFIX: `accord-test-${runId()}-worker` });
    // Review dates of the adopted protocols: Eastvale due in 10 days, Ashbury in 31 (outside the notice
    // period), Glanmor 3 days overdue. Torfaen has no protocol: its own date counts (100 days away).
    await setReview('eastvale', addDays(today, 10));
    await setReview('ashbury', addDays(today, 31));
    await setReview('glanmor', addDays(today, -3));
    await db.admin.query(`UPDATE councils SET next_review_due = $1 WHERE slug IN ('torfaen', 'westmere', 'cwmbran', 'kingsford')`, [addDays(today, 100)]);
    await db.admin.query(`UPDATE protocol_versions SET next_review_due = $1 WHERE council_id IN (SELECT id FROM councils WHERE slug IN ('cwmbran', 'kingsford'))`, [addDays(today, 100)]);
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
    expect(first.tasks).toBeGreaterThan(0);
    expect(second.tasks).toBe(0);
    expect(await tasks('eastvale')).toEqual([{ due_on: addDays(today, 10), status: 'open', reminders: ['review_due', 'review_overdue'] }]);
    expect(await tasks('glanmor')).toEqual([{ due_on: addDays(today, -3), status: 'overdue', reminders: ['review_due', 'review_overdue'] }]);
    expect(await tasks('ashbury')).toEqual([]);
  });

  test('a council with no adopted protocol is swept by its own review date', async () => {
    await db.admin.query(`UPDATE councils SET next_review_due = $1 WHERE slug = 'westmere'`, [addDays(today, 5)]);
    await withSystemScope(db.app, (s) => runReviewSweep(s, today, 30));
    expect(await notifications('westmere')).toEqual([{ kind: 'review_due', due_date: addDays(today, 5) }]);
  });

  test('a new review date gets its own notification', async () => {
    await setReview('eastvale', addDays(today, 20));
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
      expect((await tasks('ashbury')).map((t) => t.due_on)).toEqual([addDays(today, 31)]);
      // Every job ran in one of the two processes (which one takes which is BullMQ's choice), besides
      // the one start-up sweep of the day both processes asked for (one job id: it runs once).
      await until(() => workers.reduce((n, w) => n + w.output().split('review sweep done').length - 1, 0) >= 5);
      const done = workers.map((w) => w.output().split('review sweep done').length - 1);
      expect(done[0] + done[1]).toBe(5);
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

  test('two sweeps overlapping in two transactions record one notification: the second waits, then skips', async () => {
    await setReview('eastvale', addDays(today, 25));
    const first = await DbSession.begin(db.app);
    const second = await DbSession.begin(db.app);
    try {
      for (const s of [first, second]) await s.query(`SELECT set_config('accord.system', 'on', true)`);
      const a = await runReviewSweep(first, today, 30);
      expect(a.recorded).toBeGreaterThan(0); // not yet committed
      const b = runReviewSweep(second, today, 30); // blocks on the unique index until the first commits
      await first.end(true);
      expect((await b).recorded).toBe(0);
      await second.end(true);
    } finally {
      await first.end(false);
      await second.end(false);
    }
    const rows = await db.admin.query(`SELECT count(*)::int AS n FROM notifications WHERE dedupe_key = $1`, [`review:${addDays(today, 25)}`]);
    expect(rows.rows[0].n).toBe(1);
    expect((await tasks('eastvale')).filter((t) => t.due_on === addDays(today, 25))).toHaveLength(1);
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
