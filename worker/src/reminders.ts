import { createTransport } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { Pool, PoolClient } from 'pg';
import type { AccordConfig } from '@accord/config';
import { localDate, nextStep, syncReminders, withSystemScope, type CalendarSpec, type CaseStep, type DbSession } from '@accord/api';
import { render, type Locale, type MessageKind } from './templates';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Deterministic per reminder and recipient: a receiver can tell a resend after a crash from a new message. */
  messageId: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** E-mail over SMTP (nodemailer), one pooled connection per concurrent job. */
export function smtpMailer(config: AccordConfig): Mailer {
  const transport = createTransport({
    host: config.smtp.host,
    port: config.smtp.port,
    secure: false,
    pool: true,
    maxConnections: config.worker.concurrency,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from: config.smtp.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: mail.messageId });
    },
    close: () => transport.close(),
  };
}

export type Delivery = 'sent' | 'skipped' | 'not_due' | 'failed';

interface ReminderRow {
  id: string;
  council_id: string;
  case_id: string | null;
  review_task_id: string | null;
  kind: MessageKind;
  status: string;
  due: boolean;
  deadline: string | null;
  step_index: number | null;
  to_roles: string[];
  council_name: string;
  nation: string;
  cut_off: string | null;
}

interface CaseRow {
  id: string;
  council_id: string;
  reference: string;
  subject: string;
  status: string;
  acknowledge_by: string | null;
  respond_by: string | null;
  steps: CaseStep[];
  step_index: number;
  step_due: string | null;
  handler_role: string | null;
  protocol_version_id: string;
  version: number;
}

/**
 * Sends one due reminder, once: the reminder row is locked, the messages go out,
 * and the reminder is marked sent, with its in-app notifications and the case's
 * timeline entry, in the same transaction. A reminder already sent, cancelled or
 * no longer relevant (the case moved on) is skipped. After a missed response or
 * step deadline the case moves on to the next step of its route.
 *
 * A failed send throws (the queue retries with backoff); on the last attempt the
 * reminder is recorded as failed instead.
 */
export async function deliverReminder(ds: DataSource, mailer: Mailer, config: AccordConfig, reminderId: string, lastAttempt: boolean): Promise<Delivery> {
  try {
    const fast = await deliverInTwoStatements(ds, mailer, config, reminderId);
    if (fast !== 'moves_case') return fast;
    return await withSystemScope(ds, (s) => deliver(s, mailer, config, reminderId));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await withSystemScope(ds, (s) =>
      s.query(
        `UPDATE reminders SET attempts = attempts + 1, last_error = left($2, 1000), status = CASE WHEN $3 THEN 'failed' ELSE status END
         WHERE id = $1 AND status = 'pending'`,
        [reminderId, message, lastAttempt],
      ),
    );
    if (lastAttempt) return 'failed';
    throw e;
  }
}

