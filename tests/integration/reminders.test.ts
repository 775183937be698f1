import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import IORedis from 'ioredis';
import { Queue } from 'bullmq';
import { createLogger, DAILY_REVIEW_SWEEP, localDate, QUEUES, REMINDER_BATCH_SIZE, roleTitleIn, runReviewSweep, withSystemScope } from '@accord/api';
import { startWorker, type RunningWorker } from '@accord/worker';
import type { AccordConfig } from '@accord/config';
import { startStack, type Stack } from '../support/stack';
import { gql, signIn } from '../support/graphql';
import { startSmtpSink, type SmtpSink } from '../support/smtp';
import { startWorkerProcess } from '../support/processes';

/**
 * The worker sends each due reminder once, over real SMTP, records it in
 * Postgres in the same transaction, and moves a case on when its time runs out;
 * nothing is lost when the worker is killed or Redis restarts or is flushed.
 */
const OPEN = 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference } }';
const until = async (what: string, check: () => Promise<boolean>, ms = 30_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
};

describe('reminders and escalation', () => {
  let sink: SmtpSink;
  let stack: Stack;
  let worker: RunningWorker | undefined;
  let clerk: { token: string };
  const q = <T = any>(sql: string, params: unknown[] = []) => stack.db.admin.query(sql, params).then((r) => r.rows as T[]);

  beforeAll(async () => {
    sink = await startSmtpSink();
    stack = await startStack({ SMTP_PORT: String(sink.port), WORKER_CONCURRENCY: '1', RECONCILE_EVERY_MS: '200', WORKER_LOCK_MS: '2000', REMINDER_ATTEMPTS: '2', REMINDER_BACKOFF_MS: '50' });
    clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
  });
  afterAll(async () => {
    await worker?.close();
    await stack.stop();
    await sink.stop();
  });

  test('a late Ashbury ward enquiry: only the overdue reminders go (nothing stale), to the Executive Director, who now has the case', async () => {
    worker ??= await startWorker(stack.db.config, createLogger('worker', 'silent'));
    const opened = await gql(
      stack.baseUrl,
      OPEN,
      { i: { councilId: stack.db.councils.ashbury, kind: 'ENQUIRY', category: 'WARD_MATTER', raisedByRole: 'MEMBER', raisedByName: 'Cllr Anna Shaw', receivedAt: '2026-08-28T09:00:00Z', subject: 'Blocked drain' } },
      clerk,
    );
    const c = opened.data.openCase;
    // All four are due at once: the two "due" ones' deadlines passed long ago, so they are not sent (their "overdue" ones speak).
    await until('the reminders handled', async () => (await q(`SELECT count(*)::int AS n FROM reminders WHERE case_id = $1 AND status = 'pending'`, [c.id]))[0].n === 0);
    const handled = await q(`SELECT kind, status, last_error FROM reminders WHERE case_id = $1 ORDER BY send_at`, [c.id]);
    expect(handled).toEqual([
      { kind: 'acknowledge_soon', status: 'cancelled', last_error: 'deadline passed before it was sent' },
      { kind: 'acknowledge_missed', status: 'sent', last_error: null },
      { kind: 'respond_soon', status: 'cancelled', last_error: 'deadline passed before it was sent' },
      { kind: 'respond_missed', status: 'sent', last_error: null },
    ]);
    const mail = sink.messages.filter((m) => m.to[0].endsWith('@ashbury.example') && m.subject.includes(c.reference));
    expect(mail.map((m) => [m.to[0], m.subject])).toEqual([
      ['ed@ashbury.example', `Acknowledgement overdue: ${c.reference}`],
      ['ed@ashbury.example', `Reply overdue: ${c.reference}`],
    ]);
    expect(new Set(mail.map((m) => m.messageId)).size).toBe(2);
    expect(mail[1].text).toMatch(/Under the protocol it now comes to you/);

    const [after] = await q(`SELECT step_index, handler_role, version FROM cases WHERE id = $1`, [c.id]);
    expect(after).toEqual({ step_index: 1, handler_role: 'director', version: 2 });
    const events = await q(`SELECT kind, by_worker FROM case_events WHERE case_id = $1 ORDER BY at`, [c.id]);
    // The escalation is written (and its locks taken) before the overdue message is sent; the message is recorded after.
    expect(events.map((e) => e.kind)).toEqual(['opened', 'reminded', 'deadline_missed', 'escalated', 'reminded']);
    expect(events.slice(1).every((e) => e.by_worker)).toBe(true);
    const inApp = await q(`SELECT kind, recipient_email, email_status, message_id FROM notifications WHERE case_id = $1 ORDER BY created_at`, [c.id]);
    expect(inApp.map((n) => [n.kind, n.recipient_email, n.email_status])).toEqual([
      ['acknowledge_missed', 'ed@ashbury.example', 'sent'],
      ['respond_missed', 'ed@ashbury.example', 'sent'],
    ]);
    expect(inApp.map((n) => n.message_id).sort()).toEqual(mail.map((m) => m.messageId).sort());
    const listed = await gql(stack.baseUrl, 'query($c: ID!) { notifications(filter: { councilId: $c }, limit: 200) { items { caseId recipientEmail emailStatus } } }', { c: stack.db.councils.ashbury }, clerk);
    expect(listed.data.notifications.items.filter((n: any) => n.caseId === c.id).map((n: any) => n.emailStatus)).toEqual(['sent', 'sent']);
    // Sent is sent: queueing everything again sends nothing more.
    await worker.reconcile();
    await new Promise((ok) => setTimeout(ok, 500));
    expect(sink.messages.filter((m) => m.to[0].endsWith('@ashbury.example') && m.subject.includes(c.reference))).toHaveLength(2);
  });

  test('the worker reads and writes under row-level security: nothing runs past it, and a request scoped elsewhere sees no reminder', async () => {
    const glanmorClerk = await signIn(stack.baseUrl, 'clerk.glanmor@accord.example');
    const opened = await gql(
      stack.baseUrl,
      OPEN,
      { i: { councilId: stack.db.councils.glanmor, kind: 'ENQUIRY', category: 'GENERAL_CORRESPONDENCE', raisedByRole: 'MEMBER', raisedByName: 'Cllr Elin Hughes', subject: 'Not for Ashbury' } },
      glanmorClerk,
    );
    const [{ id }] = await q<{ id: string }>(`SELECT id FROM reminders WHERE case_id = $1 ORDER BY send_at LIMIT 1`, [opened.data.openCase.id]);
    const asRequest = (sql: string) =>
      stack.db.app.transaction(async (em) => {
        // Scoped as a request of Ashbury's clerk would be: their council only.
        await em.query(`SELECT set_config('accord.council_ids', $1, true)`, [`{${stack.db.councils.ashbury}}`]);
        return em.query(sql, [id]);
      });
    expect(await asRequest(`SELECT id FROM reminders WHERE id = $1`)).toEqual([]);
    await asRequest(`UPDATE reminders SET status = 'sent' WHERE id = $1`);
    const [{ status }] = await q<{ status: string }>(`SELECT status FROM reminders WHERE id = $1`, [id]);
    expect(status).toBe('pending');
    // No SECURITY DEFINER function of the worker's is left.
    const definers = await q(`SELECT proname FROM pg_proc WHERE prosecdef AND proname LIKE 'accord_reminder%'`);
    expect(definers).toEqual([]);
  });

  test('a council in Wales gets its reminders in Welsh and English', async () => {
    const glanmor = await signIn(stack.baseUrl, 'clerk.glanmor@accord.example');
    const c = (
      await gql(
        stack.baseUrl,
        OPEN,
        { i: { councilId: stack.db.councils.glanmor, kind: 'ENQUIRY', category: 'GENERAL_CORRESPONDENCE', raisedByRole: 'MEMBER', raisedByName: 'Cllr Elin Hughes', subject: 'Llythyr' } },
        glanmor,
      )
    ).data.openCase;
    // Its acknowledgement is due in a few days: the reminder of that goes now.
    await q(`UPDATE reminders SET send_at = now() - interval '1 second' WHERE case_id = $1 AND kind = 'acknowledge_soon'`, [c.id]);
    const messageId = async () => (await q(`SELECT message_id FROM notifications WHERE case_id = $1 AND message_id IS NOT NULL ORDER BY created_at LIMIT 1`, [c.id]))[0]?.message_id;
    await until('a Welsh reminder', async () => {
      const id = await messageId();
      return Boolean(id) && sink.messages.some((m) => m.messageId === id);
    });
    const id = await messageId();
    const first = sink.messages.find((m) => m.messageId === id)!;
    expect(first.subject).toMatch(/^Cydnabyddiaeth yn ddyledus ddydd .* 20\d\d: .* \/ Acknowledgement due .* 20\d\d: /);
    expect(first.text).toMatch(/^Annwyl /);
    expect(first.text).toMatch(/English below[\s\S]*Dear /);
    // Its timeline note too: Welsh first (the date in words, mutated as it says when), then the English.
    await until('the timeline note', async () => (await q(`SELECT 1 FROM case_events WHERE case_id = $1 AND kind = 'reminded'`, [c.id])).length > 0);
    const [{ note }] = await q<{ note: string }>(`SELECT note FROM case_events WHERE case_id = $1 AND kind = 'reminded'`, [c.id]);
    expect(note).toMatch(/^Cydnabyddiaeth yn ddyledus ddydd \p{L}+ \d+ \p{L}+ 20\d\d: \S+ — anfonwyd\. Derbynwyr: .+ \/ Acknowledgement due \w+ \d+ \w+ 20\d\d: \S+ — sent to /u);
    expect(note).not.toMatch(/\d{4}-\d\d-\d\d/);
  });

  test('a council in Wales: an escalation writes its timeline note in Welsh, then English (the worker\'s escalations take the same path)', async () => {
    // Ashbury's ward enquiries escalate to its director; for this test Ashbury is in Wales.
    const ashbury = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    await q(`UPDATE councils SET nation = 'wales' WHERE id = $1`, [stack.db.councils.ashbury]);
    try {
      const c = (
        await gql(
          stack.baseUrl,
          'mutation($i: OpenCaseInput!) { openCase(input: $i) { id version } }',
          { i: { councilId: stack.db.councils.ashbury, kind: 'ENQUIRY', category: 'WARD_MATTER', raisedByRole: 'MEMBER', raisedByName: 'Cllr Elin Hughes', subject: 'Uwchgyfeirio' } },
          ashbury,
        )
      ).data.openCase;
      const moved = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { moveCase(id: $id, action: ESCALATE, expectedVersion: $v) { id } }', { id: c.id, v: c.version }, ashbury);
      expect(moved.errors).toBeUndefined();
      const [{ note, handler_role: role }] = await q<{ note: string; handler_role: string }>(
        `SELECT e.note, k.handler_role FROM case_events e JOIN cases k ON k.id = e.case_id WHERE e.case_id = $1 AND e.kind = 'escalated'`,
        [c.id],
      );
      expect(role).toBe('director');
      expect(note).toBe(`Uwchgyfeiriwyd. Y cam nesaf: ${roleTitleIn('cy', 'director')} / Escalated to director`);
      expect(roleTitleIn('cy', 'director')).toBe('Cyfarwyddwr');
    } finally {
      await q(`UPDATE councils SET nation = 'england' WHERE id = $1`, [stack.db.councils.ashbury]);
    }
  });

  test('a review coming up: the sweep makes its task, the worker reminds the reviewing body and the clerk', async () => {
    worker ??= await startWorker(stack.db.config, createLogger('worker', 'silent'));
    const today = localDate('Europe/London');
    const due = new Date(Date.parse(`${today}T00:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10);
    await q(`UPDATE protocol_versions SET next_review_due = $1, reviewing_body = 'full_council' WHERE status = 'adopted' AND council_id = $2`, [due, stack.db.councils.kingsford]);
    await withSystemScope(stack.db.app, (s) => runReviewSweep(s, today, 30, stack.db.councils.kingsford));
    const [task] = await q(`SELECT id FROM review_tasks WHERE council_id = $1 AND due_on = $2`, [stack.db.councils.kingsford, due]);
    await until('the review reminder', async () => (await q(`SELECT status FROM reminders WHERE review_task_id = $1 AND kind = 'review_due'`, [task.id]))[0]?.status === 'sent');
    const sent = await q(`SELECT recipient_email, subject FROM notifications WHERE reminder_id = (SELECT id FROM reminders WHERE review_task_id = $1 AND kind = 'review_due')`, [task.id]);
    // Nobody holds "the Council" as a role: Kingsford's Town Clerk holds the clerk's role.
    expect(sent.map((n) => n.recipient_email)).toEqual(['townclerk@kingsford.example']);
    expect(sent[0].subject).toMatch(/^Protocol review due .*: Kingsford Town Council$/);
    // The overdue reminder waits for the day after the date.
    expect((await q(`SELECT status FROM reminders WHERE review_task_id = $1 AND kind = 'review_overdue'`, [task.id]))[0].status).toBe('pending');
  });

  test('a refused send is retried, then shows as failed; nothing is recorded as sent', async () => {
    sink.refusing = true;
    try {
      const c = (
        await gql(
          stack.baseUrl,
          OPEN,
          { i: { councilId: stack.db.councils.ashbury, kind: 'ENQUIRY', category: 'WARD_MATTER', raisedByRole: 'MEMBER', raisedByName: 'Cllr Ben Cole', receivedAt: '2026-10-01T09:00:00Z', subject: 'Refused' } },
          clerk,
        )
      ).data.openCase;
      await until('failed reminders', async () => (await q(`SELECT count(*)::int AS n FROM reminders WHERE case_id = $1 AND status = 'failed'`, [c.id]))[0].n >= 1);
      const [r] = await q(`SELECT attempts, last_error FROM reminders WHERE case_id = $1 AND status = 'failed' ORDER BY send_at LIMIT 1`, [c.id]);
      expect(r.attempts).toBe(2);
      expect(r.last_error).toMatch(/451/);
      expect(await q(`SELECT id FROM notifications WHERE case_id = $1`, [c.id])).toEqual([]);
      // The clerk sees it on the case.
      const shown = await gql(stack.baseUrl, 'query($id: ID!) { case(id: $id) { reminders { kind status attempts lastError } } }', { id: c.id }, clerk);
      expect(shown.data.case.reminders.find((x: any) => x.status === 'failed')).toMatchObject({ attempts: 2, lastError: expect.stringMatching(/451/) });
    } finally {
      sink.refusing = false;
    }
  });

  test('one refused send in a batch is recorded against its own reminder; the others of the batch are sent and recorded', async () => {
    worker ??= await startWorker(stack.db.config, createLogger('worker', 'silent'));
    sink.refusingTo = 'mo@ashbury.example';
    try {
      const c = (
        await gql(
          stack.baseUrl,
          OPEN,
          // Received today: its own reminders are days away.
          { i: { councilId: stack.db.councils.ashbury, kind: 'ENQUIRY', category: 'WARD_MATTER', raisedByRole: 'MEMBER', raisedByName: 'Cllr Ben Cole', subject: 'One refused' } },
          clerk,
        )
      ).data.openCase;
      // Three due at once on one case (so one batch, one transaction): the monitoring officer's mailbox refuses.
      await q(
        `INSERT INTO reminders (council_id, case_id, kind, dedupe_key, send_at, deadline, step_index, to_roles)
         SELECT $1, $2, 'respond_soon', 'one-refused:' || role, now() - interval '1 minute', current_date + 5, 0, ARRAY[role]
         FROM unnest(ARRAY['chief_executive', 'monitoring_officer', 'director']) role`,
        [stack.db.councils.ashbury, c.id],
      );
      await until('the batch handled', async () => (await q(`SELECT count(*)::int AS n FROM reminders WHERE case_id = $1 AND dedupe_key LIKE 'one-refused:%' AND status = 'pending'`, [c.id]))[0].n === 0);
      const rows = await q(
        `SELECT r.to_roles[1] AS role, r.status, r.attempts, r.last_error, (SELECT count(*)::int FROM notifications n WHERE n.reminder_id = r.id) AS notifications
         FROM reminders r WHERE r.case_id = $1 AND r.dedupe_key LIKE 'one-refused:%' ORDER BY 1`,
        [c.id],
      );
      expect(rows).toEqual([
        { role: 'chief_executive', status: 'sent', attempts: 1, last_error: null, notifications: 1 },
        { role: 'director', status: 'sent', attempts: 1, last_error: null, notifications: 1 },
        // Tried again after its backoff (REMINDER_ATTEMPTS 2), then failed: nothing recorded as sent.
        { role: 'monitoring_officer', status: 'failed', attempts: 2, last_error: expect.stringMatching(/451/), notifications: 0 },
      ]);
      // The two that went: one message and one timeline entry each.
      expect(sink.messages.filter((m) => m.subject.includes(c.reference)).map((m) => m.to[0]).sort()).toEqual(['ce@ashbury.example', 'ed@ashbury.example']);
      expect((await q(`SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND kind = 'reminded'`, [c.id]))[0].n).toBe(2);
    } finally {
      sink.refusingTo = null;
    }
  });
});

/** One reminder row per i for a single open case, all due now. */
async function dueReminders(stack: Stack, count: number, tag: string): Promise<string> {
  const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
  const c = (
    await gql(
      stack.baseUrl,
      OPEN,
      // Received today: its own reminders are days away.
      { i: { councilId: stack.db.councils.ashbury, kind: 'ENQUIRY', category: 'WARD_MATTER', raisedByRole: 'MEMBER', raisedByName: 'Cllr Load', subject: `Load ${tag}` } },
      clerk,
    )
  ).data.openCase;
  await stack.db.admin.query(
    `INSERT INTO reminders (council_id, case_id, kind, dedupe_key, send_at, deadline, step_index, to_roles)
     SELECT $1, $2, 'respond_soon', $3 || i, now() - interval '1 minute', current_date + 5, 0, ARRAY['democratic_services'] FROM generate_series(1, $4) i`,
    [stack.db.councils.ashbury, c.id, `load:${tag}:`, count],
  );
  return c.id;
}

/** How many of the load reminders of a case are recorded as sent. */
async function loadSent(stack: Stack, caseId: string): Promise<number> {
  return (await stack.db.admin.query(`SELECT count(*)::int AS n FROM reminders WHERE case_id = $1 AND status = 'sent' AND dedupe_key LIKE 'load:%'`, [caseId])).rows[0].n;
}

/** The ids of a case's load reminders. */
async function loadIds(stack: Stack, caseId: string): Promise<string[]> {
  return (await stack.db.admin.query(`SELECT id FROM reminders WHERE case_id = $1 AND dedupe_key LIKE 'load:%'`, [caseId])).rows.map((r) => r.id);
}

describe('nothing lost, nothing twice', () => {
  let sink: SmtpSink;
  let stack: Stack;
  beforeAll(async () => {
    sink = await startSmtpSink();
    stack = await startStack({ SMTP_PORT: String(sink.port), WORKER_CONCURRENCY: '8', RECONCILE_EVERY_MS: '250', WORKER_LOCK_MS: '2000' });
  });
  afterAll(async () => {
    await stack.stop();
    await sink.stop();
  });
  const sent = (caseId: string) => loadSent(stack, caseId);

  test('kill -9 while 1,000 reminders are due: after a restart each is sent and recorded once', async () => {
    const caseId = await dueReminders(stack, 1000, 'kill');
    const first = await startWorkerProcess(stack.db.config);
    await sink.waitFor(150, 60_000);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    const atKill = await sent(caseId);
    expect(atKill).toBeLessThan(1000);

    const second = await startWorkerProcess(stack.db.config);
    await until('all 1,000 recorded as sent', async () => (await sent(caseId)) === 1000, 90_000);
    await new Promise((ok) => setTimeout(ok, 500));
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const ids = await loadIds(stack, caseId);
    const notifications = (await stack.db.admin.query(`SELECT count(*)::int AS n, count(DISTINCT reminder_id)::int AS d FROM notifications WHERE reminder_id = ANY($1)`, [ids])).rows[0];
    expect(notifications).toEqual({ n: 1000, d: 1000 });
    const events = (await stack.db.admin.query(`SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND kind = 'reminded'`, [caseId])).rows[0].n;
    expect(events).toBe(1000);
    const mine = sink.messages.filter((m) => ids.some((id) => m.messageId === `<${id}.0@accord>`));
    const distinct = new Set(mine.map((m) => m.messageId));
    expect(distinct.size).toBe(1000);
    // SMTP has no way to take a message back: one accepted by the server before the worker died, its batch's
    // commit lost, is sent again after the restart, with the same Message-ID. At most the messages in flight:
    // one batch (the 1,000 are of one case, which one batch at a time holds).
    const resent = mine.length - distinct.size;
    expect(resent).toBeLessThanOrEqual(REMINDER_BATCH_SIZE);
    if (resent) console.log(`kill -9: ${resent} message(s) accepted by SMTP just before the kill were sent again (same Message-ID)`);
  }, 180_000);

  test('SIGTERM with sends in flight: they finish and are recorded, the process exits 0, the rest wait', async () => {
    // More than one batch: the batch in flight at SIGTERM finishes, the rest wait.
    const total = REMINDER_BATCH_SIZE + 8;
    const caseId = await dueReminders(stack, total, 'term');
    const before = sink.messages.length;
    sink.delayMs = 300;
    try {
      const proc = await startWorkerProcess(stack.db.config);
      await until('sends in flight', async () => sink.messages.length > before, 30_000);
      proc.child.kill('SIGTERM');
      expect(await proc.exited).toBe(0);
      const delivered = sink.messages.length - before;
      expect(await sent(caseId)).toBe(delivered);
      expect(delivered).toBeLessThan(total);
    } finally {
      sink.delayMs = 0;
    }
    const again = await startWorkerProcess(stack.db.config);
    await until('the rest', async () => (await sent(caseId)) === total, 60_000);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
    expect(sink.messages.length - before).toBe(total);
  }, 120_000);
});

describe('one reconciling pass', () => {
  let sink: SmtpSink;
  let stack: Stack;
  beforeAll(async () => {
    sink = await startSmtpSink();
    // No second pass to make up for the first: it alone must queue every due reminder.
    stack = await startStack({ SMTP_PORT: String(sink.port), WORKER_CONCURRENCY: '8', RECONCILE_EVERY_MS: '100000000' });
  });
  afterAll(async () => {
    await stack.stop();
    await sink.stop();
  });

  test('over more than one page of due reminders, while they are being sent, queues every one', async () => {
    const caseId = await dueReminders(stack, 5000, 'pages');
    const worker = await startWorker(stack.db.config, createLogger('worker', 'silent'));
    try {
      await until('all 5,000 recorded as sent', async () => (await loadSent(stack, caseId)) === 5000, 120_000);
    } finally {
      await worker.close();
    }
    const ids = new Set(await loadIds(stack, caseId));
    const mine = sink.messages.filter((m) => ids.has(m.messageId.replace(/^<(.*)\.0@accord>$/, '$1')));
    expect(mine).toHaveLength(5000);
  }, 180_000);
});

describe('Redis restarted or flushed', () => {
  let sink: SmtpSink;
  let stack: Stack;
  let redis: ChildProcess;
  let port: number;
  let config: AccordConfig;
  let worker: RunningWorker | undefined;

  const freePort = () =>
    new Promise<number>((ok) => {
      const s = createNetServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as AddressInfo).port;
        s.close(() => ok(p));
      });
    });
  const startRedis = async () => {
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' });
    const client = new IORedis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    await until('redis to start', async () => client.connect().then(() => true, () => false), 10_000);
    client.disconnect();
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    port = await freePort();
    await startRedis();
    stack = await startStack({ SMTP_PORT: String(sink.port), REDIS_URL: `redis://127.0.0.1:${port}`, RECONCILE_EVERY_MS: '200', WORKER_LOCK_MS: '2000' });
    config = stack.db.config;
  });
  afterAll(async () => {
    await worker?.close().catch(() => undefined);
    await stack.stop();
    await sink.stop();
    redis.kill('SIGKILL');
  });

  const sentCount = (caseId: string) => loadSent(stack, caseId);

  test('FLUSHALL with reminders pending: all are sent after, none twice, and the daily schedule is back', async () => {
    worker = await startWorker(config, createLogger('worker', 'silent'));
    const caseId = await dueReminders(stack, 50, 'flush');
    await stack.db.admin.query(`UPDATE reminders SET send_at = now() + interval '1 hour' WHERE case_id = $1 AND dedupe_key LIKE 'load:%'`, [caseId]);
    const client = new IORedis(port, '127.0.0.1');
    await client.flushall();
    await stack.db.admin.query(`UPDATE reminders SET send_at = now() - interval '1 second' WHERE case_id = $1 AND dedupe_key LIKE 'load:%'`, [caseId]);
    await until('50 sent', async () => (await sentCount(caseId)) === 50);
    const queue = new Queue(QUEUES.sweeps, { connection: client, prefix: config.redis.prefix });
    await until('the schedule', async () => (await queue.getJobSchedulers()).some((s) => s.key === DAILY_REVIEW_SWEEP || s.id === DAILY_REVIEW_SWEEP));
    await queue.close();
    client.disconnect();
    await new Promise((ok) => setTimeout(ok, 500));
    const ids = (await loadIds(stack, caseId)).map((id) => `<${id}.0@accord>`);
    expect(sink.messages.filter((m) => ids.includes(m.messageId))).toHaveLength(50);
  }, 60_000);

  test('Redis restarted with reminders pending: all are sent once it is back', async () => {
    const caseId = await dueReminders(stack, 50, 'restart');
    await stack.db.admin.query(`UPDATE reminders SET send_at = now() + interval '1 hour' WHERE case_id = $1 AND dedupe_key LIKE 'load:%'`, [caseId]);
    redis.kill('SIGKILL');
    await new Promise((ok) => setTimeout(ok, 300));
    await startRedis();
    await stack.db.admin.query(`UPDATE reminders SET send_at = now() - interval '1 second' WHERE case_id = $1 AND dedupe_key LIKE 'load:%'`, [caseId]);
    await until('50 sent', async () => (await sentCount(caseId)) === 50, 45_000);
    await new Promise((ok) => setTimeout(ok, 500));
    const ids = (await loadIds(stack, caseId)).map((id) => `<${id}.0@accord>`);
    expect(sink.messages.filter((m) => ids.includes(m.messageId))).toHaveLength(50);
  }, 60_000);
});
