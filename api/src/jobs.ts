import type { AccordConfig } from '@accord/config';
import type { JobDefinition } from './common/jobs';
import type { Mailer } from './common/mail';
import { deliverRemindersJob } from './cases/reminder.job';
import { reviewSweepJob } from './reviews/review-sweep.job';
import { parseImportJob } from './imports/import.job';
import { deliverOutboxJob } from './users/outbox.job';

export { reviewSweepJob };

/** What jobs need from the process that runs them. */
export interface JobDeps {
  mailer: Mailer;
  /** Reminders per batch (default REMINDER_BATCH_SIZE). */
  reminderBatchSize?: number;
}

/** Every background job of Accord, each defined beside its feature; the worker process registers these and nothing else. */
export function allJobs(config: AccordConfig, deps: JobDeps): JobDefinition<any>[] {
  return [deliverRemindersJob(config, deps.mailer, deps.reminderBatchSize), reviewSweepJob as JobDefinition<any>, parseImportJob as JobDefinition<any>, deliverOutboxJob(config, deps.mailer) as JobDefinition<any>];
}
