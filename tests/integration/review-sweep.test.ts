import {
  DbSession,
  RequestContext,
  createLogger,
  localDate,
  reviewSweepJob,
  runReviewSweep,
  withSystemContext,
  withSystemScope,
  type SweepResult,
} from '@accord/api';
import { BILINGUAL_DIVIDER } from '../../api/src/cases/reminder-templates';
import { Queue, QueueEvents } from 'bullmq';
import IORedis from 'ioredis';
import { JOBS, QUEUES } from '@accord/api';
import { startWorker, type RunningWorker } from '@accord/worker';
import { startWorkerProcess } from '../support/processes';
import type { AccordConfig } from '@accord/config';
import { createTestDb, type TestDb } from '../support/db';
import { runId } from '../support/env';
import { startSmtpSink, type SmtpSink } from '../support/smtp';

const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);
const until = async (what: string, check: () => Promise<boolean>, ms = 30_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
};
const SLUGS = ['torfaen', 'cwmbran', 'glanmor', 'ashbury', 'westmere', 'kingsford', 'eastvale'];

/** Sets a council's review date: its adopted protocol's and its own (a council with no protocol has only its own). */
async function setReview(db: TestDb, slug: string, date: string | null, own: string | null = date): Promise<void> {
  await db.admin.query(`UPDATE protocol_versions SET next_review_due = $1 WHERE status = 'adopted' AND council_id = $2`, [date, db.councils[slug]]);
  await db.admin.query(`UPDATE councils SET next_review_due = $1 WHERE id = $2`, [own, db.councils[slug]]);
}

/** The daily sweep as the worker runs it: the job, in a fresh system context, committed. */
const runJob = (config: AccordConfig, db: TestDb, data: { today?: string; councilId?: string } = {}) =>
  withSystemContext(config, db.app, (ctx) => reviewSweepJob.handle(ctx, data, { attemptsMade: 0 })) as Promise<SweepResult>;

