import type { RequestContext } from '../common/context';
import { SENDS_PER_JOB, type Mailer } from '../common/mail';
import { reminderLag, remindersHandled } from '../common/metrics';
import { localDateTime } from '../domain/calendar';
import { nextStep, type CaseStep } from '../domain/casework';
import { roleTitleIn } from '../domain/glossary';
import { recipientsFor, reminderVerdict, type Holder, type ReminderFacts } from '../domain/reminders';
import { ProtocolQuestionsService } from '../protocols/protocol-questions.service';
import { CaseService } from './case.service';
import { clerkInsteadCy, localeOfNation, render, timelineNote, type Locale, type MessageFacts, type MessageKind } from './reminder-templates';

/** What happened to one claimed reminder. */
export type ReminderOutcome = 'sent' | 'skipped' | 'failed' | 'retry';

export interface BatchResult {
  /** Reminders claimed by this batch. */
  claimed: number;
  sent: number;
  skipped: number;
  /** Refused sends that will be tried again (retry_at) … */
  retried: number;
  /** … and those that used their last attempt. */
  failed: number;
  /** More may be due (a batch as large as allowed, or a job that ran out of time). */
  full: boolean;
}

export interface DeliveryOptions {
  /** The most reminders one batch (one transaction) claims. */
  limit: number;
  /** Attempts before a reminder is marked failed. */
  attempts: number;
  /** Backoff of the first retry; doubled for each later one. */
  backoffMs: number;
  /** How many of the earliest due reminders' cases a batch chooses among (more than the batches running at once take). */
  candidates?: number;
}

interface ReminderRow {
  id: string;
  council_id: string;
  case_id: string | null;
  review_task_id: string | null;
  kind: MessageKind;
  status: string;
  deadline: string | null;
  step_index: number | null;
  to_roles: string[];
  attempts: number;
  send_at: Date;
}

interface CaseRow {
  id: string;
  council_id: string;
  reference: string;
  subject: string;
  status: string;
  steps: CaseStep[];
  step_index: number;
  protocol_version_id: string;
  version: number;
}

interface TaskRow {
  id: string;
  status: string;
  due_on: string;
  title: string | null;
  version_id: string | null;
}

interface CouncilRow {
  id: string;
  name: string;
  nation: string;
  version_id: string | null;
}

/** What remains of a reminder once its messages went (or once it is found not to go): recording only. */
type Recorded =
  | { id: string; cancel: string }
  /** A refused send: attempts + 1 and the error, then a retry after `backoffMs`, or failed after the last attempt. */
  | { id: string; refused: { error: string; last: boolean; backoffMs: number } }
  | {
      id: string;
      council_id: string;
      kind: string;
      deadline: string | null;
      case_id: string | null;
      locale: Locale;
      notifications: { key: string; subject: string; body: string; role: string; name: string; email: string | null; message_id: string | null }[];
      events: { kind: string; step: number; note: string }[];
      /** When its last message was accepted by the SMTP server. */
      sent_at: string;
    };

/**
 * Records reminders in one statement, in their order: the cancelled ones (with why), the refused
 * ones (each against its own reminder: its attempt, its error, its retry or its failure), and for
 * each sent one its in-app notifications (one per recipient), its timeline entries and its sent mark.
 */
