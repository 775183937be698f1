import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * One database transaction on the application role, with the caller's council
 * scope set for row-level security (set_config(..., true): it ends with the
 * transaction, so a pooled connection never carries one caller's scope to the next).
 */
export class DbSession {
  private depth = 0;
  private done = false;
  /** Whether a change was attempted in this transaction (see atomic()). */
  wrote = false;
  /** Whether a statement failed because the database could not be reached (see isDatabaseUnavailable). */
  unavailable = false;

  private constructor(private readonly runner: QueryRunner) {
    serialise(runner, (sql) => {
      // Once end() has begun, only its COMMIT or ROLLBACK may still run on this connection.
      if (this.done && !/^(COMMIT|ROLLBACK)$/.test(sql)) throw new SessionEndedError();
      // TypeORM releases a connection that reported an error (Postgres stopped, the session terminated).
      if (!this.done && runner.isReleased) throw new ConnectionLostError();
    }, (e) => {
      if (isDatabaseUnavailable(e)) this.unavailable = true;
    });
  }

  static async begin(ds: DataSource): Promise<DbSession> {
    const runner = ds.createQueryRunner();
    const session = new DbSession(runner);
    try {
      await runner.connect();
    } catch (e) {
      await runner.release().catch(() => undefined);
      throw e;
    }
    try {
      await runner.startTransaction();
    } catch (e) {
      await runner.release();
      throw e;
    }
    return session;
  }

  /** Whether end() has been called (the transaction is over or ending). */
  get ended(): boolean {
    return this.done;
  }

  get manager(): EntityManager {
    return this.runner.manager;
  }

  query<T = unknown>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.runner.query(sql, params);
  }

  /** Adds councils to this transaction's scope (e.g. one just created below the caller's). */
  async extendScope(councilIds: string[]): Promise<void> {
    await this.query(
      `SELECT set_config('accord.council_ids', (accord_council_ids() || $1::uuid[])::text, true)`,
      [councilIds],
    );
  }

  /**
   * Runs fn all-or-nothing inside the request's transaction (a savepoint), so a
   * failed mutation leaves nothing half-written while earlier ones in the same
   * request stay as they were.
   */
  async atomic<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    this.wrote = true;
    const name = `sp_${++this.depth}`;
    await this.runner.query(`SAVEPOINT ${name}`);
    try {
      const result = await fn(this.manager);
      await this.runner.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (e) {
      await this.runner.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw e;
    } finally {
      this.depth--;
    }
  }

  /** Commits (or rolls back) and returns the connection to the pool. Safe to call twice. */
  async end(commit = true): Promise<void> {
    if (this.done) return;
    this.done = true;
    if (this.runner.isReleased) {
      // TypeORM released it when the connection reported an error: there is nothing to end.
      this.unavailable = true;
      if (commit) throw new ConnectionLostError();
      return;
    }
    try {
      if (commit) await this.runner.commitTransaction();
      else await this.runner.rollbackTransaction();
    } catch (e) {
      if (isDatabaseUnavailable(e)) this.unavailable = true;
      if (this.runner.isTransactionActive && !this.runner.isReleased) await this.runner.rollbackTransaction().catch(() => undefined);
      if (commit) throw e;
    } finally {
      await this.runner.release();
    }
  }
}

/** A statement or ctx.db() after the request's transaction ended (a resolver still running after the response). */
export class SessionEndedError extends Error {
  constructor() {
    super('The request has ended: its database session is closed');
  }
}

/** The request's connection was lost while its transaction was open (and TypeORM released it). */
export class ConnectionLostError extends Error {
  readonly code = 'ECONNRESET';
  constructor() {
    super('The database connection was lost');
  }
}

const UNAVAILABLE_CODES = /^(08|53|57P)/; // connection exception, insufficient resources, operator intervention (shutdown, starting up)
const UNAVAILABLE_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|connection error|not queryable|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|Cannot use a pool after calling end|server closed the connection/i;

/**
 * Whether an error means the database could not be reached or would not take the
 * work in time (no pool connection within PG_ACQUIRE_TIMEOUT_MS, Postgres down or
 * restarting, a statement cancelled by statement_timeout, a session ended by
 * idle_in_transaction_session_timeout): the caller should try again later (HTTP 503),
 * it is not their mistake and not a bug in the request.
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  for (let err = e as { driverError?: unknown; code?: unknown; message?: unknown; cause?: unknown } | undefined, i = 0; err && i < 4; i++) {
    const code = typeof err.code === 'string' ? err.code : '';
    if (UNAVAILABLE_CODES.test(code) || code === '57014' || code === '25P03') return true;
    if (/^E[A-Z]+$/.test(code) && UNAVAILABLE_MESSAGES.test(code)) return true;
    if (typeof err.message === 'string' && UNAVAILABLE_MESSAGES.test(err.message)) return true;
    if (err instanceof ConnectionLostError) return true;
    err = (err.driverError ?? err.cause) as typeof err;
  }
  return false;
}

/**
 * One connection runs one statement at a time. GraphQL resolves sibling fields
 * (and their DataLoaders) concurrently; queue their statements here rather than
 * rely on the driver's implicit queue, which pg 9 removes. check() runs as each
 * statement's turn comes (so one queued before the session ended is refused too);
 * failed() sees every failure.
 */
function serialise(runner: QueryRunner, check: (sql: string) => void, failed: (e: unknown) => void): void {
  const query = runner.query.bind(runner);
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const run = tail.then(() => {
      check(args[0]);
      return query(...args);
    });
    tail = run.catch((e) => failed(e));
    return run;
  }) as QueryRunner['query'];
}

/**
 * Runs fn in a transaction that sees every council: for the worker's sweeps, the
 * seed and sign-in, never for a request made on someone's behalf.
 */
export async function withSystemScope<T>(ds: DataSource, fn: (s: DbSession) => Promise<T>): Promise<T> {
  const session = await DbSession.begin(ds);
  try {
    await session.query(`SELECT set_config('accord.system', 'on', true)`);
    const result = await fn(session);
    await session.end(true);
    return result;
  } catch (e) {
    await session.end(false);
    throw e;
  }
}
