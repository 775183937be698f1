import type { DbSession } from '../db/session';

export interface SweepResult {
  /** Notifications recorded by this run (0 when an earlier or concurrent run already recorded them). */
  recorded: number;
  /** Review tasks created by this run. */
  tasks: number;
}

/**
 * Records, once per council per review date, a notification for each council
 * whose protocol review is due within `noticeDays` of `today` or already past.
 * The date is the adopted protocol version's next review date; a council with no
 * adopted protocol yet falls back to the date kept on the council itself.
 * One INSERT … SELECT with ON CONFLICT DO NOTHING on (council_id, dedupe_key):
 * running it twice, or in two workers at once, records nothing twice.
 */
export async function runReviewSweep(
  session: DbSession,
  today: string,
  noticeDays: number,
  councilId?: string,
): Promise<SweepResult> {
  const rows = await session.query<{ id: string }>(
    `WITH due AS (
       SELECT c.id, c.name, coalesce(v.next_review_due, c.next_review_due) AS review_due
       FROM councils c
       LEFT JOIN protocols p ON p.council_id = c.id AND NOT p.is_model
       LEFT JOIN protocol_versions v ON v.protocol_id = p.id AND v.status = 'adopted'
       WHERE ($3::uuid IS NULL OR c.id = $3::uuid)
     )
     INSERT INTO notifications (council_id, kind, dedupe_key, subject, body, due_date)
     SELECT d.id,
            CASE WHEN d.review_due < $1::date THEN 'review_overdue' ELSE 'review_due' END,
            'review:' || d.review_due::text,
            CASE WHEN d.review_due < $1::date
                 THEN 'Protocol review overdue: ' || d.name
                 ELSE 'Protocol review due: ' || d.name END,
            'The member/officer protocol of ' || d.name
              || CASE WHEN d.review_due < $1::date THEN ' was due for review on ' ELSE ' is due for review on ' END
              || to_char(d.review_due, 'FMDD FMMonth YYYY') || '.',
            d.review_due
     FROM due d
     WHERE d.review_due IS NOT NULL AND d.review_due <= $1::date + $2::int
     ON CONFLICT (council_id, dedupe_key) DO NOTHING
     RETURNING id`,
    [today, noticeDays, councilId ?? null],
  );
  const tasks = await createReviewTasks(session, today, noticeDays, councilId);
  return { recorded: rows.length, tasks };
}

/**
 * One review task per council per review date, created `noticeDays` before it
 * (ON CONFLICT on (council_id, due_on): any number of sweeps or workers make one),
 * with its reminders: now to the reviewing body's office holder and the clerk, and
 * the day after the date if it is still open then. Tasks past their date are
 * marked overdue.
 */
async function createReviewTasks(session: DbSession, today: string, noticeDays: number, councilId?: string): Promise<number> {
  const created = await session.query<{ id: string }>(
    `WITH due AS (
       SELECT c.id AS council_id, v.id AS version_id, coalesce(v.next_review_due, c.next_review_due) AS review_due,
              coalesce(v.reviewing_body, 'full_council') AS reviewing_body
       FROM councils c
       LEFT JOIN protocols p ON p.council_id = c.id AND NOT p.is_model
       LEFT JOIN protocol_versions v ON v.protocol_id = p.id AND v.status = 'adopted'
       WHERE ($3::uuid IS NULL OR c.id = $3::uuid)
     ), task AS (
       INSERT INTO review_tasks (council_id, protocol_version_id, due_on, status)
       SELECT council_id, version_id, review_due, CASE WHEN review_due < $1::date THEN 'overdue' ELSE 'open' END
       FROM due WHERE review_due IS NOT NULL AND review_due <= $1::date + $2::int
       ON CONFLICT (council_id, due_on) DO NOTHING
       RETURNING id, council_id, due_on
     ), reminder AS (
       INSERT INTO reminders (council_id, review_task_id, kind, dedupe_key, send_at, deadline, to_roles)
       SELECT t.council_id, t.id, k.kind, 'review:' || t.id || ':' || k.kind,
              CASE WHEN k.kind = 'review_due' THEN now() ELSE ((t.due_on + 1)::timestamp + interval '8 hours') AT TIME ZONE 'Europe/London' END,
              t.due_on, ARRAY[d.reviewing_body, 'clerk']
       FROM task t JOIN due d ON d.council_id = t.council_id
       CROSS JOIN (VALUES ('review_due'), ('review_overdue')) AS k(kind)
       ON CONFLICT (council_id, dedupe_key) DO NOTHING
     )
     SELECT id FROM task`,
    [today, noticeDays, councilId ?? null],
  );
  await session.query(
    `UPDATE review_tasks SET status = 'overdue', version = version + 1 WHERE status = 'open' AND due_on < $1::date AND ($2::uuid IS NULL OR council_id = $2::uuid)`,
    [today, councilId ?? null],
  );
  return created.length;
}

/** Today's date in a time zone, as YYYY-MM-DD. */
export function localDate(timeZone: string, at = new Date()): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(at);
}
const dateFormats = new Map<string, Intl.DateTimeFormat>();
