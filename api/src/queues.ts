/** Queue names and job payloads, shared by the API (which enqueues and shows the dashboard) and the worker. */

export const QUEUES = {
  /** Scheduled sweeps across councils. */
  sweeps: 'accord-sweeps',
  /** One job per reminder that is due, carrying its id (Postgres holds the reminder itself). */
  reminders: 'accord-reminders',
} as const;

export const JOBS = {
  reviewSweep: 'review-sweep',
  sendReminder: 'send-reminder',
} as const;

/** The Job Scheduler id of the daily review sweep: upserting it twice keeps one schedule. */
export const DAILY_REVIEW_SWEEP = 'daily-review-sweep';

export interface ReviewSweepJob {
  /** The date to sweep for, YYYY-MM-DD; the worker uses today in Europe/London when absent. */
  today?: string;
  /** Limit the sweep to one council (a manual re-run); every council when absent. */
  councilId?: string;
}

export interface ReminderJob {
  reminderId: string;
  councilId: string;
}

/** A reminder's job id: the same reminder is never queued twice while its job exists. */
export const reminderJobId = (reminderId: string) => `reminder-${reminderId}`;
