/** Queue names and job payloads, shared by the API (which enqueues and shows the dashboard) and the worker. */

export const QUEUES = {
  /** Scheduled sweeps across councils. */
  sweeps: 'accord-sweeps',
  /** Batches of due reminders: a job claims whatever is due in Postgres (see cases/reminder.job.ts). */
  reminders: 'accord-reminders',
  /** Parsing uploaded protocol documents (api/src/imports/import.job.ts). */
  imports: 'accord-imports',
  /** Batches of the mail outbox (invitations): a job sends whatever is due in Postgres (see users/outbox.job.ts). */
  outbox: 'accord-outbox',
} as const;

export const JOBS = {
  reviewSweep: 'review-sweep',
  deliverReminders: 'deliver-reminders',
  parseImport: 'parse-import',
  deliverOutbox: 'deliver-outbox',
} as const;

/** The Job Scheduler id of the daily review sweep: upserting it twice keeps one schedule. */
export const DAILY_REVIEW_SWEEP = 'daily-review-sweep';

export interface ReviewSweepJob {
  /** The date to sweep for, YYYY-MM-DD; the worker uses today in SWEEP_TIMEZONE when absent. */
  today?: string;
  /** Limit the sweep to one council (a manual re-run); every council when absent. */
  councilId?: string;
}

export type { DeliverRemindersJob } from './cases/reminder.job';
