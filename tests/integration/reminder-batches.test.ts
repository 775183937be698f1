import { createLogger, reminderLag, remindersHandled } from '@accord/api';
import { startWorker, type RunningWorker } from '@accord/worker';
import { startStack, type Stack } from '../support/stack';
import { gql, signIn } from '../support/graphql';
import { startSmtpSink, type SmtpSink } from '../support/smtp';
import { startApiProcess, startWorkerProcess, type Proc } from '../support/processes';

/**
 * Issue 11: reminders in batches, one lock order (the case first) in the API and the
 * worker, nothing stale, one code path for escalation. Real Postgres, Redis, SMTP sink
 * and worker processes.
 */
const OPEN = 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference version } }';
const MOVE = 'mutation($id: ID!, $a: CaseAction!, $v: Int!) { moveCase(id: $id, action: $a, expectedVersion: $v) { id version stepIndex } }';
const until = async (what: string, check: () => Promise<boolean>, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
};
/** Runs fn over items, n at a time. */
async function pool<T, R>(items: T[], n: number, fn: (x: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  }));
  return out;
}

describe('reminders in batches', () => {
  let sink: SmtpSink;
  let stack: Stack;
  let clerk: { token: string };
  const q = <T = any>(sql: string, params: unknown[] = []) => stack.db.admin.query(sql, params).then((r) => r.rows as T[]);
  const deadlocks = async () => {
    // Counted by the victim's backend when it reports its statistics: give it a moment.
    await new Promise((ok) => setTimeout(ok, 1500));
    return (await q<{ n: number }>(`SELECT deadlocks::int AS n FROM pg_stat_database WHERE datname = current_database()`))[0].n;
  };
  const open = async (subject: string, receivedAt?: string) =>
    (
      await gql(
        stack.baseUrl,
        OPEN,
        { i: { councilId: stack.db.councils.ashbury, kind: 'ENQUIRY', category: 'WARD_MATTER', raisedByRole: 'MEMBER', raisedByName: 'Cllr Batch', subject, ...(receivedAt ? { receivedAt } : {}) } },
        clerk,
      )
    ).data.openCase as { id: string; reference: string; version: number };

  beforeAll(async () => {
    sink = await startSmtpSink();
    stack = await startStack({ SMTP_PORT: String(sink.port), WORKER_CONCURRENCY: '8', RECONCILE_EVERY_MS: '1000', WORKER_LOCK_MS: '5000' });
    clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
  });
  afterAll(async () => {
    await stack.stop();
    await sink.stop();
  });

  test('same case, five reminders due at once, 200 cases, two worker processes at concurrency 8: each message once, no deadlock, each case where the domain puts it', async () => {
    // Received three months ago: acknowledge and reply, "due" and "overdue", all four due now; and a step-missed
    // reminder for the first step, due a minute after the reply's overdue one (so the overdue reply moves the case first).
    const received = new Date(Date.now() - 90 * 86_400_000).toISOString();
    const cases = await pool(Array.from({ length: 200 }, (_, i) => i), 4, (i) => open(`Concurrency ${i}`, received));
    const ids = cases.map((c) => c.id);
    await q(
      `INSERT INTO reminders (council_id, case_id, kind, dedupe_key, send_at, deadline, step_index, to_roles)
       SELECT r.council_id, r.case_id, 'step_missed', 'test:step_missed:' || r.case_id, r.send_at + interval '1 minute', r.deadline, 0, r.to_roles
       FROM reminders r WHERE r.case_id = ANY ($1) AND r.kind = 'respond_missed'`,
      [ids],
    );
    const planned = await q<{ kind: string; n: number }>(`SELECT kind, count(*)::int AS n FROM reminders WHERE case_id = ANY ($1) AND status = 'pending' AND send_at <= now() GROUP BY kind ORDER BY kind`, [ids]);
    expect(planned).toEqual(['acknowledge_missed', 'acknowledge_soon', 'respond_missed', 'respond_soon', 'step_missed'].map((kind) => ({ kind, n: 200 })));
    const expected = await q<{ id: string; kind: string }>(`SELECT id, kind FROM reminders WHERE case_id = ANY ($1) AND kind IN ('acknowledge_missed', 'respond_missed')`, [ids]);
    const before = await deadlocks();

    const workers: Proc[] = await Promise.all([startWorkerProcess(stack.db.config), startWorkerProcess(stack.db.config)]);
    try {
      await until('every reminder handled', async () => (await q(`SELECT count(*)::int AS n FROM reminders WHERE case_id = ANY ($1) AND status = 'pending' AND send_at <= now()`, [ids]))[0].n === 0, 240_000);
      await new Promise((ok) => setTimeout(ok, 500));
    } finally {
      for (const w of workers) w.child.kill('SIGTERM');
      for (const w of workers) expect(await w.exited).toBe(0);
    }
    expect(await deadlocks()).toBe(before);

    // Each expected message exactly once, by Message-ID; nothing else about these cases.
    const refs = new Set(cases.map((c) => c.reference));
    const mine = sink.messages.filter((m) => [...refs].some((r) => m.subject.endsWith(`: ${r}`)));
    const wanted = expected.map((r) => `<${r.id}.0@accord>`).sort();
    expect(mine.map((m) => m.messageId).sort()).toEqual(wanted);
    expect(mine.every((m) => /overdue/.test(m.subject))).toBe(true);

    // The domain's answer: the overdue reply moved each case to its next step (the director); the step-missed reminder
    // of the first step no longer applies; the "due" ones had passed their deadlines.
    const states = await q(`SELECT step_index, handler_role, version, count(*)::int AS n FROM cases WHERE id = ANY ($1) GROUP BY 1, 2, 3`, [ids]);
    expect(states).toEqual([{ step_index: 1, handler_role: 'director', version: 2, n: 200 }]);
    const outcome = await q(`SELECT kind, status, count(*)::int AS n FROM reminders WHERE case_id = ANY ($1) AND send_at <= now() GROUP BY 1, 2 ORDER BY 1, 2`, [ids]);
    expect(outcome).toEqual([
      { kind: 'acknowledge_missed', status: 'sent', n: 200 },
      { kind: 'acknowledge_soon', status: 'cancelled', n: 200 },
      { kind: 'respond_missed', status: 'sent', n: 200 },
      { kind: 'respond_soon', status: 'cancelled', n: 200 },
      { kind: 'step_missed', status: 'cancelled', n: 200 },
    ]);
    // One timeline entry and one audit row per event.
    const events = await q(`SELECT case_id, string_agg(kind, ',' ORDER BY at) AS kinds FROM case_events WHERE case_id = ANY ($1) GROUP BY case_id`, [ids]);
    expect(events).toHaveLength(200);
    expect(new Set(events.map((e) => e.kinds))).toEqual(new Set(['opened,reminded,deadline_missed,escalated,reminded']));
    const audit = await q(`SELECT action, count(*)::int AS n FROM audit_log WHERE entity = 'case' AND entity_id = ANY ($1) GROUP BY action ORDER BY action`, [ids]);
    expect(audit).toEqual([
      { action: 'case.escalate', n: 200 },
      { action: 'case.open', n: 200 },
    ]);
    const notes = await q(`SELECT count(*)::int AS n, count(DISTINCT message_id)::int AS d FROM notifications WHERE case_id = ANY ($1)`, [ids]);
    expect(notes).toEqual([{ n: 400, d: 400 }]);
  }, 360_000);

  test('the API against the worker: 100 rounds of moveCase while the worker sends the case\'s reminders; no deadlock, nothing sent that a committed move cancelled', async () => {
    const cases = await pool(Array.from({ length: 100 }, (_, i) => i), 4, (i) => open(`Race ${i}`));
    const before = await deadlocks();
    const worker: RunningWorker = await startWorker(stack.db.config, createLogger('worker', 'silent'));
    const moved: { caseId: string; at: number }[] = [];
    try {
      sink.delayMs = 5; // the worker holds the case while it sends: a move then waits for it
      for (const [i, c] of cases.entries()) {
        // Five reminders of the case fall due now (keys the case's plan does not have: acknowledging cancels them) …
        await q(
          `INSERT INTO reminders (council_id, case_id, kind, dedupe_key, send_at, deadline, step_index, to_roles)
           SELECT $1, $2::uuid, 'respond_soon', 'race:' || $2::text || ':' || i, now(), current_date + 5, 0, ARRAY['democratic_services'] FROM generate_series(1, 5) i`,
          [stack.db.councils.ashbury, c.id],
        );
        // … while the clerk acknowledges it: at once, or a moment later, when the worker may be sending.
        await new Promise((ok) => setTimeout(ok, (i % 5) * 8));
        const r = await gql(stack.baseUrl, MOVE, { id: c.id, a: 'ACKNOWLEDGE', v: c.version }, clerk);
        expect(r.errors).toBeUndefined();
        moved.push({ caseId: c.id, at: Date.now() });
      }
      await until('the race reminders settled', async () => (await q(`SELECT count(*)::int AS n FROM reminders WHERE dedupe_key LIKE 'race:%' AND status = 'pending'`))[0].n === 0);
      await new Promise((ok) => setTimeout(ok, 1000));
    } finally {
      sink.delayMs = 0;
      await worker.close();
    }
    expect(await deadlocks()).toBe(before);
    const rows = await q<{ id: string; status: string }>(`SELECT id, status FROM reminders WHERE dedupe_key LIKE 'race:%'`);
    const mailed = new Set(sink.messages.map((m) => m.messageId));
    const cancelledButMailed = rows.filter((r) => r.status === 'cancelled' && mailed.has(`<${r.id}.0@accord>`));
    expect(cancelledButMailed).toEqual([]);
    // Every one sent was mailed once; every one not sent was cancelled by the move.
    const sent = rows.filter((r) => r.status === 'sent');
    for (const r of sent) expect(sink.messages.filter((m) => m.messageId === `<${r.id}.0@accord>`)).toHaveLength(1);
    expect(rows.every((r) => r.status === 'sent' || r.status === 'cancelled')).toBe(true);
    console.log(`API against worker: of ${rows.length} reminders racing 100 moves, ${sent.length} went before the move, ${rows.length - sent.length} were cancelled by it`);
    // Each case was acknowledged exactly once, and its timeline and audit say so once.
    const acks = await q(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'case.acknowledge' AND entity_id = ANY ($1)`, [cases.map((c) => c.id)]);
    expect(acks[0].n).toBe(100);
  }, 300_000);

  test('nothing stale: a "due" reminder past its deadline and a review "due" after the review date are not sent; the overdue ones are', async () => {
    const c = await open('Stale');
    const yesterday = (await q(`SELECT (current_date - 1)::text AS d`))[0].d;
    await q(
      `INSERT INTO reminders (council_id, case_id, kind, dedupe_key, send_at, deadline, step_index, to_roles) VALUES
         ($1, $2, 'respond_soon', 'stale:soon', now() - interval '2 days', $3, 0, ARRAY['democratic_services']),
         ($1, $2, 'acknowledge_missed', 'stale:missed', now() - interval '1 day', $3, 0, ARRAY['director'])`,
      [stack.db.councils.ashbury, c.id, yesterday],
    );
    const [task] = await q(`INSERT INTO review_tasks (council_id, due_on, status) VALUES ($1, $2, 'overdue') RETURNING id`, [stack.db.councils.eastvale, yesterday]);
    await q(
      `INSERT INTO reminders (council_id, review_task_id, kind, dedupe_key, send_at, deadline, to_roles) VALUES
         ($1, $2, 'review_due', 'stale:review_due', now() - interval '3 days', $3, ARRAY['clerk']),
         ($1, $2, 'review_overdue', 'stale:review_overdue', now() - interval '1 minute', $3, ARRAY['clerk'])`,
      [stack.db.councils.eastvale, task.id, yesterday],
    );
    const worker = await startWorker(stack.db.config, createLogger('worker', 'silent'));
    try {
      await until('handled', async () => (await q(`SELECT count(*)::int AS n FROM reminders WHERE dedupe_key LIKE 'stale:%' AND status = 'pending'`))[0].n === 0);
    } finally {
      await worker.close();
    }
    const rows = await q(`SELECT dedupe_key, status, last_error FROM reminders WHERE dedupe_key LIKE 'stale:%' ORDER BY dedupe_key`);
    expect(rows).toEqual([
      { dedupe_key: 'stale:missed', status: 'sent', last_error: null },
      { dedupe_key: 'stale:review_due', status: 'cancelled', last_error: 'deadline passed before it was sent' },
      { dedupe_key: 'stale:review_overdue', status: 'sent', last_error: null },
      { dedupe_key: 'stale:soon', status: 'cancelled', last_error: 'deadline passed before it was sent' },
    ]);
    const ids = (await q(`SELECT id FROM reminders WHERE dedupe_key LIKE 'stale:%'`)).map((r) => r.id);
    const subjects = sink.messages.filter((m) => ids.some((id) => m.messageId.startsWith(`<${id}.`))).map((m) => m.subject);
    expect(subjects.some((s) => /due/i.test(s) && !/overdue/i.test(s))).toBe(false);
    expect(subjects.filter((s) => /overdue/i.test(s)).length).toBeGreaterThanOrEqual(2);
    // One notification per recipient per event.
    const notes = await q(`SELECT reminder_id, recipient_email, count(*)::int AS n FROM notifications WHERE reminder_id = ANY ($1) GROUP BY 1, 2 HAVING count(*) > 1`, [ids]);
    expect(notes).toEqual([]);
  }, 120_000);

  test('an escalation caused by a missed deadline and one made through moveCase leave identical timeline and audit rows', async () => {
    const byDeadline = await open('Escalated by its deadline', new Date(Date.now() - 90 * 86_400_000).toISOString());
    const byClerk = await open('Escalated by the clerk');
    // The clerk's case is at the same step with the same route; its own reminders are days away.
    const r = await gql(stack.baseUrl, MOVE, { id: byClerk.id, a: 'ESCALATE', v: byClerk.version }, clerk);
    expect(r.errors).toBeUndefined();
    const worker = await startWorker(stack.db.config, createLogger('worker', 'silent'));
    try {
      await until('the missed deadline escalated', async () => (await q(`SELECT step_index FROM cases WHERE id = $1`, [byDeadline.id]))[0].step_index === 1);
    } finally {
      await worker.close();
    }
    const timeline = async (id: string) =>
      (await q(`SELECT kind, from_status, to_status, step_index, note, actor_user_id IS NOT NULL AS by_person, by_worker FROM case_events WHERE case_id = $1 AND kind = 'escalated'`, [id]));
    const [fromDeadline] = await timeline(byDeadline.id);
    const [fromClerk] = await timeline(byClerk.id);
    expect({ ...fromDeadline, by_person: undefined, by_worker: undefined }).toEqual({ ...fromClerk, by_person: undefined, by_worker: undefined });
    expect([fromDeadline.by_worker, fromDeadline.by_person]).toEqual([true, false]);
    expect([fromClerk.by_worker, fromClerk.by_person]).toEqual([false, true]);

    /** What an audit row says changed, and to what (not when; the deadlines it had differ, the two being received on different days). */
    const changed = async (id: string) => {
      const rows = await q(`SELECT action, entity, before, after FROM audit_log WHERE entity_id = $1 AND action = 'case.escalate'`, [id]);
      expect(rows).toHaveLength(1);
      const { action, entity, before, after } = rows[0];
      const diff = Object.fromEntries(Object.keys(after).filter((k) => k !== 'updatedAt' && JSON.stringify(before[k]) !== JSON.stringify(after[k])).map((k) => [k, after[k]]));
      return { action, entity, keys: Object.keys(after).sort(), diff };
    };
    expect(await changed(byDeadline.id)).toEqual(await changed(byClerk.id));
    const { diff } = await changed(byClerk.id);
    expect(diff).toEqual({ stepIndex: 1, handlerRole: 'director', stepDue: null, version: 2 });
  }, 120_000);

  test('two API processes and two worker processes on one Postgres and one Redis: moves through either API while both workers send; each reminder once, no deadlock', async () => {
    const cases = await pool(Array.from({ length: 60 }, (_, i) => i), 4, (i) => open(`Two of each ${i}`));
    const before = await deadlocks();
    const apis = await Promise.all([startApiProcess(stack.db.config), startApiProcess(stack.db.config)]);
    const workers: Proc[] = await Promise.all([startWorkerProcess(stack.db.config), startWorkerProcess(stack.db.config)]);
    const sentBefore = sink.messages.length;
    try {
      // Each case gets three reminders due now; every other case is acknowledged at once, through one API or the other.
      await q(
        `INSERT INTO reminders (council_id, case_id, kind, dedupe_key, send_at, deadline, step_index, to_roles)
         SELECT $1, c, 'respond_soon', 'pair:' || c::text || ':' || i, now(), current_date + 5, 0, ARRAY['democratic_services']
         FROM unnest($2::uuid[]) c, generate_series(1, 3) i`,
        [stack.db.councils.ashbury, cases.map((c) => c.id)],
      );
      await pool(cases.filter((_, i) => i % 2 === 0), 6, async (c, i) => {
        const api = apis[i % 2]!;
        const r = await gql(`http://127.0.0.1:${api.port}`, MOVE, { id: c.id, a: 'ACKNOWLEDGE', v: c.version }, clerk);
        expect(r.errors).toBeUndefined();
      });
      await until('every pair reminder settled', async () => (await q(`SELECT count(*)::int AS n FROM reminders WHERE dedupe_key LIKE 'pair:%' AND status = 'pending'`))[0].n === 0, 120_000);
      await new Promise((ok) => setTimeout(ok, 1000));
    } finally {
      for (const p of [...workers, ...apis]) p.child.kill('SIGTERM');
      await Promise.all([...workers, ...apis].map((p) => p.exited));
    }
    expect(await deadlocks()).toBe(before);
    const rows = await q<{ id: string; status: string }>(`SELECT id, status FROM reminders WHERE dedupe_key LIKE 'pair:%'`);
    expect(rows).toHaveLength(180);
    expect(rows.every((r) => r.status === 'sent' || r.status === 'cancelled')).toBe(true);
    const mine = sink.messages.slice(sentBefore).filter((m) => rows.some((r) => m.messageId === `<${r.id}.0@accord>`));
    // Each reminder sent was mailed exactly once; none that a committed move cancelled was mailed.
    for (const r of rows) {
      const n = mine.filter((m) => m.messageId === `<${r.id}.0@accord>`).length;
      expect([r.status, n]).toEqual([r.status, r.status === 'sent' ? 1 : 0]);
    }
    // The thirty cases nobody moved had all three of theirs sent.
    const untouched = cases.filter((_, i) => i % 2 === 1).map((c) => c.id);
    const [{ n }] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM reminders WHERE dedupe_key LIKE 'pair:%' AND status = 'sent' AND case_id = ANY ($1)`, [untouched]);
    expect(n).toBe(90);
  }, 300_000);
});

describe('prompt: no polling needed', () => {
  let sink: SmtpSink;
  let stack: Stack;
  beforeAll(async () => {
    sink = await startSmtpSink();
    // Reconciling all but off: only the change feed and the timer can bring these reminders in.
    stack = await startStack({ SMTP_PORT: String(sink.port), RECONCILE_EVERY_MS: '100000000' });
  });
  afterAll(async () => {
    await stack.stop();
    await sink.stop();
  });

  test('a reminder added due now, and one falling due two seconds later, each go within a second of their time; the metrics count them', async () => {
    const q = <T = any>(sql: string, params: unknown[] = []) => stack.db.admin.query(sql, params).then((r) => r.rows as T[]);
    const sentBefore = (await remindersHandled.get()).values.find((v) => v.labels.outcome === 'sent')?.value ?? 0;
    const lagCount = async () => (await reminderLag.get()).values.find((v) => v.metricName === 'accord_reminder_lag_seconds_count')?.value ?? 0;
    const lagBefore = await lagCount();
    const sentInDb = async () => (await q(`SELECT count(*)::int AS n FROM reminders WHERE status = 'sent'`))[0].n;
    const dbBefore = await sentInDb();
    const worker = await startWorker(stack.db.config, createLogger('worker', 'silent'));
    try {
      await new Promise((ok) => setTimeout(ok, 500)); // its first look is over: nothing is due
      const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
      const c = (await gql(stack.baseUrl, OPEN, { i: { councilId: stack.db.councils.ashbury, kind: 'ENQUIRY', category: 'WARD_MATTER', raisedByRole: 'MEMBER', raisedByName: 'Cllr Prompt', subject: 'Prompt' } }, clerk)).data.openCase;
      await q(
        `INSERT INTO reminders (council_id, case_id, kind, dedupe_key, send_at, deadline, step_index, to_roles) VALUES
           ($1, $2, 'respond_soon', 'prompt:now', now(), current_date + 5, 0, ARRAY['democratic_services']),
           ($1, $2, 'respond_soon', 'prompt:later', now() + interval '2 seconds', current_date + 5, 0, ARRAY['democratic_services'])`,
        [stack.db.councils.ashbury, c.id],
      );
      await until('both sent', async () => (await q(`SELECT count(*)::int AS n FROM reminders WHERE dedupe_key LIKE 'prompt:%' AND status = 'sent'`))[0].n === 2, 10_000);
    } finally {
      await worker.close();
    }
    const lags = await q<{ dedupe_key: string; lag: number }>(`SELECT dedupe_key, extract(epoch FROM sent_at - send_at)::float8 AS lag FROM reminders WHERE dedupe_key LIKE 'prompt:%' ORDER BY 1`);
    console.log(`prompt: ${lags.map((l) => `${l.dedupe_key} sent ${(l.lag * 1000).toFixed(0)} ms after it was due`).join(', ')}`);
    for (const l of lags) expect(l.lag).toBeLessThan(1);
    const sentAfter = (await remindersHandled.get()).values.find((v) => v.labels.outcome === 'sent')!.value;
    // These two, and whatever else went meanwhile (the day's review reminders from the start-up sweep).
    const sentNow = (await sentInDb()) - dbBefore;
    expect(sentNow).toBeGreaterThanOrEqual(2);
    expect(sentAfter - sentBefore).toBe(sentNow);
    expect((await lagCount()) - lagBefore).toBe(sentNow);
  }, 60_000);
});
