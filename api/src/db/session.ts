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

  private constructor(private readonly runner: QueryRunner) {}

  static async begin(ds: DataSource): Promise<DbSession> {
    const runner = ds.createQueryRunner();
    serialise(runner);
    await runner.connect();
    try {
      await runner.startTransaction();
    } catch (e) {
      await runner.release();
      throw e;
    }
    return new DbSession(runner);
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
    try {
      if (commit) await this.runner.commitTransaction();
      else await this.runner.rollbackTransaction();
    } catch (e) {
      if (this.runner.isTransactionActive) await this.runner.rollbackTransaction().catch(() => undefined);
      if (commit) throw e;
    } finally {
      await this.runner.release();
    }
  }
}

/**
 * One connection runs one statement at a time. GraphQL resolves sibling fields
 * (and their DataLoaders) concurrently; queue their statements here rather than
 * rely on the driver's implicit queue, which pg 9 removes.
 */
function serialise(runner: QueryRunner): void {
  const query = runner.query.bind(runner);
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const run = tail.then(() => query(...args));
    tail = run.catch(() => undefined);
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
