/**
 * One typed configuration for the API and the worker, validated from the
 * environment. Every value has a default that suits a local machine with
 * PostgreSQL and Redis on 127.0.0.1, so `npm start` works with no .env file.
 */
import { availableParallelism } from 'node:os';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** The published development secret: anyone who reads the code can sign tokens with it. */
export const DEV_JWT_SECRET = 'dev-only-secret-change-me-0123456789abcdef';

/** 127.0.0.0/8, ::1 and localhost: an API bound there is reachable from this machine only. */
export const isLoopback = (host: string) => /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\]|::ffff:127(\.\d{1,3}){3})$/i.test(host.trim());

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),

  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Public base URL, used in printed links and e-mails. */
  PUBLIC_URL: z.string().url().optional(),
  /** Directory of the built admin app, served at /admin when present. */
  ADMIN_DIST: z.string().optional(),

  PGHOST: z.string().default('127.0.0.1'),
  PGPORT: z.coerce.number().int().default(5432),
  PGDATABASE: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'PGDATABASE must be a plain lower-case identifier').default('accord'),
  /** Superuser (or CREATEROLE + CREATEDB) used only by `db:setup` to create the database and roles. */
  PG_ADMIN_USER: z.string().default('postgres'),
  PG_ADMIN_PASSWORD: z.string().default(''),
  /** Owner role: owns every table, runs migrations. */
  PG_OWNER_USER: z.string().default('accord_owner'),
  PG_OWNER_PASSWORD: z.string().default('accord_owner'),
  /** Application role: owns nothing, no BYPASSRLS; API and worker connect as it. */
  PG_APP_USER: z.string().default('accord_app'),
  PG_APP_PASSWORD: z.string().default('accord_app'),
  PG_POOL_MAX: z.coerce.number().int().min(1).default(10),
  /** How long a request waits for a pool connection (or a new connection) before it is answered 503. */
  PG_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).default(3_000),
  /** statement_timeout for the app's connections: a statement running longer is cancelled (0 = off). */
  PG_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  /** idle_in_transaction_session_timeout for the app's connections: Postgres ends a session left idle in a transaction (0 = off). */
  PG_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(60_000),

  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  /** Key prefix for every BullMQ key, so several deployments (or test runs) share one Redis. */
  REDIS_PREFIX: z.string().min(1).default('accord'),

  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').default(DEV_JWT_SECRET),
  JWT_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(3600),
  /** The oldest a token may be (from its iat), whatever its exp says; at least JWT_TTL_SECONDS (the default). */
  JWT_MAX_AGE_SECONDS: z.coerce.number().int().min(60).max(86400).optional(),
  /** Sign-in throttling (Redis): failed sign-ins allowed per account, and per client address, in each window. */
  SIGN_IN_ACCOUNT_LIMIT: z.coerce.number().int().min(1).default(10),
  SIGN_IN_ADDRESS_LIMIT: z.coerce.number().int().min(1).default(100),
  SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** Password hashes (argon2) computed at once; default half the CPUs (at least 1). */
  PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(1).optional(),
  /** How long a sign-in waits for a free hashing slot before a 503. */
  PASSWORD_HASH_WAIT_MS: z.coerce.number().int().min(0).default(5000),

  /** Daily review sweep, cron pattern in Europe/London. */
  SWEEP_CRON: z.string().default('0 6 * * *'),
  SWEEP_TIMEZONE: z.string().default('Europe/London'),
  REVIEW_NOTICE_DAYS: z.coerce.number().int().min(0).default(30),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).default(4),
  /** Working days before a deadline that the handler is reminded. */
  REMINDER_LEAD_DAYS: z.coerce.number().int().min(0).max(20).default(1),
  /** The local time reminders are sent on their day (HH:MM, Europe/London). */
  REMINDER_TIME: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM').default('08:00'),
  /** How often the worker looks for due reminders Redis lacks (milliseconds). */
  RECONCILE_EVERY_MS: z.coerce.number().int().min(200).default(15_000),
  /** How long a job's lock lasts: a killed worker's jobs are taken up again after about this long. */
  WORKER_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
  /** Attempts at sending a reminder (retried with exponential backoff from REMINDER_BACKOFF_MS) before it shows as failed. */
  REMINDER_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  REMINDER_BACKOFF_MS: z.coerce.number().int().min(10).default(2_000),

  SMTP_HOST: z.string().default('127.0.0.1'),
  SMTP_PORT: z.coerce.number().int().default(1025),
  SMTP_FROM: z.string().default('Accord <no-reply@accord.local>'),
  /** TLS from the start (port 465). Otherwise STARTTLS is used when the server offers it, and required with SMTP_REQUIRE_TLS. */
  SMTP_SECURE: bool.default(false),
  SMTP_REQUIRE_TLS: bool.default(false),
  /** The most SMTP connections the worker keeps open at once (default: sixteen per job it runs at once). */
  SMTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).optional(),
  /** Credentials for servers that want them (both or neither). */
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),

  GRAPHQL_INTROSPECTION: bool.optional(),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(3).default(12),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(30),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(100).default(20000),
  /** Requests per minute per API key (signed-in people are not limited). */
  API_KEY_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  /** A request body not received in full within this time is answered 408 and its connection closed. */
  HTTP_BODY_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** node:http headersTimeout and requestTimeout (whole request, headers and body). */
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  /** Bearer token for GET /metrics (Prometheus); unset, the endpoint is off (404). */
  // Empty means unset (compose passes ${METRICS_TOKEN:-}): /metrics is then off.
  METRICS_TOKEN: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional()),
});

