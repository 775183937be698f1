/**
 * Annual protocol reviews: when a council's review calls for a task, and which reminders the task
 * carries and when they go. Pure; the sweep (api/src/reviews/review-sweep.ts) uses it. Whether a
 * reminder still goes when its time comes (a "due" one not after the date) is one rule for every
 * reminder, reminderVerdict in domain/reminders.ts.
 */
import { addDays, instantAt } from './local-time';
import type { REVIEW_REMINDER_KINDS } from './vocabularies';

export type ReviewReminderKind = (typeof REVIEW_REMINDER_KINDS)[number];

/** When reminders go: the configured REMINDER_TIME (HH:MM) in the configured SWEEP_TIMEZONE. */
export interface ReminderClock {
  reminderTime: string;
  timeZone: string;
}

/**
 * The status a review task is made with on `today`, or null when the review date is not yet within
 * `noticeDays` (or there is no date): 'overdue' once the date has passed, else 'open'.
 */
export function reviewTaskStatus(reviewDue: string | null, today: string, noticeDays: number): 'open' | 'overdue' | null {
  if (!reviewDue) return null;
  if (reviewDue < today) return 'overdue';
  return reviewDue <= addDays(today, noticeDays) ? 'open' : null;
}

export interface PlannedReviewReminder {
  kind: ReviewReminderKind;
  sendAt: Date;
}

/**
 * The reminders of a review task made on `today` (at `now`) for the review date `dueOn`, each at the
 * reminder time of its day (or straight away when that time has passed), as case reminders go:
 * - "due": on the day the task is made, only while the date has not passed (after it, "overdue" speaks instead);
 * - "overdue": the day after the date.
 */
export function plannedReviewReminders(dueOn: string, today: string, now: Date, clock: ReminderClock): PlannedReviewReminder[] {
  const on = (day: string) => {
    const at = instantAt(day, clock.reminderTime, clock.timeZone);
    return at < now ? now : at;
  };
  const planned: PlannedReviewReminder[] = [];
  if (dueOn >= today) planned.push({ kind: 'review_due', sendAt: on(today) });
  planned.push({ kind: 'review_overdue', sendAt: on(addDays(dueOn, 1)) });
  return planned;
}
