/**
 * Structured logging with pino: one JSON line per event, level from config.
 *
 * - Every line written while a request is being handled carries that request's
 *   id, principal and council ids (see request-log.ts), whichever module logs it.
 * - Errors are reduced to their type, message, code, stack and (for SQL) the
 *   statement text: never the SQL parameters, the driver's error or its detail,
 *   which carry the values (an argon2 hash, a case's text).
 * - Fields that name a secret (passwords and their hashes, tokens, keys,
 *   authorization and cookie headers, GraphQL variables, SQL parameters) are
 *   redacted wherever a caller passes them.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type DestinationStream } from 'pino';
import type { Logger as TypeOrmLogger } from 'typeorm';

const levels = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof levels)[number];

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/** What every line logged during one request carries. */
export interface LogContext {
  requestId: string;
  principal?: string;
  councilIds?: string[];
  operation?: string;
}

const requestLogContext = new AsyncLocalStorage<LogContext>();

/** Runs fn with `context` added to every line logged inside it (across awaits). */
export const withLogContext = <T>(context: LogContext, fn: () => T): T => requestLogContext.run(context, fn);

/** Adds to the current request's log context (who the caller turned out to be, the operation); no-op outside a request. */
export function addLogContext(fields: Partial<LogContext>): void {
  const store = requestLogContext.getStore();
  if (store) Object.assign(store, fields);
}

export const currentLogContext = (): LogContext | undefined => requestLogContext.getStore();

/** Keys whose values are never written, at the top level or one or two levels down. */
const SECRET_KEYS = [
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'password_hash',
  'token',
  'tokenHash',
  'token_hash',
  'secret',
  'secretHash',
  'secret_hash',
  'jwtSecret',
  'apiKey',
  'authorization',
  'cookie',
  'set-cookie',
  'variables',
  'parameters',
];
const REDACT_PATHS = SECRET_KEYS.flatMap((k) => {
  const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : `["${k}"]`;
  const join = (prefix: string) => (key.startsWith('[') ? `${prefix}${key}` : `${prefix}.${key}`);
  return [key, join('*'), join('*.*')];
});

/** An error as a log line may show it: no parameters, driver error or detail (they hold the values). */
export function safeError(e: unknown, depth = 0): unknown {
  if (typeof e !== 'object' || e === null) return e;
  // An Error, or one already made safe (pino runs serializers on what callers pass): the same few fields either way.
  const x = e as { constructor?: { name?: string }; type?: unknown; message?: unknown; code?: unknown; query?: unknown; stack?: unknown; cause?: unknown };
  return {
    type: e instanceof Error ? (x.constructor?.name ?? 'Error') : typeof x.type === 'string' ? x.type : 'Error',
    message: typeof x.message === 'string' ? x.message : 'non-error thrown',
    ...(typeof x.code === 'string' || typeof x.code === 'number' ? { code: x.code } : {}),
    ...(typeof x.query === 'string' ? { query: x.query } : {}),
    ...(typeof x.stack === 'string' ? { stack: x.stack } : {}),
    ...(x.cause !== undefined && depth < 3 ? { cause: safeError(x.cause, depth + 1) } : {}),
  };
}

/**
 * A logger named `name` (api, worker, db…). Lines go to stdout, warnings and errors to
 * stderr, unless `destination` is given (tests capture lines with it).
 */
export function createLogger(name: string, level: LogLevel = 'info', destination?: DestinationStream): Logger {
  const stream =
    destination ??
    pino.multistream(
      [
        { level: 'debug', stream: process.stdout },
        { level: 'warn', stream: process.stderr },
      ],
      { dedupe: true },
    );
  const p = pino(
    {
      name,
      level,
      base: { name },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: safeError, err: safeError, cause: safeError },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      mixin: () => ({ ...requestLogContext.getStore() }),
    },
    stream,
  );
  const write = (lvl: Exclude<LogLevel, 'silent'>) => (msg: string, fields: Record<string, unknown> = {}) => {
    if (p.isLevelEnabled(lvl)) p[lvl](fields, msg);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/**
 * TypeORM's log routed to our logger. A failed statement is logged with its text and the
 * error's message and code, never with its parameters; statements themselves only at debug.
 */
export class TypeOrmLog implements TypeOrmLogger {
  constructor(private readonly out: Logger) {}

  logQuery(query: string): void {
    this.out.debug('sql', { query });
  }

  logQueryError(error: string | Error, query: string): void {
    this.out.warn('sql failed', { error: typeof error === 'string' ? { message: error } : safeError(error), query });
  }

  logQuerySlow(time: number, query: string): void {
    this.out.warn('sql slow', { ms: time, query });
  }

  logSchemaBuild(message: string): void {
    this.out.debug('schema build', { detail: message });
  }

  logMigration(message: string): void {
    // The setup commands print their own summary of what ran.
    this.out.debug('migration', { detail: message });
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    const text = typeof message === 'string' ? message : message instanceof Error ? message.message : 'typeorm message';
    if (level === 'warn') this.out.warn('typeorm', { detail: text });
    else this.out.debug('typeorm', { detail: text });
  }
}
