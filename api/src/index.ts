import 'reflect-metadata';

export { createDataSource, migrations } from './db/data-source';
export { ensureDatabase, migrate, applySqlDefinitions, dropDatabase, APP_GROUP_ROLE } from './db/setup';
export { DbSession, withSystemScope, isDatabaseUnavailable, SessionEndedError } from './db/session';
export { RequestContext } from './common/context';
export { createServer, type AccordServer } from './server';
export { createSchema } from './schema';
export { createLogger, type Logger } from './common/log';
export { runReviewSweep, localDate, type SweepResult } from './reviews/review-sweep';
export { seedDemo, DEMO_COUNCILS, DEMO_USERS, DEMO_PASSWORD } from './seed/demo';
export { seedDemoCases } from './seed/demo-cases';
export { issueToken } from './auth/tokens';
export * from './domain/access';
export * from './domain/councils';
export * from './queues';
export { checkServices } from './db/preflight';
export { apiKeyRateLimit } from './common/rate-limit';
export { printSchemaFile } from './schema-file';
export { syncReminders } from './cases/case.service';
export { nextStep, planCase, plannedReminders, type CaseStep } from './domain/casework';
export type { CalendarSpec } from './domain/calendar';
export { londonInstant } from './cases/reminder-times';
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
