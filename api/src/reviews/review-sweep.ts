import { localDate } from '../domain/local-time';
import { plannedReviewReminders, reviewTaskStatus, type ReminderClock } from '../domain/reviews';

export { localDate };

/** What the sweep needs of a session (a DbSession, or a test's stand-in). */
interface Queryable {
  query<T = unknown>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface SweepResult {
  /** Review reminders planned by this run (0 when an earlier or concurrent run already planned them). */
  recorded: number;
  /** Review tasks created by this run. */
  tasks: number;
  /** Open tasks this run found past their date (marked overdue). */
  overdue: number;
  /** "Due" reminders this run cancelled because their review date had passed before they went. */
  cancelled: number;
}

export interface SweepOptions {
  /** The sweep's date in the configured time zone (YYYY-MM-DD). */
  today: string;
  /** A task is made this many days before the review date. */
  noticeDays: number;
  /** REMINDER_TIME in SWEEP_TIMEZONE: when reminders go on their day. */
  clock: ReminderClock;
  /** Now (a reminder whose time has passed goes at once). */
  now?: Date;
  /** One council only (a manual re-run). */
  councilId?: string | null;
  /** Councils read per round trip (memory stays bounded however many councils there are). */
  pageSize?: number;
}

/** Without a configured clock, reminders may go from the start of their day (London). */
const START_OF_DAY: ReminderClock = { reminderTime: '00:00', timeZone: 'Europe/London' };

/**
 * The daily review sweep, in the caller's transaction (the job gives it the system context's):
 * for each council whose review date (the adopted protocol version's, else the council's own)
 * is within the notice period or past, one review task per review date with its reminders, as
 * domain/reviews.ts plans them, at REMINDER_TIME in SWEEP_TIMEZONE ("due" on the day the task is
 * made, never once the date has passed; "overdue" the day after the date); open tasks past their date marked overdue, and their
 * "due" reminders that have not gone cancelled, so nothing stale is sent.
 *
 * The sweep records no notification of its own: each reminder records one notification per
 * recipient when it is sent (in the council's languages), so a recipient gets one per event.
 *
 * Inserts use ON CONFLICT DO NOTHING on (council_id, due_on) and (council_id, dedupe_key): running
 * it twice, or in two workers at once, makes nothing twice (a second overlapping run waits on the
 * unique index for the first to commit, then skips).
 */
export async function sweepReviews(session: Queryable, o: SweepOptions): Promise<SweepResult> {
  const now = o.now ?? new Date();
  const pageSize = o.pageSize ?? 5_000;
  const result: SweepResult = { recorded: 0, tasks: 0, overdue: 0, cancelled: 0 };
  let after: string | null = null;
  for (;;) {
    // Candidates: councils whose date is within the notice period (or past) and who have no task for it yet.
    const page: { council_id: string; version_id: string | null; review_due: string; reviewing_body: string }[] = await session.query(
      `SELECT x.council_id, x.version_id, x.review_due::text AS review_due, x.reviewing_body
       FROM (
         -- The adopted version's date, where it has one (read by protocol_versions_review_idx)…
         SELECT p.council_id, v.id AS version_id, v.next_review_due AS review_due, coalesce(v.reviewing_body, 'full_council') AS reviewing_body
         FROM protocol_versions v JOIN protocols p ON p.id = v.protocol_id AND NOT p.is_model
         WHERE v.status = 'adopted' AND v.next_review_due <= $1::date + $2::int
         UNION ALL
         -- …else the council's own (read by councils_review_idx).
         SELECT c.id, v.id, c.next_review_due, coalesce(v.reviewing_body, 'full_council')
         FROM councils c
         LEFT JOIN protocols p ON p.council_id = c.id AND NOT p.is_model
         LEFT JOIN protocol_versions v ON v.protocol_id = p.id AND v.status = 'adopted'
         WHERE c.next_review_due <= $1::date + $2::int AND v.next_review_due IS NULL
       ) x
       WHERE ($3::uuid IS NULL OR x.council_id = $3::uuid) AND ($4::uuid IS NULL OR x.council_id > $4::uuid)
         AND NOT EXISTS (SELECT 1 FROM review_tasks t WHERE t.council_id = x.council_id AND t.due_on = x.review_due)
       ORDER BY x.council_id
       LIMIT $5`,
      [o.today, o.noticeDays, o.councilId ?? null, after, pageSize],
    );
    if (!page.length) break;
    after = page[page.length - 1].council_id;

    const due = page.flatMap((c) => {
      const status = reviewTaskStatus(c.review_due, o.today, o.noticeDays);
      return status ? [{ ...c, status }] : [];
    });
    if (due.length) {
      const made: { id: string; council_id: string; due_on: string }[] = await session.query(
        `INSERT INTO review_tasks (council_id, protocol_version_id, due_on, status)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::text[])
         ON CONFLICT (council_id, due_on) DO NOTHING
         RETURNING id, council_id, due_on::text`,
        [due.map((d) => d.council_id), due.map((d) => d.version_id), due.map((d) => d.review_due), due.map((d) => d.status)],
      );
      result.tasks += made.length;
      const body = new Map(due.map((d) => [d.council_id, d.reviewing_body]));
      const reminders = made.flatMap((t) =>
        plannedReviewReminders(t.due_on, o.today, now, o.clock).map((r) => ({
          council: t.council_id,
          task: t.id,
          kind: r.kind,
          key: `review:${t.id}:${r.kind}`,
          sendAt: r.sendAt.toISOString(),
          deadline: t.due_on,
          roles: `{${body.get(t.council_id)},clerk}`,
        })),
      );
      if (reminders.length) {
        const planned = await session.query(
          `INSERT INTO reminders (council_id, review_task_id, kind, dedupe_key, send_at, deadline, to_roles)
           SELECT council, task, kind, key, send_at, deadline, roles::text[]
           FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::timestamptz[], $6::date[], $7::text[]) AS x(council, task, kind, key, send_at, deadline, roles)
           ON CONFLICT (council_id, dedupe_key) DO NOTHING
           RETURNING id`,
          [
            reminders.map((r) => r.council),
            reminders.map((r) => r.task),
            reminders.map((r) => r.kind),
            reminders.map((r) => r.key),
            reminders.map((r) => r.sendAt),
            reminders.map((r) => r.deadline),
            reminders.map((r) => r.roles),
          ],
        );
        result.recorded += planned.length;
      }
    }
    if (page.length < pageSize) break;
  }

  // Open tasks whose date has passed become overdue; their "due" reminders that have not gone are now stale.
  // (Counted in a SELECT: TypeORM answers a bare UPDATE … RETURNING with [rows, count].)
  const [overdue] = await session.query<{ n: number }>(
    `WITH marked AS (
       UPDATE review_tasks SET status = 'overdue', version = version + 1
       WHERE status = 'open' AND due_on < $1::date AND ($2::uuid IS NULL OR council_id = $2::uuid)
       RETURNING 1)
     SELECT count(*)::int AS n FROM marked`,
    [o.today, o.councilId ?? null],
  );
  result.overdue = overdue.n;
  // (Also those of a task completed by adopting a new version, which leaves its reminders to this and to delivery.)
  const [cancelled] = await session.query<{ n: number }>(
    `WITH stale AS (
       UPDATE reminders SET status = 'cancelled'
       WHERE kind = 'review_due' AND status = 'pending' AND deadline < $1::date AND review_task_id IS NOT NULL
         AND ($2::uuid IS NULL OR council_id = $2::uuid)
       RETURNING 1)
     SELECT count(*)::int AS n FROM stale`,
    [o.today, o.councilId ?? null],
  );
  result.cancelled = cancelled.n;
  return result;
}

/**
 * The sweep for one date (for callers that pass the settings one by one, such as tests and
 * benches): without a `clock`, reminders go from the start of their day in London, so "due" ones
 * go straight away. The worker runs reviewSweepJob, which passes REMINDER_TIME and SWEEP_TIMEZONE.
 */
export function runReviewSweep(session: Queryable, today: string, noticeDays: number, councilId?: string, clock: ReminderClock = START_OF_DAY): Promise<SweepResult> {
  return sweepReviews(session, { today, noticeDays, councilId, clock });
}
