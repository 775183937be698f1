/**
 * Dates as a protocol states them (issue 12, format version 2): a year ("2023"), a year and
 * month ("2023-01", "last updated January 2023") or a full date ("2023-01-17"); absent means
 * "not stated". Only a full date can start a computed review date. Pure.
 */

/** YYYY, YYYY-MM or YYYY-MM-DD (a real day). */
export function isStatedDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/.test(s)) return false;
  return s.length < 10 || isFullDate(s);
}

/** YYYY-MM-DD, a day that exists. */
export function isFullDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const STATED_DATE_MESSAGE = 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD';

/** The first day a stated date covers ("2023" → "2023-01-01"), for ordering versions in force. */
export function statedDateStart(s: string): string {
  return s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_CY = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];

/** "2023" → "2023", "2023-01" → "January 2023", "2023-01-17" → "17 January 2023" (or in Welsh). */
export function describeStatedDate(s: string, language: 'en' | 'cy' = 'en'): string {
  const months = language === 'cy' ? MONTHS_CY : MONTHS_EN;
  const [y, m, d] = s.split('-');
  if (!m) return y;
  if (!d) return `${months[Number(m) - 1]} ${y}`;
  return `${Number(d)} ${months[Number(m) - 1]} ${y}`;
}

/** A full date plus whole months, the day kept where the month has it (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = m - 1 + months;
  const year = y + Math.floor(total / 12);
  const month = ((total % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

export interface StatedReview {
  adoptedOn?: string;
  effectiveFrom?: string;
  reviewEveryMonths?: number;
  reviewOn?: string;
}

/**
 * The next review date a schedule gives: its fixed review date, else adoption (or effect)
 * plus the period, and only from a full date; null when none can be computed.
 */
export function scheduledReview(review: StatedReview): string | null {
  if (review.reviewOn && isFullDate(review.reviewOn)) return review.reviewOn;
  const from = review.effectiveFrom ?? review.adoptedOn;
  if (!from || !isFullDate(from) || !review.reviewEveryMonths) return null;
  return addMonths(from, review.reviewEveryMonths);
}

/** Why a schedule gives no next review date, in words; null when it gives one or says nothing of reviews. */
export function reviewNote(review: StatedReview): string | null {
  if (scheduledReview(review) !== null) return null;
  if (review.reviewOn) return `The review is due ${describeStatedDate(review.reviewOn)}; no day is stated, so no next review date is computed`;
  if (!review.reviewEveryMonths) return null;
  const every = review.reviewEveryMonths === 12 ? 'every year' : `every ${review.reviewEveryMonths} months`;
  const from = review.effectiveFrom ?? review.adoptedOn;
  return from
    ? `Reviewed ${every}; the protocol states ${describeStatedDate(from)} without a day, so the next review date is not computed`
    : `Reviewed ${every}; the protocol states no date to count from, so the next review date is not computed`;
}

/**
 * The next review after a reaffirmation: one period on from the meeting that reaffirmed the
 * protocol, or else from the date the review was due (not from the day it was recorded), moved
 * on by whole periods until it is after today.
 */
export function reaffirmedReview(options: { dueOn: string; meetingOn?: string | null; everyMonths: number; today: string }): string {
  const from = options.meetingOn ?? options.dueOn;
  let next = addMonths(from, options.everyMonths);
  for (let n = 2; next <= options.today && n < 1000; n++) next = addMonths(from, options.everyMonths * n);
  return next;
}
