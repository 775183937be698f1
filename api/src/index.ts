import 'reflect-metadata';

export { createDataSource, migrations } from './db/data-source';
export { ensureDatabase, migrate, applySqlDefinitions, dropDatabase, APP_GROUP_ROLE } from './db/setup';
export { DbSession, withSystemScope, isDatabaseUnavailable, SessionEndedError } from './db/session';
export { createServer, type AccordServer } from './server';
export { createSchema } from './schema';
export { createLogger, type Logger } from './common/log';
export { runReviewSweep, sweepReviews, localDate, type SweepResult, type SweepOptions } from './reviews/review-sweep';
export { runDailySweep } from './reviews/review-sweep.job';
export * from './domain/reviews';
export { instantAt, addDays } from './domain/local-time';
export { seedDemo, DEMO_COUNCILS, DEMO_USERS, DEMO_PASSWORD } from './seed/demo';
export { seedDemoCases } from './seed/demo-cases';
export { issueToken } from './auth/tokens';
export * from './domain/access';
export * from './domain/councils';
export * from './queues';
export { checkServices } from './db/preflight';
export { apiKeyRateLimit } from './common/rate-limit';
export { printSchemaFile, documentSchemaFile } from './schema-file';
export { parseDocument, readDocumentText, writeDocumentText, normalizeDocument, documentSchema, DOCUMENT_SCHEMA_PATH } from './domain/protocol-document';
export { nextStep, planCase, plannedReminders, type CaseStep } from './domain/casework';
export type { CalendarSpec } from './domain/calendar';
export { londonInstant } from './cases/reminder-times';
export { roleTitleIn } from './domain/glossary';
export { timelineNote, localeOfNation, type TimelineNote } from './cases/reminder-templates';
export {
  CASE_EVENT_KINDS,
  MESSAGE_KINDS,
  MESSAGE_LOCALES,
  NOTIFICATION_KINDS,
  type CaseEventKind,
  type MessageKind,
  type MessageLocale,
  type NotificationKind,
} from './domain/vocabularies';
export { systemContext, withSystemContext, SYSTEM_SCOPE } from './common/system-context';
export { defineJob, type JobDefinition } from './common/jobs';
export { RequestContext, type Principal } from './common/context';
export { smtpMailer, composeMessage, parseAddress, type Mailer, type OutgoingMail, type Address } from './common/mail';
export { ReminderService, type BatchResult, type DeliveryOptions, type ReminderOutcome } from './cases/reminder.service';
export { ReminderTrigger, deliverRemindersJob, REMINDER_BATCH_SIZE, REMINDERS_CHANNEL, type DeliverRemindersJob } from './cases/reminder.job';
export { OutboxTrigger, deliverOutboxJob, OUTBOX_BATCH_SIZE, OUTBOX_CHANNEL, type DeliverOutboxJob } from './users/outbox.job';
export { deliverOutbox, queueMail, type OutboxResult, type OutboxMail } from './users/outbox';
export { UserService } from './users/user.service';
export { allJobs, reviewSweepJob, type JobDeps } from './jobs';
export { ChangeListener } from './db/listen';
export { metrics, remindersHandled, reminderLag } from './common/metrics';
export { CaseService, lockCase } from './cases/case.service';
