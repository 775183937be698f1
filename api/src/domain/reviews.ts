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
 * The reminders of a review task made on `today` (at `now`) for the review date `dueOn`:
 * - "due": straight away, only while the date has not passed (after it, "overdue" speaks instead);
 * - "overdue": the day after the date at the reminder time (straight away if that has passed too).
 */
export function plannedReviewReminders(dueOn: string, today: string, now: Date, clock: ReminderClock): PlannedReviewReminder[] {
  const planned: PlannedReviewReminder[] = [];
  if (dueOn >= today) planned.push({ kind: 'review_due', sendAt: now });
  const overdueAt = instantAt(addDays(dueOn, 1), clock.reminderTime, clock.timeZone);
  planned.push({ kind: 'review_overdue', sendAt: overdueAt < now ? now : overdueAt });
  return planned;
}