async function record(session: { query: (sql: string, params?: unknown[]) => Promise<unknown> }, records: Recorded[]): Promise<void> {
  const cancelled = records.filter((x): x is Extract<Recorded, { cancel: string }> => 'cancel' in x);
  const refused = records.filter((x): x is Extract<Recorded, { refused: unknown }> => 'refused' in x);
  const sent = records.filter((x): x is Exclude<Recorded, { cancel: string } | { refused: unknown }> => !('cancel' in x) && !('refused' in x));
  await session.query(
    `WITH sent AS (
       SELECT s.ord, s.id, s.council_id, s.kind, s.deadline, s.case_id, s.locale, s.notifications, s.events, s.sent_at
       FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, council_id uuid, kind text, deadline date, case_id uuid, locale text, notifications jsonb, events jsonb, ord int, sent_at timestamptz)
     ), n AS (
       INSERT INTO notifications (council_id, kind, dedupe_key, subject, body, due_date, case_id, reminder_id, recipient_role, recipient_name,
                                  recipient_email, email_status, email_attempts, message_id, locale, emailed_at, created_at)
       SELECT s.council_id, s.kind, x.key, x.subject, x.body, s.deadline, s.case_id, s.id, x.role, x.name, x.email,
              CASE WHEN x.email IS NULL THEN 'none' ELSE 'sent' END, CASE WHEN x.email IS NULL THEN 0 ELSE 1 END,
              x.message_id, s.locale, CASE WHEN x.email IS NULL THEN NULL ELSE s.sent_at END, clock_timestamp()
       FROM sent s, jsonb_to_recordset(s.notifications) AS x(key text, subject text, body text, role text, name text, email text, message_id text, o int)
       ORDER BY s.ord, x.o
       ON CONFLICT (council_id, dedupe_key) DO NOTHING
     ), e AS (
       INSERT INTO case_events (council_id, case_id, kind, step_index, note, by_worker)
       SELECT s.council_id, s.case_id, e.kind, e.step, e.note, true
       FROM sent s, jsonb_to_recordset(s.events) AS e(kind text, step int, note text, o int)
       WHERE s.case_id IS NOT NULL
       ORDER BY s.ord, e.o
     ), done AS (
       UPDATE reminders r SET status = 'sent', sent_at = s.sent_at, attempts = r.attempts + 1, last_error = NULL, retry_at = NULL
       FROM sent s WHERE r.id = s.id
     ), refused AS (
       UPDATE reminders r SET attempts = r.attempts + 1, last_error = left(x.error, 1000),
              status = CASE WHEN x.last THEN 'failed' ELSE r.status END,
              retry_at = CASE WHEN x.last THEN r.retry_at ELSE clock_timestamp() + make_interval(secs => x.backoff_ms / 1000) END
       FROM jsonb_to_recordset($3::jsonb) AS x(id uuid, error text, last boolean, backoff_ms float8) WHERE r.id = x.id
     )
     UPDATE reminders r SET status = 'cancelled', last_error = nullif(x.why, '')
     FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, why text) WHERE r.id = x.id`,
    [
      JSON.stringify(sent.map((x, ord) => ({ ...x, ord, notifications: x.notifications.map((n, o) => ({ ...n, o })), events: x.events.map((e, o) => ({ ...e, o })) }))),
      JSON.stringify(cancelled.map((c) => ({ id: c.id, why: c.cancel }))),
      JSON.stringify(refused.map((x) => ({ id: x.id, error: x.refused.error, last: x.refused.last, backoff_ms: x.refused.backoffMs }))),
    ],
  );
}
const MOVES = new Set<MessageKind>(['respond_missed', 'step_missed']);

/**
 * Delivers due reminders (issue 11), in the worker's system context, through the
 * API's own services. One batch is one transaction:
 *
 * 1. Claim: cases with a due reminder, in due order, FOR NO KEY UPDATE SKIP LOCKED
 *    (the case first, as the API's moveCase locks it; SKIP LOCKED never waits, so the
 *    order among cases cannot deadlock), then their due reminders FOR NO KEY UPDATE
 *    SKIP LOCKED; review reminders after their review task (FOR SHARE).
 * 2. Per reminder, in due order: still relevant? not stale? (domain/reminders.ts); if
 *    it moves its case on (a missed response or step deadline), CaseService.move(…,
 *    'escalate') in a savepoint: the same code path, timeline entry and audit writer as
 *    the moveCase mutation. Every lock and every write that can fail on concurrency is
 *    done before the message is sent; after the send only recording remains.
 * 3. A refused send rolls back its own savepoint (an escalation it made) and is recorded
 *    against its own reminder (attempts, last error, retry_at or failed), not undoing the others.
 *
 * A crash before the commit loses the batch's records, not its e-mail: those messages
 * are sent again after the restart, with the same Message-ID: at most one batch (REMINDER_BATCH_SIZE).
 */

