/**
 * The next review date a council keeps when a protocol version is adopted (issue 12, point 12:
 * review dates are never lost; adoption keeps or asks). Pure.
 *
 * - A date given is taken.
 * - keep: true keeps the council's date (the schedule's when it holds none); keep: false takes the
 *   schedule's (the council's when the schedule computes none: a date is never dropped).
 * - Neither said: a schedule with no computable date keeps the council's; a council with no date
 *   takes the schedule's; the same date is no question. When they differ, the schedule's replaces
 *   the council's only if the council's is the one Accord itself set at the last adoption or
 *   reaffirmation (the version in force's next review date): a new version starts its own cycle.
 *   A date typed on the council (any other) is never overwritten unasked: refused, to be said.
 */
export type ReviewDateChoice =
  | { ok: true; date: string | null; from: 'given' | 'council' | 'schedule' }
  | { ok: false; council: string; schedule: string };

export interface ReviewDateQuestion {
  /** nextReviewDue given at adoption. */
  given?: string | null;
  /** keepNextReviewDue given at adoption (undefined/null: not said). */
  keep?: boolean | null;
  /** The council's next review date now. */
  council: string | null;
  /** The next review date of the version in force, which adoption and reaffirmation set (null: none in force). */
  inForce: string | null;
  /** What the adopted version's schedule computes, or null (no period, nothing to count from). */
  schedule: string | null;
}

export function reviewDateAtAdoption(q: ReviewDateQuestion): ReviewDateChoice {
  if (q.given) return { ok: true, date: q.given, from: 'given' };
  if (q.keep === true) return q.council ? { ok: true, date: q.council, from: 'council' } : { ok: true, date: q.schedule, from: 'schedule' };
  if (q.keep === false) return q.schedule ? { ok: true, date: q.schedule, from: 'schedule' } : { ok: true, date: q.council, from: 'council' };
  if (!q.schedule) return { ok: true, date: q.council, from: 'council' };
  if (!q.council || q.council === q.schedule) return { ok: true, date: q.schedule, from: 'schedule' };
  if (q.inForce !== null && q.council === q.inForce) return { ok: true, date: q.schedule, from: 'schedule' };
  return { ok: false, council: q.council, schedule: q.schedule };
}

/** True when adopting needs the council to say which next review date to keep (what the admin's adopt dialog asks). */
export const reviewDatesDiffer = (council: string | null, schedule: string | null): boolean => !!council && !!schedule && council !== schedule;