export type Env = z.infer<typeof schema>;

export interface AccordConfig {
  env: Env['NODE_ENV'];
  logLevel: Env['LOG_LEVEL'];
  api: {
    host: string;
    port: number;
    publicUrl: string;
    adminDist?: string;
    introspection: boolean;
    limits: { maxDepth: number; maxAliases: number; maxCost: number; apiKeyPerMinute: number };
    timeouts: { bodyMs: number; headersMs: number; requestMs: number };
    metricsToken?: string;
  };
  db: {
    host: string;
    port: number;
    database: string;
    admin: { user: string; password: string };
    owner: { user: string; password: string };
    app: { user: string; password: string };
    poolMax: number;
    /** Milliseconds: waiting for a pool connection; statement_timeout; idle_in_transaction_session_timeout. */
    timeouts: { acquireMs: number; statementMs: number; idleInTransactionMs: number };
  };
  redis: { url: string; prefix: string };
  auth: {
    jwtSecret: string;
    jwtTtlSeconds: number;
    jwtMaxAgeSeconds: number;
    signIn: { accountLimit: number; addressLimit: number; windowSeconds: number };
    hashing: { concurrency: number; waitMs: number };
  };
  worker: {
    sweepCron: string;
    sweepTimezone: string;
    reviewNoticeDays: number;
    concurrency: number;
    reminderLeadDays: number;
    reminderTime: string;
    reconcileEveryMs: number;
    lockMs: number;
    reminderAttempts: number;
    reminderBackoffMs: number;
  };
  smtp: { host: string; port: number; from: string; secure: boolean; requireTls: boolean; maxConnections?: number; auth?: { user: string; pass: string } };
}

export class ConfigError extends Error {}