export class ReminderService {
  private readonly cases = new CaseService();
  private readonly protocols = new ProtocolQuestionsService();

  /**
   * The cases this process's batches hold until their transactions end. A claim passes over their
   * reminders without looking at the case or trying its lock: with many batches at once, most of
   * the due reminders at the front of the queue are other batches' (a hint only: SKIP LOCKED still
   * decides, and other processes' batches are passed over by their locks).
   */
  private readonly held = new Set<string>();

  constructor(private readonly mailer: Mailer) {}

  /**
   * Claims, delivers and commits one batch (deliverDue, then ctx.finish); the batch's cases are
   * passed over by this process's other claims until the commit.
   */
  async deliverDueAndCommit(ctx: RequestContext, opts: DeliveryOptions): Promise<BatchResult> {
    const held: string[] = [];
    try {
      const result = await this.deliverDue(ctx, opts, held);
      await ctx.finish(true);
      return result;
    } finally {
      for (const id of held) this.held.delete(id);
    }
  }

  /**
   * Claims and delivers one batch of due reminders; the caller commits (ctx.finish). The cases
   * claimed are added to `held` (and to this service's held set, which the caller clears).
   */
  async deliverDue(ctx: RequestContext, opts: DeliveryOptions, held: string[] = []): Promise<BatchResult> {
    const session = await ctx.db();
    const result: BatchResult = { claimed: 0, sent: 0, skipped: 0, retried: 0, failed: 0, full: false };

    // 1. Claim, the case first. One statement walks the due reminders in due order (the index) and locks
    //    their cases, skipping any case another batch or an API request holds (so in-flight reminders cost a
    //    skipped lock, not a sort), until it has `limit` rows; it looks at no more than `candidates` of them.
    //    SKIP LOCKED never waits, so the order the cases are taken in cannot make a deadlock.
    const claimed = await session.query<CaseRow>(
      `SELECT c.id, c.council_id, c.reference, c.subject, c.status, c.steps, c.step_index, c.protocol_version_id, c.version
       FROM (SELECT r.case_id, coalesce(r.retry_at, r.send_at) AS due FROM reminders r
             WHERE r.status = 'pending' AND r.case_id IS NOT NULL AND coalesce(r.retry_at, r.send_at) <= now()
               AND r.case_id <> ALL ($3::uuid[])
             ORDER BY coalesce(r.retry_at, r.send_at) LIMIT $2) d
       JOIN cases c ON c.id = d.case_id
       ORDER BY d.due LIMIT $1
       FOR NO KEY UPDATE OF c SKIP LOCKED`,
      [opts.limit, opts.candidates ?? opts.limit * 8, [...this.held]],
    );
    // A case with several due reminders comes once per reminder.
    const cases = [...new Map(claimed.map((c) => [c.id, c])).values()];
    for (const c of cases) {
      this.held.add(c.id);
      held.push(c.id);
    }
    const reminders: ReminderRow[] = cases.length
      ? await session.query<ReminderRow>(
          `SELECT id, council_id, case_id, review_task_id, kind, status, deadline::text AS deadline, step_index, to_roles, attempts, send_at
           FROM reminders
           WHERE case_id = ANY ($1::uuid[]) AND status = 'pending' AND coalesce(retry_at, send_at) <= now()
           ORDER BY case_id, send_at, id LIMIT $2
           FOR NO KEY UPDATE SKIP LOCKED`,
          [cases.map((c) => c.id), opts.limit],
        )
      : [];
    let tasks: TaskRow[] = [];
    if (reminders.length < opts.limit) {
      // A review reminder after its task (FOR SHARE: completing the task waits for this batch; its foreign-key checks do not).
      tasks = await session.query<TaskRow>(
        `SELECT t.id, t.status, t.due_on::text AS due_on, p.title, t.protocol_version_id AS version_id
         FROM review_tasks t
         LEFT JOIN protocol_versions v ON v.id = t.protocol_version_id LEFT JOIN protocols p ON p.id = v.protocol_id
         WHERE t.id IN (SELECT r.review_task_id FROM reminders r
                        WHERE r.status = 'pending' AND r.review_task_id IS NOT NULL AND coalesce(r.retry_at, r.send_at) <= now()
                        ORDER BY coalesce(r.retry_at, r.send_at) LIMIT $2)
         ORDER BY t.id LIMIT $1
         FOR SHARE OF t SKIP LOCKED`,
        [opts.limit - reminders.length, opts.candidates ?? opts.limit * 8],
      );
      if (tasks.length) {
        reminders.push(
          ...(await session.query<ReminderRow>(
            `SELECT id, council_id, case_id, review_task_id, kind, status, deadline::text AS deadline, step_index, to_roles, attempts, send_at
             FROM reminders
             WHERE review_task_id = ANY ($1::uuid[]) AND status = 'pending' AND coalesce(retry_at, send_at) <= now()
             ORDER BY review_task_id, send_at, id LIMIT $2
             FOR NO KEY UPDATE SKIP LOCKED`,
            [tasks.map((t) => t.id), opts.limit - reminders.length],
          )),
        );
      }
    }
    result.claimed = reminders.length;
    result.full = reminders.length >= opts.limit;
    if (!reminders.length) return result;

    // Everything the messages need, for the whole batch at once.
    const today = localDateTime(new Date(), ctx.config.worker.sweepTimezone).date;
    const councilIds = [...new Set(reminders.map((r) => r.council_id))];
    const roles = [...new Set(reminders.flatMap((r) => r.to_roles))];
    const versionIds = [...new Set([...cases.map((c) => c.protocol_version_id), ...tasks.map((t) => t.version_id)].filter((v): v is string => !!v))];
    // One round trip: the councils (with their adopted version), the holders of the roles, the clerks, and the roles' titles.
    const [facts] = await session.query<{ councils: CouncilRow[]; holders: (Holder & { council_id: string })[]; clerks: { council_id: string; name: string; email: string }[]; titles: { version_id: string; key: string; title: string | null }[] }>(
      `WITH c AS (
         SELECT c.id, c.name, c.nation,
                (SELECT v.id FROM protocol_versions v JOIN protocols p ON p.id = v.protocol_id
                 WHERE p.council_id = c.id AND NOT p.is_model AND v.status = 'adopted' LIMIT 1) AS version_id
         FROM councils c WHERE c.id = ANY ($1::uuid[]))
       SELECT (SELECT coalesce(json_agg(c), '[]') FROM c) AS councils,
              (SELECT coalesce(json_agg(h ORDER BY h.deputy, h.name), '[]') FROM (
                 SELECT council_id, role_key, name, email, deputy FROM office_holders
                 WHERE council_id = ANY ($1::uuid[]) AND role_key = ANY ($2::text[])
                   AND (from_date IS NULL OR from_date <= $3::date) AND (to_date IS NULL OR to_date >= $3::date)) h) AS holders,
              (SELECT coalesce(json_agg(k ORDER BY k.email), '[]') FROM (
                 SELECT m.council_id, u.display_name AS name, u.email FROM memberships m JOIN users u ON u.id = m.user_id
                 WHERE m.council_id = ANY ($1::uuid[]) AND m.role = 'clerk') k) AS clerks,
              (SELECT coalesce(json_agg(t), '[]') FROM (
                 SELECT version_id, key, body ->> 'title' AS title FROM protocol_items
                 WHERE version_id = ANY ($4::uuid[] || ARRAY(SELECT version_id FROM c WHERE version_id IS NOT NULL))
                   AND section = 'role' AND key = ANY ($2::text[])) t) AS titles`,
      [councilIds, roles, today, versionIds],
    );
    const { councils, holders, clerks, titles } = facts;
    const councilOf = new Map(councils.map((c) => [c.id, c]));
    const caseOf = new Map(cases.map((c) => [c.id, c]));
    const taskOf = new Map(tasks.map((t) => [t.id, t]));
    const titleOf = new Map(titles.map((t) => [`${t.version_id}:${t.key}`, t.title]));

    // 2. One reminder at a time, in due order within its case. What is only recording waits in `pending`
    //    and is written in one statement: before an escalation (so the timeline keeps its order) and at the end.
    const pending: Recorded[] = [];
    const flush = async () => {
      if (!pending.length) return;
      await record(session, pending.splice(0));
    };
    const moved = new Set<string>();

    type Delivery = {
      r: ReminderRow;
      /** What the messages say, less the recipient (for the timeline note). */
      facts: MessageFacts;
      kase: CaseRow | null;
      recipients: { name: string; role: string }[];
      messages: { to: { name: string; role: string; email: string | null }; message: { subject: string; text: string }; messageId: string | null; key: string }[];
      locale: Locale;
      events: { kind: string; step: number; note: string }[];
      /** When the SMTP server accepted its last message (its sent_at): set by its send. */
      accepted: { at: Date | null };
    };
    /** A refused send: recorded against its own reminder (retry later, or failed after the last attempt), with the others (record). */
    const refused = (r: ReminderRow, e: unknown) => {
      const error = e instanceof Error ? e.message : String(e);
      const last = r.attempts + 1 >= opts.attempts;
      pending.push({ id: r.id, refused: { error, last, backoffMs: opts.backoffMs * 2 ** r.attempts } });
      this.count(result, last ? 'failed' : 'retry');
    };
    /** 3. After the send, only recording: the in-app notifications, the timeline, the sent mark (written in one statement). */
    const sent = ({ r, facts, kase, recipients, messages, locale, events, accepted }: Delivery) => {
      if (kase) {
        events.unshift({ kind: 'reminded', step: kase.step_index, note: timelineNote({ kind: 'sent', facts, names: recipients.map((x) => x.name) }, locale) });
        if (r.kind === 'acknowledge_missed') events.push({ kind: 'deadline_missed', step: kase.step_index, note: timelineNote({ kind: 'not_acknowledged', deadline: r.deadline }, locale) });
      }
      pending.push({
        id: r.id,
        council_id: r.council_id,
        kind: r.kind,
        deadline: r.deadline,
        case_id: r.case_id,
        locale,
        notifications: messages.map((m) => ({ key: m.key, subject: m.message.subject, body: m.message.text, role: m.to.role, name: m.to.name, email: m.to.email, message_id: m.messageId })),
        events,
        sent_at: (accepted.at ?? new Date()).toISOString(),
      });
      reminderLag.observe(Math.max(0, ((accepted.at ?? new Date()).getTime() - new Date(r.send_at).getTime()) / 1000));
      this.count(result, 'sent');
    };
    /**
     * Reminders that move nothing need no lock or write before their send, so a run of them (up to the
     * next one that moves its case) is sent SENDS_PER_JOB at a time rather than one after another, then
     * recorded in the batch's order. Each send still succeeds or fails on its own.
     */
    let run: (Delivery & { send: () => Promise<void> })[] = [];
    const sendRun = async () => {
      const current = run;
      run = [];
      const outcomes: (unknown | null)[] = new Array(current.length).fill(null);
      let next = 0;
      const lane = async () => {
        for (let i = next++; i < current.length; i = next++) {
          try {
            await current[i]!.send();
          } catch (e) {
            outcomes[i] = e ?? new Error('send failed');
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(SENDS_PER_JOB, current.length) }, lane));
      for (let i = 0; i < current.length; i++) {
        if (outcomes[i] !== null) refused(current[i]!.r, outcomes[i]);
        else sent(current[i]!);
      }
    };
    for (const r of reminders) {
      if (r.case_id && moved.has(r.case_id)) {
        // An escalation earlier in this batch may have cancelled it (syncReminders, in this transaction).
        const [now] = await session.query<{ status: string }>(`SELECT status FROM reminders WHERE id = $1`, [r.id]);
        if (now?.status !== 'pending') {
          this.count(result, 'skipped');
          continue;
        }
      }
      const kase = r.case_id ? caseOf.get(r.case_id)! : null;
      const task = r.review_task_id ? (taskOf.get(r.review_task_id) ?? null) : null;
      const council = councilOf.get(r.council_id)!;
      const state: ReminderFacts = {
        kind: r.kind,
        deadline: r.deadline,
        stepIndex: r.step_index,
        case: kase ? { status: kase.status, stepIndex: kase.step_index } : null,
        task: task ? { status: task.status } : null,
      };
      const verdict = reminderVerdict(state, today);
      if (verdict !== 'send') {
        pending.push({ id: r.id, cancel: verdict === 'stale' ? 'deadline passed before it was sent' : '' });
        this.count(result, 'skipped');
        continue;
      }

      const version = kase?.protocol_version_id ?? task?.version_id ?? council.version_id;
      const recipients = recipientsFor(
        r.to_roles,
        holders.filter((h) => h.council_id === r.council_id),
        clerks.filter((c) => c.council_id === r.council_id),
      ).map((x) => ({ ...x, title: (!x.fallback && version && titleOf.get(`${version}:${x.role}`)) || x.title }));
      const locale: Locale = localeOfNation(council.nation);
      const link = `${ctx.config.api.publicUrl}/admin/#/${kase ? `cases/${kase.id}/show` : 'reviews'}`;
      const facts: MessageFacts = {
        kind: r.kind,
        council: council.name,
        reference: kase?.reference ?? task?.title ?? council.name,
        subject: kase?.subject ?? task?.title ?? '',
        deadline: r.deadline,
        recipient: '',
        role: '',
        link,
      };
      const messages = recipients.map((to, i) => ({
        to,
        message: render(
          {
            ...facts,
            recipient: to.name,
            role: to.title,
            roleCy: to.fallback
              ? clerkInsteadCy(roleTitleIn('cy', 'clerk'), r.to_roles.map((k) => roleTitleIn('cy', k)))
              : roleTitleIn('cy', to.role),
          },
          locale,
        ),
        messageId: to.email ? `<${r.id}.${i}@accord>` : null,
        key: `reminder:${r.id}:${i}`,
      }));

      const moves = MOVES.has(r.kind) && kase !== null;
      const events: { kind: string; step: number; note: string }[] = [];
      const accepted: { at: Date | null } = { at: null };
      const send = async () => {
        for (const m of messages) {
          if (m.to.email) await this.mailer.send({ to: m.to.email, toName: m.to.name, ...m.message, messageId: m.messageId!, language: locale === 'cy+en' ? 'cy, en' : 'en' });
        }
        accepted.at = new Date();
      };
      if (!moves) {
        // Nothing to lock or write before this send: it goes out beside the others of its run (see sendRun).
        run.push({ r, facts, kase, recipients, messages, locale, events, accepted, send });
        continue;
      }
      await sendRun();
      await flush();
      try {
          await session.atomic(async () => {
            // Before the send: the escalation's locks and writes (the case is already ours).
            const calendar = await this.protocols.calendar(ctx, kase.council_id);
            if (nextStep(kase.steps, kase.step_index, today, calendar)) {
              const fresh = await this.cases.move(ctx, kase.id, 'escalate', kase.version, '');
              Object.assign(kase, { status: fresh.status, step_index: fresh.stepIndex, version: fresh.version });
              moved.add(kase.id);
            } else {
              events.push({ kind: 'deadline_missed', step: kase.step_index, note: timelineNote({ kind: 'last_step_missed', deadline: r.deadline }, locale) });
            }
            await send();
          });
      } catch (e) {
        refused(r, e);
        continue;
      }
      sent({ r, facts, kase, recipients, messages, locale, events, accepted });
    }
    await sendRun();
    await flush();
    return result;
  }

  private count(result: BatchResult, outcome: ReminderOutcome): void {
    if (outcome === 'retry') result.retried++;
    else result[outcome]++;
    remindersHandled.inc({ outcome: outcome === 'retry' ? 'failed' : outcome });
  }
}
