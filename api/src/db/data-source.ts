import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { types } from 'pg';
import type { AccordConfig } from '@accord/config';
import { entities } from './entities';
import { createLogger, TypeOrmLog, type Logger } from '../common/log';
import { Platform1763900000000 } from './migrations/1763900000000-Platform';
import { Protocols1764000000000 } from './migrations/1764000000000-Protocols';
import { Audit1764100000000 } from './migrations/1764100000000-Audit';
import { ChangeFeed1764200000000 } from './migrations/1764200000000-ChangeFeed';
import { RulesOfConduct1764300000000 } from './migrations/1764300000000-RulesOfConduct';
import { Casework1764400000000 } from './migrations/1764400000000-Casework';
import { CalendarScope1764500000000 } from './migrations/1764500000000-CalendarScope';
import { ReminderStatements1764600000000 } from './migrations/1764600000000-ReminderStatements';
import { ApiKeyUse1764650000000 } from './migrations/1764650000000-ApiKeyUse';
import { TokenVersion1764700000000 } from './migrations/1764700000000-TokenVersion';
import { ConfidentialCases1764750000000 } from './migrations/1764750000000-ConfidentialCases';
import { Vocabularies1764850000000 } from './migrations/1764850000000-Vocabularies';
import { ReminderBatches1764900000000 } from './migrations/1764900000000-ReminderBatches';
import { ReviewSweep1764950000000 } from './migrations/1764950000000-ReviewSweep';
import { StatedDates1765000000000 } from './migrations/1765000000000-StatedDates';
import { AuditWithoutTokenHashes1765090000000 } from './migrations/1765090000000-AuditWithoutTokenHashes';
import { ProtocolVocabulary1765200000000 } from './migrations/1765200000000-ProtocolVocabulary';
import { ProtocolImports1765400000000 } from './migrations/1765400000000-ProtocolImports';
import { ProtocolFormatTwo1765300000000 } from './migrations/1765300000000-ProtocolFormatTwo';
import { Invitations1765500000000 } from './migrations/1765500000000-Invitations';
import { ReportIndexes1765510000000 } from './migrations/1765510000000-ReportIndexes';
import { PublishedProtocols1765520000000 } from './migrations/1765520000000-PublishedProtocols';
import { CalendarFeedLanguage1765600000000 } from './migrations/1765600000000-CalendarFeedLanguage';
import { CaseVocabulary1765710000000 } from './migrations/1765710000000-CaseVocabulary';
import { BankHolidays1765730000000 } from './migrations/1765730000000-BankHolidays';
import { MailOutbox1765740000000 } from './migrations/1765740000000-MailOutbox';
import { CaseReportFacts1765810000000 } from './migrations/1765810000000-CaseReportFacts';

// DATE columns stay calendar dates ("2026-10-31"), never a JS Date at local midnight.
types.setTypeParser(types.builtins.DATE, (v) => v);

export const migrations = [Platform1763900000000, Protocols1764000000000, Audit1764100000000, ChangeFeed1764200000000, RulesOfConduct1764300000000, Casework1764400000000, CalendarScope1764500000000, ReminderStatements1764600000000, ApiKeyUse1764650000000, TokenVersion1764700000000, ConfidentialCases1764750000000, Vocabularies1764850000000, ReminderBatches1764900000000, ReviewSweep1764950000000, StatedDates1765000000000, AuditWithoutTokenHashes1765090000000, ProtocolVocabulary1765200000000, ProtocolFormatTwo1765300000000, ProtocolImports1765400000000, Invitations1765500000000, ReportIndexes1765510000000, PublishedProtocols1765520000000, CalendarFeedLanguage1765600000000, CaseVocabulary1765710000000, BankHolidays1765730000000, MailOutbox1765740000000, CaseReportFacts1765810000000];

/**
 * 'app' connects as the application role (subject to row-level security), used by
 * the API and the worker; 'owner' connects as the owner role and only runs migrations.
 */
export function createDataSource(config: AccordConfig, as: 'app' | 'owner' = 'app', log: Logger = createLogger('db', config.logLevel)): DataSource {
  const role = as === 'app' ? config.db.app : config.db.owner;
  return new DataSource({
    type: 'postgres',
    host: config.db.host,
    port: config.db.port,
    database: config.db.database,
    username: role.user,
    password: role.password,
    uuidExtension: 'pgcrypto',
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    // Failed SQL is logged without its parameters (they hold password hashes and case text).
    logger: new TypeOrmLog(log),
    poolSize: as === 'app' ? config.db.poolMax : 2,
    extra: { application_name: `accord-${as}`, ...(as === 'app' ? appConnectionLimits(config) : {}) },
  });
}

/**
 * Bounded waiting for the app role's pool (pg Pool and Client options): a caller
 * waits at most acquireMs for a connection (then DbSession.begin fails and the
 * request is answered 503), and Postgres cancels a statement running longer than
 * statementMs and ends a session left idle in a transaction for idleInTransactionMs,
 * so no bug can hold a connection (or a row lock) for ever.
 */
export function appConnectionLimits(config: AccordConfig): Record<string, unknown> {
  const t = config.db.timeouts;
  return {
    connectionTimeoutMillis: t.acquireMs,
    ...(t.statementMs > 0 ? { statement_timeout: t.statementMs } : {}),
    ...(t.idleInTransactionMs > 0 ? { idle_in_transaction_session_timeout: t.idleInTransactionMs } : {}),
    keepAlive: true,
  };
}
