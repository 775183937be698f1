import type { DbSession } from '../db/session';

export interface SweepResult {
  /** Notifications recorded by this run (0 when an earlier or concurrent run already recorded them). */
  recorded: number;
}

/**
 * Records, once per council per review date, a notification for each council
 * whose protocol review is due within `noticeDays` of `today` or already past.
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
    `INSERT INTO notifications (council_id, kind, dedupe_key, subject, body, due_date)
     SELECT c.id,
            CASE WHEN c.next_review_due < $1::date THEN 'review_overdue' ELSE 'review_due' END,
            'review:' || c.next_review_due::text,
            CASE WHEN c.next_review_due < $1::date
                 THEN 'Protocol review overdue: ' || c.name
                 ELSE 'Protocol review due: ' || c.name END,
            CASE WHEN c.next_review_due < $1::date
                 THEN 'The member/officer protocol of ' || c.name || ' was due for review on '
                      || to_char(c.next_review_due, 'FMDD FMMonth YYYY') || '.'
                 ELSE 'The member/officer protocol of ' || c.name || ' is due for review on '
                      || to_char(c.next_review_due, 'FMDD FMMonth YYYY') || '.' END,
            c.next_review_due
     FROM councils c
     WHERE c.next_review_due IS NOT NULL AND c.next_review_due <= $1::date + $2::int
       AND ($3::uuid IS NULL OR c.id = $3::uuid)
     ON CONFLICT (council_id, dedupe_key) DO NOTHING
     RETURNING id`,
    [today, noticeDays, councilId ?? null],
  );
  return { recorded: rows.length };
}

/** Today's date in a time zone, as YYYY-MM-DD. */
export function localDate(timeZone: string, at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
