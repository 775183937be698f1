import { GraphQLError } from 'graphql';

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED' | 'SERVICE_UNAVAILABLE';

const httpStatus: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 200,
  BAD_USER_INPUT: 200,
  CONFLICT: 200,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** An error meant for the caller: its code and message reach the client as they are. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>) {
    super(message, {
      extensions: {
        code,
        ...extra,
        ...(httpStatus[code] !== 200 ? { http: { status: httpStatus[code], ...(headers ? { headers: new Map(Object.entries(headers)) } : {}) } } : {}),
      },
    });
  }
}

export const unauthenticated = (message = 'Sign in to continue') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => new AppError('FORBIDDEN', message);
export const notFound = (what: string, id: string) => new AppError('NOT_FOUND', `${what} ${id} was not found`, { id });
export const conflict = (message: string, extra: Record<string, unknown> = {}) => new AppError('CONFLICT', message, extra);
/** Too many attempts: HTTP 429 with Retry-After (seconds), also in extensions.retryAfter. */
export const rateLimited = (message: string, retryAfter: number) =>
  new AppError('RATE_LIMITED', message, { retryAfter }, { 'retry-after': String(retryAfter) });
/** Busy for now: HTTP 503 with Retry-After (seconds). */
export const serviceUnavailable = (message: string, retryAfter: number) =>
  new AppError('SERVICE_UNAVAILABLE', message, { retryAfter }, { 'retry-after': String(retryAfter) });
/** Bad input: names the field in the message and in extensions.field. */
export const badInput = (field: string, message: string) =>
  new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field });

/** A stale expectedVersion: somebody else changed the record since the caller read it. */
export const staleVersion = (what: string, id: string, expected: number, actual: number) =>
  conflict(`${what} ${id} has been changed by someone else (you had version ${expected}, it is now ${actual}); reload it and try again`, {
    id,
    expectedVersion: expected,
    actualVersion: actual,
  });

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