async function deliver(s: DbSession, mailer: Mailer, config: AccordConfig, reminderId: string): Promise<Delivery> {
  const [r] = await s.query<ReminderRow>(
    `SELECT r.id, r.council_id, r.case_id, r.review_task_id, r.kind, r.status, r.send_at <= now() AS due, r.deadline::text, r.step_index,
            r.to_roles, c.name AS council_name, c.nation, c.response_cut_off::text AS cut_off
     FROM reminders r JOIN councils c ON c.id = r.council_id WHERE r.id = $1 FOR UPDATE OF r`,
    [reminderId],
  );
  if (!r || r.status !== 'pending') return 'skipped';
  if (!r.due) return 'not_due';

  let kase: CaseRow | null = null;
  if (r.case_id) {
    // Only a missed deadline may move the case on: lock it then; otherwise a plain read (a change to the case
    // cancels this reminder with an UPDATE that waits for our lock on the reminder, and then finds it sent).
    const moves = r.kind === 'respond_missed' || r.kind === 'step_missed';
    [kase] = await s.query<CaseRow>(`SELECT * FROM cases WHERE id = $1${moves ? ' FOR UPDATE' : ''}`, [r.case_id]);
    if (!kase || !stillRelevant(r, kase)) {
      await s.query(`UPDATE reminders SET status = 'cancelled' WHERE id = $1`, [r.id]);
      return 'skipped';
    }
  }
  let reviewTitle: string | null = null;
  if (r.review_task_id) {
    const [task] = await s.query<{ status: string; title: string | null }>(
      `SELECT t.status, p.title FROM review_tasks t LEFT JOIN protocol_versions v ON v.id = t.protocol_version_id LEFT JOIN protocols p ON p.id = v.protocol_id WHERE t.id = $1`,
      [r.review_task_id],
    );
    if (!task || task.status === 'completed') {
      await s.query(`UPDATE reminders SET status = 'cancelled' WHERE id = $1`, [r.id]);
      return 'skipped';
    }
    reviewTitle = task.title;
  }

  const recipients = await recipientsFor(s, r.council_id, r.to_roles, kase?.protocol_version_id ?? null);
  const locale: Locale = r.nation === 'wales' ? 'cy+en' : 'en';
  const link = `${config.api.publicUrl}/admin/#/${kase ? `cases/${kase.id}/show` : 'reviews'}`;
  const mails: OutgoingMail[] = [];
  for (const [i, to] of recipients.entries()) {
    const facts = {
      kind: r.kind,
      council: r.council_name,
      reference: kase?.reference ?? reviewTitle ?? r.council_name,
      subject: kase?.subject ?? reviewTitle ?? '',
      deadline: r.deadline,
      recipient: to.name,
      role: to.title,
      link,
    };
    const message = render(facts, locale);
    await s.query(
      `INSERT INTO notifications (council_id, kind, dedupe_key, subject, body, due_date, case_id, reminder_id, recipient_role, recipient_name,
                                  recipient_email, locale, email_status, email_attempts, emailed_at, message_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, CASE WHEN $11::text IS NULL THEN NULL ELSE now() END, $15)
       ON CONFLICT (council_id, dedupe_key) DO NOTHING`,
      [
        r.council_id,
        r.kind,
        `reminder:${r.id}:${i}`,
        message.subject,
        message.text,
        r.deadline,
        r.case_id,
        r.id,
        to.role,
        to.name,
        to.email,
        locale,
        to.email ? 'sent' : 'none',
        to.email ? 1 : 0,
        to.email ? `<${r.id}.${i}@accord>` : null,
      ],
    );
    if (to.email) mails.push({ to: to.email, ...message, messageId: `<${r.id}.${i}@accord>` });
  }
  // Last, so that a failure rolls everything above back: sent and recorded together, or neither.
  for (const mail of mails) await mailer.send(mail);
  await s.query(`UPDATE reminders SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`, [r.id]);

  if (kase) await afterCaseReminder(s, config, r, kase, recipients.map((x) => x.name));
  return 'sent';
}

/** A case reminder is sent only while the case is still where it was when the reminder was planned. */
function stillRelevant(r: ReminderRow, c: CaseRow): boolean {
  if (!['open', 'acknowledged'].includes(c.status)) return false;
  if (r.kind.startsWith('acknowledge_')) return c.status === 'open';
  return r.step_index === null || r.step_index === c.step_index;
}

interface Recipient {
  role: string;
  title: string;
  name: string;
  email: string | null;
}