describe('the daily review sweep', () => {
  let db: TestDb;
  const today = localDate('Europe/London');
  const tasks = async (slug: string) =>
    (
      await db.admin.query(
        `SELECT t.due_on::text, t.status,
                (SELECT array_agg(r.kind || ':' || r.status ORDER BY r.kind) FROM reminders r WHERE r.review_task_id = t.id) AS reminders
         FROM review_tasks t WHERE t.council_id = $1 ORDER BY t.due_on`,
        [db.councils[slug]],
      )
    ).rows;

  beforeAll(async () => {
    db = await createTestDb({ REDIS_PREFIX: `accord-test-${runId()}-sweep` });
    for (const slug of SLUGS) await setReview(db, slug, addDays(today, 100));
    // Eastvale due in 10 days, Ashbury in 31 (outside the notice period), Glanmor 3 days overdue;
    // Torfaen has no protocol: its own date counts (the council's date disagrees with the protocol's elsewhere).
    await setReview(db, 'eastvale', addDays(today, 10), addDays(today, 200));
    await setReview(db, 'ashbury', addDays(today, 31), addDays(today, 1));
    await setReview(db, 'glanmor', addDays(today, -3), addDays(today, 200));
  });
  afterAll(() => db.drop());

  test('one task per council per review date, its reminders planned once; no "due" reminder for a date already past', async () => {
    const first = await runJob(db.config, db, { today });
    const second = await runJob(db.config, db, { today });
    expect(first).toMatchObject({ tasks: 2, recorded: 3 }); // Eastvale: due and overdue; Glanmor: overdue only
    expect(second).toMatchObject({ tasks: 0, recorded: 0 });
    expect(await tasks('eastvale')).toEqual([{ due_on: addDays(today, 10), status: 'open', reminders: ['review_due:pending', 'review_overdue:pending'] }]);
    expect(await tasks('glanmor')).toEqual([{ due_on: addDays(today, -3), status: 'overdue', reminders: ['review_overdue:pending'] }]);
    expect(await tasks('ashbury')).toEqual([]);
    // The sweep records no notification of its own: each reminder records one per recipient when it is sent.
    const { rows } = await db.admin.query(`SELECT count(*)::int AS n FROM notifications`);
    expect(rows[0].n).toBe(0);
  });

  test('a council with no adopted protocol is swept by its own review date', async () => {
    await setReview(db, 'torfaen', null, addDays(today, 5));
    expect((await runJob(db.config, db, { today })).tasks).toBe(1);
    expect(await tasks('torfaen')).toEqual([{ due_on: addDays(today, 5), status: 'open', reminders: ['review_due:pending', 'review_overdue:pending'] }]);
  });

  test('a new review date gets its own task', async () => {
    await setReview(db, 'eastvale', addDays(today, 20), addDays(today, 200));
    await runJob(db.config, db, { today });
    expect((await tasks('eastvale')).map((t) => t.due_on)).toEqual([addDays(today, 10), addDays(today, 20)]);
  });

  test('once the date passes, the next sweep marks the task overdue and cancels the "due" reminder that has not gone', async () => {
    const later = addDays(today, 11); // Eastvale's first date (today + 10) is now past
    const r = await runJob(db.config, db, { today: later, councilId: db.councils.eastvale });
    expect(r).toMatchObject({ overdue: 1, cancelled: 1 });
    const [past, next] = await tasks('eastvale');
    expect(past).toEqual({ due_on: addDays(today, 10), status: 'overdue', reminders: ['review_due:cancelled', 'review_overdue:pending'] });
    expect(next.reminders).toEqual(['review_due:pending', 'review_overdue:pending']); // today + 20 is still ahead
  });

  test('two sweeps overlapping in two transactions make one task: the second waits on the first, then skips', async () => {
    await setReview(db, 'westmere', addDays(today, 25));
    const first = await DbSession.begin(db.app);
    const second = await DbSession.begin(db.app);
    try {
      for (const s of [first, second]) await s.query(`SELECT set_config('accord.system', 'on', true)`);
      const a = await runReviewSweep(first, today, 30, db.councils.westmere);
      expect(a).toMatchObject({ tasks: 1, recorded: 2 }); // not yet committed
      const b = runReviewSweep(second, today, 30, db.councils.westmere); // blocks on the unique index until the first commits
      await new Promise((ok) => setTimeout(ok, 200));
      await first.end(true);
      expect(await b).toMatchObject({ tasks: 0, recorded: 0 });
      await second.end(true);
    } finally {
      await first.end(false);
      await second.end(false);
    }
    expect(await tasks('westmere')).toEqual([{ due_on: addDays(today, 25), status: 'open', reminders: ['review_due:pending', 'review_overdue:pending'] }]);
  });

  test('the job reads today in SWEEP_TIMEZONE and plans reminders at REMINDER_TIME there', async () => {
    // Kiritimati (UTC+14) and Pago Pago (UTC-11) are 25 hours apart: never on the same date.
    const ahead = 'Pacific/Kiritimati';
    const behind = 'Pacific/Pago_Pago';
    const dayAhead = localDate(ahead);
    const due = addDays(dayAhead, -1); // past in Kiritimati, not yet in Pago Pago
    expect(localDate(behind) <= due).toBe(true);
    const cfg = (timeZone: string, reminderTime: string): AccordConfig => ({ ...db.config, worker: { ...db.config.worker, sweepTimezone: timeZone, reminderTime } });

    await setReview(db, 'kingsford', due);
    await runJob(cfg(behind, '17:30'), db, { councilId: db.councils.kingsford });
    expect(await tasks('kingsford')).toEqual([{ due_on: due, status: 'open', reminders: ['review_due:pending', 'review_overdue:pending'] }]);
    // Postgres's own reading of "17:30 on the day, in that zone": "due" today there (or now, once 17:30 has
    // passed there), "overdue" the day after the date.
    const { rows } = await db.admin.query(
      `SELECT r.kind,
              CASE WHEN r.kind = 'review_overdue' THEN r.send_at = ((t.due_on + 1)::timestamp + time '17:30') AT TIME ZONE $2
                   WHEN ($3::date + time '17:30') AT TIME ZONE $2 > r.created_at THEN r.send_at = ($3::date + time '17:30') AT TIME ZONE $2
                   ELSE abs(extract(epoch FROM r.send_at - r.created_at)) < 5 END AS at_reminder_time
       FROM reminders r JOIN review_tasks t ON t.id = r.review_task_id WHERE t.council_id = $1 ORDER BY r.kind`,
      [db.councils.kingsford, behind, localDate(behind)],
    );
    expect(rows).toEqual([
      { kind: 'review_due', at_reminder_time: true },
      { kind: 'review_overdue', at_reminder_time: true },
    ]);

    // The same council swept in Kiritimati, where the date has passed: overdue, and the "due" reminder cancelled.
    await runJob(cfg(ahead, '06:15'), db, { councilId: db.councils.kingsford });
    expect(await tasks('kingsford')).toEqual([{ due_on: due, status: 'overdue', reminders: ['review_due:cancelled', 'review_overdue:pending'] }]);

    // A date past in Kiritimati when first swept there: no "due" reminder at all, "overdue" at 06:15 Kiritimati time (or now, if that has passed).
    await setReview(db, 'ashbury', addDays(dayAhead, -2));
    await runJob(cfg(ahead, '06:15'), db, { councilId: db.councils.ashbury });
    const ashbury = await db.admin.query(
      `SELECT r.kind, ((t.due_on + 1)::timestamp + time '06:15') AT TIME ZONE $2 < r.created_at AS time_passed,
              abs(extract(epoch FROM r.send_at - r.created_at)) < 5 AS straight_away
       FROM reminders r JOIN review_tasks t ON t.id = r.review_task_id WHERE t.council_id = $1 AND t.due_on = $3`,
      [db.councils.ashbury, ahead, addDays(dayAhead, -2)],
    );
    expect(ashbury.rows).toEqual([{ kind: 'review_overdue', time_passed: true, straight_away: true }]);
  });

  test('only the worker\'s system context runs the sweep', async () => {
    const ctx = new RequestContext(db.config, db.app, { kind: 'user', userId: db.users['clerk.eastvale@accord.example'] });
    await expect(reviewSweepJob.handle(ctx, {}, { attemptsMade: 0 })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await ctx.finish(false);
  });
});

describe('review reminders sent by the worker', () => {
  let db: TestDb;
  let sink: SmtpSink;
  let worker: RunningWorker | undefined;
  const today = localDate('Europe/London');
  const q = <T = any>(sql: string, params: unknown[] = []) => db.admin.query(sql, params).then((r) => r.rows as T[]);

  beforeAll(async () => {
    sink = await startSmtpSink();
    // Reminders from midnight, so that "due" ones go as soon as they are planned whatever the hour of the run.
    db = await createTestDb({ REDIS_PREFIX: `accord-test-${runId()}-sweep-mail`, SMTP_PORT: String(sink.port), RECONCILE_EVERY_MS: '200', WORKER_CONCURRENCY: '2', REMINDER_TIME: '00:00' });
    for (const slug of SLUGS) await setReview(db, slug, addDays(today, 100));
    // Cwmbran (in Wales) due in 10 days; Kingsford as in the demo data: due on 31 October 2025, long past.
    await setReview(db, 'cwmbran', addDays(today, 10));
    await setReview(db, 'kingsford', '2025-10-31');
    // Eastvale: a "due" reminder planned while its date was ahead (by a sweep 20 days ago) and never sent
    // (the worker was down); the date passed 5 days ago. The worker starts: whether its start-up sweep
    // cancels it first or delivery finds it stale, it never goes.
    await setReview(db, 'eastvale', addDays(today, -5));
    await withSystemScope(db.app, (s) => runReviewSweep(s, addDays(today, -20), 30, db.councils.eastvale));
    expect(await q(`SELECT kind, status FROM reminders WHERE council_id = $1 ORDER BY kind`, [db.councils.eastvale])).toEqual([
      { kind: 'review_due', status: 'pending' },
      { kind: 'review_overdue', status: 'pending' },
    ]);
    worker = await startWorker(db.config, createLogger('worker', 'silent'));
  });
  afterAll(async () => {
    await worker?.close();
    await db.drop();
    await sink.stop();
  });

  test('a council in Wales: one message and one notification per recipient, Welsh then English, once', async () => {
    const c = db.councils.cwmbran;
    await until('the Cwmbran review reminder', async () => (await q(`SELECT status FROM reminders WHERE council_id = $1 AND kind = 'review_due'`, [c]))[0]?.status === 'sent');
    const notes = await q(`SELECT recipient_email, locale, subject, body FROM notifications WHERE council_id = $1`, [c]);
    // The clerk, the office holder the reminder goes to (no one holds the reviewing body's role): one notification.
    expect(notes.map((n) => n.recipient_email)).toEqual(['clerk@cwmbran.example']);
    const [note] = notes;
    expect(note.locale).toBe('cy+en');
    expect(note.subject).toMatch(/^Adolygiad o'r protocol yn ddyledus .* \/ Protocol review due .*: Cwmbran Community Council$/);
    expect(note.body.split(BILINGUAL_DIVIDER)).toHaveLength(2);
    expect(note.body.indexOf('Annwyl')).toBeLessThan(note.body.indexOf('Dear'));
    const mail = sink.messages.filter((m) => m.subject.includes('Cwmbran Community Council'));
    expect(mail.map((m) => m.to)).toEqual([['clerk@cwmbran.example']]);
    expect(mail[0].text.split(BILINGUAL_DIVIDER)).toHaveLength(2);
  });

  test('a review long overdue (the demo\'s Kingsford): "overdue" is sent, "due" never', async () => {
    const c = db.councils.kingsford;
    await until('the Kingsford overdue reminder', async () => (await q(`SELECT status FROM reminders WHERE council_id = $1 AND kind = 'review_overdue'`, [c]))[0]?.status === 'sent');
    expect(await q(`SELECT kind FROM reminders WHERE council_id = $1`, [c])).toEqual([{ kind: 'review_overdue' }]);
    const subjects = sink.messages.filter((m) => m.subject.includes('Kingsford Town Council')).map((m) => m.subject);
    expect(subjects.length).toBeGreaterThan(0);
    expect(subjects.every((s) => s === 'Protocol review overdue: Kingsford Town Council')).toBe(true);
    expect((await q(`SELECT DISTINCT kind FROM notifications WHERE council_id = $1`, [c])).map((n) => n.kind)).toEqual(['review_overdue']);
  });

  test('a "due" reminder whose date passed before it went is not sent; "overdue" speaks instead', async () => {
    const c = db.councils.eastvale;
    await until('the Eastvale overdue reminder', async () => (await q(`SELECT status FROM reminders WHERE council_id = $1 AND kind = 'review_overdue'`, [c]))[0]?.status === 'sent');
    await new Promise((ok) => setTimeout(ok, 500)); // time for a stale send, were one to happen
    expect(await q(`SELECT kind, status FROM reminders WHERE council_id = $1 ORDER BY kind`, [c])).toEqual([
      { kind: 'review_due', status: 'cancelled' },
      { kind: 'review_overdue', status: 'sent' },
    ]);
    const subjects = sink.messages.filter((m) => m.subject.includes('Eastvale District Council')).map((m) => m.subject);
    expect(subjects.length).toBeGreaterThan(0);
    expect(subjects.every((s) => s.startsWith('Protocol review overdue'))).toBe(true);
  });
});

describe('the sweep in two worker processes at once', () => {
  let db: TestDb;
  const today = localDate('Europe/London');
  beforeAll(async () => {
    db = await createTestDb({ REDIS_PREFIX: `accord-test-${runId()}-sweep-procs` });
    for (const slug of SLUGS) await setReview(db, slug, addDays(today, 100));
    await setReview(db, 'ashbury', addDays(today, 31)); // within the notice period of a sweep five days on
  });
  afterAll(() => db.drop());

  test('four sweep jobs in two processes make one task and one set of reminders', async () => {
    const day = addDays(today, 5);
    const connection = new IORedis(db.config.redis.url, { maxRetriesPerRequest: null });
    const queue = new Queue(QUEUES.sweeps, { connection, prefix: db.config.redis.prefix });
    const eventsConnection = connection.duplicate();
    const events = new QueueEvents(QUEUES.sweeps, { connection: eventsConnection, prefix: db.config.redis.prefix });
    await events.waitUntilReady();
    const workers = await Promise.all([startWorkerProcess(db.config), startWorkerProcess(db.config)]);
    try {
      const jobs = await queue.addBulk(Array.from({ length: 4 }, () => ({ name: JOBS.reviewSweep, data: { today: day } })));
      const results: SweepResult[] = await Promise.all(jobs.map((j) => j.waitUntilFinished(events, 30_000)));
      expect(results.reduce((n, r) => n + r.tasks, 0)).toBe(1);
      expect(results.reduce((n, r) => n + r.recorded, 0)).toBe(2);
      const { rows } = await db.admin.query(
        `SELECT t.due_on::text, array_agg(r.kind ORDER BY r.kind) AS kinds FROM review_tasks t JOIN reminders r ON r.review_task_id = t.id
         WHERE t.council_id = $1 GROUP BY t.id`,
        [db.councils.ashbury],
      );
      expect(rows).toEqual([{ due_on: addDays(today, 31), kinds: ['review_due', 'review_overdue'] }]);
      const dupes = await db.admin.query('SELECT council_id, dedupe_key FROM reminders GROUP BY 1, 2 HAVING count(*) > 1');
      expect(dupes.rows).toEqual([]);
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
});