/** Reads and validates the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AccordConfig {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.JWT_MAX_AGE_SECONDS !== undefined && e.JWT_MAX_AGE_SECONDS < e.JWT_TTL_SECONDS) {
    throw new ConfigError('Invalid configuration:\n  JWT_MAX_AGE_SECONDS: must be at least JWT_TTL_SECONDS');
  }
  // The default secret signs tokens anyone could forge: only for tests, and for development on this machine alone.
  if (e.JWT_SECRET === DEV_JWT_SECRET && !(e.NODE_ENV === 'test' || (e.NODE_ENV === 'development' && isLoopback(e.API_HOST)))) {
    const why = e.NODE_ENV === 'production' ? 'NODE_ENV is production' : `API_HOST ${e.API_HOST} is not a loopback address`;
    throw new ConfigError(
      `Invalid configuration:\n  JWT_SECRET: the built-in development secret is public and only allowed in tests or in development bound to a loopback address (${why}); set JWT_SECRET to a random value of 32 or more characters (e.g. openssl rand -hex 32)`,
    );
  }
  return {
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    api: {
      host: e.API_HOST,
      port: e.API_PORT,
      publicUrl: e.PUBLIC_URL ?? `http://${e.API_HOST === '0.0.0.0' ? 'localhost' : e.API_HOST}:${e.API_PORT}`,
      adminDist: e.ADMIN_DIST,
      introspection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production',
      limits: { maxDepth: e.GRAPHQL_MAX_DEPTH, maxAliases: e.GRAPHQL_MAX_ALIASES, maxCost: e.GRAPHQL_MAX_COST, apiKeyPerMinute: e.API_KEY_RATE_LIMIT },
      timeouts: { bodyMs: e.HTTP_BODY_TIMEOUT_MS, headersMs: e.HTTP_HEADERS_TIMEOUT_MS, requestMs: e.HTTP_REQUEST_TIMEOUT_MS },
      ...(e.METRICS_TOKEN ? { metricsToken: e.METRICS_TOKEN } : {}),
    },
    db: {
      host: e.PGHOST,
      port: e.PGPORT,
      database: e.PGDATABASE,
      admin: { user: e.PG_ADMIN_USER, password: e.PG_ADMIN_PASSWORD },
      owner: { user: e.PG_OWNER_USER, password: e.PG_OWNER_PASSWORD },
      app: { user: e.PG_APP_USER, password: e.PG_APP_PASSWORD },
      poolMax: e.PG_POOL_MAX,
      timeouts: {
        acquireMs: e.PG_ACQUIRE_TIMEOUT_MS,
        statementMs: e.PG_STATEMENT_TIMEOUT_MS,
        idleInTransactionMs: e.PG_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      },
    },
    redis: { url: e.REDIS_URL, prefix: e.REDIS_PREFIX },
    auth: {
      jwtSecret: e.JWT_SECRET,
      jwtTtlSeconds: e.JWT_TTL_SECONDS,
      jwtMaxAgeSeconds: e.JWT_MAX_AGE_SECONDS ?? e.JWT_TTL_SECONDS,
      signIn: { accountLimit: e.SIGN_IN_ACCOUNT_LIMIT, addressLimit: e.SIGN_IN_ADDRESS_LIMIT, windowSeconds: e.SIGN_IN_WINDOW_SECONDS },
      hashing: { concurrency: e.PASSWORD_HASH_CONCURRENCY ?? Math.max(1, Math.floor(availableParallelism() / 2)), waitMs: e.PASSWORD_HASH_WAIT_MS },
    },
    worker: {
      sweepCron: e.SWEEP_CRON,
      sweepTimezone: e.SWEEP_TIMEZONE,
      reviewNoticeDays: e.REVIEW_NOTICE_DAYS,
      concurrency: e.WORKER_CONCURRENCY,
      reminderLeadDays: e.REMINDER_LEAD_DAYS,
      reminderTime: e.REMINDER_TIME,
      reconcileEveryMs: e.RECONCILE_EVERY_MS,
      lockMs: e.WORKER_LOCK_MS,
      reminderAttempts: e.REMINDER_ATTEMPTS,
      reminderBackoffMs: e.REMINDER_BACKOFF_MS,
    },
    smtp: {
      host: e.SMTP_HOST,
      port: e.SMTP_PORT,
      from: e.SMTP_FROM,
      secure: e.SMTP_SECURE,
      requireTls: e.SMTP_REQUIRE_TLS,
      ...(e.SMTP_MAX_CONNECTIONS ? { maxConnections: e.SMTP_MAX_CONNECTIONS } : {}),
      ...(e.SMTP_USER ? { auth: { user: e.SMTP_USER, pass: e.SMTP_PASSWORD ?? '' } } : {}),
    },
  };
}