/** Who holds the roles today (principals, else deputies); with no one recorded, the council's clerks. */
async function recipientsFor(s: DbSession, councilId: string, roles: string[], versionId: string | null): Promise<Recipient[]> {
  const today = localDate('Europe/London');
  const holders = await s.query<{ role_key: string; name: string; email: string | null; deputy: boolean; title: string | null }>(
    `SELECT h.role_key, h.name, h.email, h.deputy,
            (SELECT i.body ->> 'title' FROM protocol_items i
             WHERE i.section = 'role' AND i.key = h.role_key
               AND i.version_id = coalesce($3::uuid, (SELECT v.id FROM protocol_versions v JOIN protocols p ON p.id = v.protocol_id
                                                       WHERE p.council_id = h.council_id AND NOT p.is_model AND v.status = 'adopted'))) AS title
     FROM office_holders h
     WHERE h.council_id = $1 AND h.role_key = ANY($2)
       AND (h.from_date IS NULL OR h.from_date <= $4::date) AND (h.to_date IS NULL OR h.to_date >= $4::date)
     ORDER BY h.deputy, h.name`,
    [councilId, roles, versionId, today],
  );
  const principals = holders.filter((h) => !h.deputy);
  const chosen = principals.length ? principals : holders;
  if (chosen.length) return chosen.map((h) => ({ role: h.role_key, title: h.title ?? words(h.role_key), name: h.name, email: h.email }));
  const clerks = await s.query<{ name: string; email: string }>(
    `SELECT u.display_name AS name, u.email FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.council_id = $1 AND m.role = 'clerk' ORDER BY u.email`,
    [councilId],
  );
  return clerks.map((c) => ({ role: 'clerk', title: `clerk (no ${roles.map(words).join(' or ')} is recorded)`, name: c.name, email: c.email }));
}

const words = (key: string) => key.replace(/_/g, ' ');

/** The reminder on the case's timeline; after a missed response or step deadline, the case moves on to the next step. */
async function afterCaseReminder(s: DbSession, config: AccordConfig, r: ReminderRow, c: CaseRow, names: string[]): Promise<void> {
  const sentTo = names.length ? names.join(', ') : 'no one (no office holder or clerk has an address)';
  await s.query(`INSERT INTO case_events (council_id, case_id, by_worker, kind, step_index, note) VALUES ($1, $2, true, 'reminded', $3, $4)`, [
    c.council_id,
    c.id,
    c.step_index,
    `${words(r.kind)} (${r.deadline}): sent to ${sentTo}`,
  ]);
  if (r.kind === 'acknowledge_missed') {
    await s.query(`INSERT INTO case_events (council_id, case_id, by_worker, kind, step_index, note) VALUES ($1, $2, true, 'deadline_missed', $3, $4)`, [
      c.council_id,
      c.id,
      c.step_index,
      `Not acknowledged by ${r.deadline}`,
    ]);
    return;
  }
  if (r.kind !== 'respond_missed' && r.kind !== 'step_missed') return;
  const closures = await s.query<{ date: string }>(`SELECT date::text FROM council_closures WHERE council_id = $1`, [c.council_id]);
  const calendar: CalendarSpec = { nation: r.nation as CalendarSpec['nation'], closures: closures.map((x) => x.date), ...(r.cut_off ? { cutOff: r.cut_off.slice(0, 5) } : {}) };
  const today = localDate('Europe/London');
  const next = nextStep(c.steps, c.step_index, today, calendar);
  if (!next) {
    await s.query(`INSERT INTO case_events (council_id, case_id, by_worker, kind, step_index, note) VALUES ($1, $2, true, 'deadline_missed', $3, $4)`, [
      c.council_id,
      c.id,
      c.step_index,
      `Deadline ${r.deadline} missed at the last step of the route`,
    ]);
    return;
  }
  const [moved] = await s.query<CaseRow>(
    `UPDATE cases SET step_index = $2, handler_role = $3, step_due = $4, version = version + 1, updated_at = now() WHERE id = $1 RETURNING *`,
    [c.id, next.step.index, next.step.handler, next.due],
  );
  await s.query(`INSERT INTO case_events (council_id, case_id, by_worker, kind, from_status, to_status, step_index, note) VALUES ($1, $2, true, 'escalated', $3, $3, $4, $5)`, [
    c.council_id,
    c.id,
    c.status,
    next.step.index,
    `Deadline ${r.deadline} missed: moved on to ${words(next.step.handler ?? '')}`,
  ]);
  await s.query(
    `INSERT INTO audit_log (council_id, action, entity, entity_id, before, after) VALUES ($1, 'case.escalate', 'case', $2, $3, $4)`,
    [c.council_id, c.id, JSON.stringify({ stepIndex: c.step_index, handlerRole: c.handler_role }), JSON.stringify({ stepIndex: moved.step_index, handlerRole: moved.handler_role })],
  );
  await syncReminders(
    s,
    {
      id: moved.id,
      councilId: moved.council_id,
      status: moved.status,
      acknowledgeBy: moved.acknowledge_by,
      respondBy: moved.respond_by,
      handlerRole: moved.handler_role,
      steps: moved.steps,
      stepIndex: moved.step_index,
      stepDue: moved.step_due,
    } as never,
    calendar,
    config.worker,
  );
}

