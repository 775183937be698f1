import type { DataSource } from 'typeorm';
import type { AccordConfig } from '@accord/config';
import type { Scope } from '../domain/access';
import { RequestContext } from './context';

/** Sees (and may change) every council: what the worker's jobs act with. */
export const SYSTEM_SCOPE: Scope = { platformAdmin: true, readOnly: false, roles: new Map() };

/**
 * A request context for the worker: principal { kind: 'system' }, a scope over every
 * council, and a transaction (begun on first ctx.db()) in the system scope
 * (`accord.system`), as withSystemScope opens. The caller ends it with ctx.finish(commit).
 * Never made for a request on someone's behalf.
 */
export function systemContext(config: AccordConfig, ds: DataSource, options: SystemContextOptions = {}): RequestContext {
  return new RequestContext(config, ds, { kind: 'system' }, SYSTEM_SCOPE, undefined, null, async (s) => {
    await s.query(
      options.asyncCommit
        ? `SELECT set_config('accord.system', 'on', true), set_config('synchronous_commit', 'off', true)`
        : `SELECT set_config('accord.system', 'on', true)`,
    );
  });
}

export interface SystemContextOptions {
  /**
   * Commit without waiting for the WAL to reach disk (synchronous_commit off, for this
   * transaction only). Still atomic and in order; only a crash of Postgres itself can
   * lose the last few hundred milliseconds of such commits. For work that is safe to do
   * again, as reminder batches are (the same Message-ID, as after a crash of the worker).
   */
  asyncCommit?: boolean;
}

/** Runs fn with a fresh system context, committing when it returns and rolling back when it throws. */
export async function withSystemContext<T>(config: AccordConfig, ds: DataSource, fn: (ctx: RequestContext) => Promise<T>): Promise<T> {
  const ctx = systemContext(config, ds);
  let result: T;
  try {
    result = await fn(ctx);
  } catch (e) {
    await ctx.finish(false).catch(() => undefined);
    throw e;
  }
  await ctx.finish(true);
  return result;
}
