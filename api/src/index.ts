import 'reflect-metadata';

export { createDataSource, migrations } from './db/data-source';
export { ensureDatabase, migrate, dropDatabase, APP_GROUP_ROLE } from './db/setup';
export { DbSession, withSystemScope } from './db/session';
export { createServer, type AccordServer } from './server';
export { createSchema } from './schema';
export { createLogger, type Logger } from './common/log';
export { runReviewSweep, localDate, type SweepResult } from './reviews/review-sweep';
export { seedDemo, DEMO_COUNCILS, DEMO_USERS, DEMO_PASSWORD } from './seed/demo';
export { issueToken } from './auth/tokens';
export * from './domain/access';
export * from './domain/councils';
export * from './queues';
export { checkServices } from './db/preflight';
export { apiKeyRateLimit } from './common/rate-limit';
export { printSchemaFile } from './schema-file';
