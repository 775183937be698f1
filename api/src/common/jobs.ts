import type { RequestContext } from './context';

/**
 * A background job, defined beside its feature (reminders with cases, the sweep with
 * reviews) and only registered by the worker process: the worker makes a fresh
 * system context (see system-context.ts) for each attempt, calls handle(), and ends
 * the context's transaction itself (commit when handle returns, roll back when it throws).
 * A handler that must commit part of its work before something irreversible (an
 * e-mail) may call ctx.finish() itself; the registrar's finish is then a no-op.
 */
export interface JobDefinition<D = unknown> {
  queue: string;
  name: string;
  concurrency?: number;
  /** Commit its transactions without waiting for the disk (see SystemContextOptions.asyncCommit). */
  asyncCommit?: boolean;
  /** runs with a fresh system context per attempt; the registrar calls ctx.finish() */
  handle(ctx: RequestContext, data: D, job: { id?: string; attemptsMade: number; attempts?: number }): Promise<unknown>;
}

/** Declares a job with its payload type checked, stored as JobDefinition<unknown> in lists. */
export const defineJob = <D>(job: JobDefinition<D>): JobDefinition<D> => job;