/**
 * The common case, in two round trips to Postgres (each statement costs a round
 * trip, and round trips are what a reminder's time goes on): one that begins the
 * transaction, locks the reminder and reads everything the messages need, and,
 * after the messages are sent, one that records them, marks the reminder sent and
 * commits. Values are sent as escaped literals so each batch is one simple query.
 * A reminder that moves its case on (a missed response or step) takes the full
 * path instead ('moves_case').
 */
async function deliverInTwoStatements(ds: DataSource, mailer: Mailer, config: AccordConfig, reminderId: string): Promise<Delivery | 'moves_case'> {
  const pool = (ds.driver as unknown as { master: Pool }).master;
  const client: PoolClient = await pool.connect();
  const lit = (v: unknown) => (v === null || v === undefined ? 'NULL' : client.escapeLiteral(String(v)));
  let open = false;
  try {
    const today = localDate('Europe/London');
    const results = (await client.query(
      `BEGIN; SELECT set_config('accord.system', 'on', true);
       WITH r AS (SELECT id, council_id, case_id, review_task_id, kind, status, send_at <= now() AS due, deadline::text, step_index, to_roles
                  FROM reminders WHERE id = ${lit(reminderId)} FOR UPDATE)
       SELECT row_to_json(r) AS r,
              (SELECT row_to_json(c) FROM (SELECT name, nation FROM councils WHERE id = r.council_id) c) AS council,
              (SELECT row_to_json(k) FROM (SELECT id, reference, subject, status, step_index, protocol_version_id FROM cases WHERE id = r.case_id) k) AS kase,
              (SELECT row_to_json(t) FROM (SELECT t.status, p.title FROM review_tasks t LEFT JOIN protocol_versions v ON v.id = t.protocol_version_id
                                           LEFT JOIN protocols p ON p.id = v.protocol_id WHERE t.id = r.review_task_id) t) AS task,
              (SELECT coalesce(json_agg(h ORDER BY h.deputy, h.name), '[]') FROM (
                 SELECT h.role_key, h.name, h.email, h.deputy,
                        (SELECT i.body ->> 'title' FROM protocol_items i
                         WHERE i.section = 'role' AND i.key = h.role_key
                           AND i.version_id = coalesce((SELECT protocol_version_id FROM cases WHERE id = r.case_id),
                                                       (SELECT v.id FROM protocol_versions v JOIN protocols p ON p.id = v.protocol_id
                                                        WHERE p.council_id = r.council_id AND NOT p.is_model AND v.status = 'adopted'))) AS title
                 FROM office_holders h
                 WHERE h.council_id = r.council_id AND h.role_key = ANY(r.to_roles)
                   AND (h.from_date IS NULL OR h.from_date <= ${lit(today)}::date) AND (h.to_date IS NULL OR h.to_date >= ${lit(today)}::date)) h) AS holders,
              (SELECT coalesce(json_agg(u ORDER BY u.email), '[]') FROM (
                 SELECT u.display_name AS name, u.email FROM memberships m JOIN users u ON u.id = m.user_id
                 WHERE m.council_id = r.council_id AND m.role = 'clerk') u) AS clerks
       FROM r`,
    )) as unknown as { rows: any[] }[];
    open = true;
    const row = results[2].rows[0];
    const r = row?.r as ReminderRow | undefined;
    const finish = async (sql = '') => {
      await client.query(`${sql}COMMIT`);
      open = false;
    };
    if (!r || r.status !== 'pending') return (await finish(), 'skipped');
    if (!r.due) return (await finish(), 'not_due');
    if (r.kind === 'respond_missed' || r.kind === 'step_missed') return (await finish(), 'moves_case');
    const kase = row.kase as (CaseRow & { protocol_version_id: string }) | null;
    const task = row.task as { status: string; title: string | null } | null;
    const cancelled = (r.case_id && (!kase || !stillRelevant(r, kase))) || (r.review_task_id && (!task || task.status === 'completed'));
    if (cancelled) return (await finish(`UPDATE reminders SET status = 'cancelled' WHERE id = ${lit(r.id)}; `), 'skipped');

    const holders = row.holders as { role_key: string; name: string; email: string | null; deputy: boolean; title: string | null }[];
    const principals = holders.filter((h) => !h.deputy);
    const chosen = principals.length ? principals : holders;
    const recipients: Recipient[] = chosen.length
      ? chosen.map((h) => ({ role: h.role_key, title: h.title ?? words(h.role_key), name: h.name, email: h.email }))
      : (row.clerks as { name: string; email: string }[]).map((c) => ({ role: 'clerk', title: `clerk (no ${r.to_roles.map(words).join(' or ')} is recorded)`, name: c.name, email: c.email }));
    const council = row.council as { name: string; nation: string };
    const locale: Locale = council.nation === 'wales' ? 'cy+en' : 'en';
    const link = `${config.api.publicUrl}/admin/#/${kase ? `cases/${kase.id}/show` : 'reviews'}`;
    const records = recipients.map((to, i) => {
      const message = render(
        { kind: r.kind, council: council.name, reference: kase?.reference ?? task?.title ?? council.name, subject: kase?.subject ?? task?.title ?? '', deadline: r.deadline, recipient: to.name, role: to.title, link },
        locale,
      );
      return { to, message, messageId: to.email ? `<${r.id}.${i}@accord>` : null, key: `reminder:${r.id}:${i}` };
    });
    // Sent last before recording, so a failure leaves nothing recorded.
    for (const x of records) if (x.to.email) await mailer.send({ to: x.to.email, ...x.message, messageId: x.messageId! });

    const values = records
      .map((x) => `(${[x.key, x.message.subject, x.message.text, x.to.role, x.to.name, x.to.email, x.to.email ? 'sent' : 'none', x.to.email ? 1 : 0, x.messageId].map(lit).join(', ')})`)
      .join(', ');
    const names = recipients.map((x) => x.name).join(', ') || 'no one (no office holder or clerk has an address)';
    const events = kase
      ? [`(${lit(r.council_id)}::uuid, ${lit(kase.id)}::uuid, 'reminded', ${kase.step_index}, ${lit(`${words(r.kind)} (${r.deadline}): sent to ${names}`)})`]
      : [];
    if (kase && r.kind === 'acknowledge_missed') events.push(`(${lit(r.council_id)}::uuid, ${lit(kase.id)}::uuid, 'deadline_missed', ${kase.step_index}, ${lit(`Not acknowledged by ${r.deadline}`)})`);
    await finish(
      `${values
        ? `INSERT INTO notifications (council_id, kind, dedupe_key, subject, body, due_date, case_id, reminder_id, recipient_role, recipient_name,
                                      recipient_email, email_status, email_attempts, message_id, locale, emailed_at)
           SELECT ${lit(r.council_id)}, ${lit(r.kind)}, x.key, x.subject, x.body, ${lit(r.deadline)}::date, ${lit(r.case_id)}::uuid, ${lit(r.id)}::uuid, x.role, x.name,
                  x.email, x.status, x.attempts::int, x.message_id, ${lit(locale)}, CASE WHEN x.email IS NULL THEN NULL ELSE now() END
           FROM (VALUES ${values}) AS x(key, subject, body, role, name, email, status, attempts, message_id)
           ON CONFLICT (council_id, dedupe_key) DO NOTHING; `
        : ''}
       UPDATE reminders SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ${lit(r.id)};
       ${events.length ? `INSERT INTO case_events (council_id, case_id, kind, step_index, note, by_worker) SELECT c, k, kind, step, note, true FROM (VALUES ${events.join(', ')}) AS e(c, k, kind, step, note);` : ''} `,
    );
    return 'sent';
  } catch (e) {
    if (open) await client.query('ROLLBACK').catch(() => undefined);
    open = false;
    throw e;
  } finally {
    client.release();
  }
}
