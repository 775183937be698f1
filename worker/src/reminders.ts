import type { DataSource } from 'typeorm';
import type { Pool, PoolClient } from 'pg';
import type { AccordConfig } from '@accord/config';
import { localDate, nextStep, syncReminders, withSystemScope, type CalendarSpec, type CaseStep } from '@accord/api';
import type { Mailer } from './mailer';
import { render, type Locale, type MessageKind } from './templates';

export { smtpMailer, type Mailer, type OutgoingMail } from './mailer';

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
    return await deliver(ds, mailer, config, reminderId);
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

const words = (key: string) => key.replace(/_/g, ' ');

interface Queryable {
  query<T = any>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** After a missed response or step deadline: the case moves on to the next step of its route (or, at the last, the miss is noted). */
async function moveCaseOn(s: Queryable, config: AccordConfig, r: Pick<ReminderRow, 'deadline' | 'nation' | 'cut_off'>, c: CaseRow): Promise<void> {
  const closures: { date: string }[] = await s.query(`SELECT date::text FROM council_closures WHERE council_id = $1`, [c.council_id]);
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
  const [moved]: CaseRow[] = await s.query(
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
 * One reminder in two round trips to Postgres: one that begins the transaction,
 * locks the reminder and reads everything the messages need
 * (`accord_reminder_facts`), and, after the messages are sent, one that records
 * them, marks the reminder sent and commits (`accord_reminder_record`). Both are
 * PL/pgSQL functions, so their plans are made once per connection; values go as
 * escaped literals so that each round trip is one simple query. A missed response
 * or step deadline also locks the case and moves it on, in the same transaction.
 */
async function deliver(ds: DataSource, mailer: Mailer, config: AccordConfig, reminderId: string): Promise<Delivery> {
  const pool = (ds.driver as unknown as { master: Pool }).master;
  const client: PoolClient = await pool.connect();
  const lit = (v: unknown) => (v === null || v === undefined ? 'NULL' : client.escapeLiteral(String(v)));
  let open = false;
  try {
    const today = localDate('Europe/London');
    const results = (await client.query(
      `BEGIN; SELECT set_config('accord.system', 'on', true); SELECT accord_reminder_facts(${lit(reminderId)}, ${lit(today)}) AS facts`,
    )) as unknown as { rows: any[] }[];
    open = true;
    const row = results[2].rows[0]?.facts;
    const r = row?.r as ReminderRow | undefined;
    const finish = async (sql = '') => {
      await client.query(`${sql}COMMIT`);
      open = false;
    };
    if (!r || r.status !== 'pending') return (await finish(), 'skipped');
    if (!r.due) return (await finish(), 'not_due');
    const moves = r.kind === 'respond_missed' || r.kind === 'step_missed';
    const kase = (moves && r.case_id
      ? (await client.query(`SELECT * FROM cases WHERE id = ${lit(r.case_id)} FOR UPDATE`)).rows[0]
      : row.kase) as CaseRow | null;
    const task = row.task as { status: string; title: string | null } | null;
    const cancelled = (r.case_id && (!kase || !stillRelevant(r, kase))) || (r.review_task_id && (!task || task.status === 'completed'));
    if (cancelled) return (await finish(`UPDATE reminders SET status = 'cancelled' WHERE id = ${lit(r.id)}; `), 'skipped');

    const holders = row.holders as { role_key: string; name: string; email: string | null; deputy: boolean; title: string | null }[];
    const principals = holders.filter((h) => !h.deputy);
    const chosen = principals.length ? principals : holders;
    const recipients: Recipient[] = chosen.length
      ? chosen.map((h) => ({ role: h.role_key, title: h.title ?? words(h.role_key), name: h.name, email: h.email }))
      : (row.clerks as { name: string; email: string }[]).map((c) => ({ role: 'clerk', title: `clerk (no ${r.to_roles.map(words).join(' or ')} is recorded)`, name: c.name, email: c.email }));
    const council = row.council as { name: string; nation: string; cut_off: string | null };
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
    for (const x of records) if (x.to.email) await mailer.send({ to: x.to.email, toName: x.to.name, ...x.message, messageId: x.messageId!, language: locale === 'cy+en' ? 'cy, en' : 'en' });

    const notifications = records.map((x) => ({ key: x.key, subject: x.message.subject, body: x.message.text, role: x.to.role, name: x.to.name, email: x.to.email, message_id: x.messageId, locale }));
    const names = recipients.map((x) => x.name).join(', ') || 'no one (no office holder or clerk has an address)';
    const events = kase ? [{ kind: 'reminded', step: kase.step_index, note: `${words(r.kind)} (${r.deadline}): sent to ${names}` }] : [];
    if (kase && r.kind === 'acknowledge_missed') events.push({ kind: 'deadline_missed', step: kase.step_index, note: `Not acknowledged by ${r.deadline}` });
    const record = `SELECT accord_reminder_record(${lit(r.id)}, ${lit(JSON.stringify(notifications))}, ${lit(JSON.stringify(events))}); `;
    if (moves && kase) {
      await client.query(record);
      const session = { query: async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows };
      await moveCaseOn(session, config, { ...r, nation: council.nation, cut_off: council.cut_off }, kase);
      await finish();
    } else {
      await finish(record);
    }
    return 'sent';
  } catch (e) {
    if (open) await client.query('ROLLBACK').catch(() => undefined);
    open = false;
    throw e;
  } finally {
    client.release();
  }
}
