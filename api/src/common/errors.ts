import { GraphQLError } from 'graphql';
import { Message, THINGS, msg, type Language, type Thing } from './messages';

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

/**
 * An error meant for the caller: its code reaches the client as it is, its message in the
 * caller's language (see format-error.ts). `message` itself is the English, for logs.
 */
export class AppError extends GraphQLError {
  readonly text: Message;
  constructor(code: ErrorCode, message: Message, extra: Record<string, unknown> = {}, headers?: Record<string, string>) {
    super(message.in('en'), {
      extensions: {
        code,
        ...extra,
        ...(httpStatus[code] !== 200 ? { http: { status: httpStatus[code], ...(headers ? { headers: new Map(Object.entries(headers)) } : {}) } } : {}),
      },
    });
    this.text = message;
  }

  /** The message in a language of the catalogue. */
  messageIn(lang: Language): string {
    return this.text.in(lang);
  }
}

export const unauthenticated = (message = msg('auth.signIn')) => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message: Message) => new AppError('FORBIDDEN', message);
/** NOT_FOUND naming the thing (and, where the caller gave one, the key or id it asked for). */
export const notFound = (what: Thing | Message, id: string) =>
  new AppError('NOT_FOUND', msg('record.notFound', { what: typeof what === 'string' ? THINGS[what] : what, id }), { id });
export const conflict = (message: Message, extra: Record<string, unknown> = {}) => new AppError('CONFLICT', message, extra);
/** Too many attempts: HTTP 429 with Retry-After (seconds), also in extensions.retryAfter. */
export const rateLimited = (message: Message, retryAfter: number) =>
  new AppError('RATE_LIMITED', message, { retryAfter }, { 'retry-after': String(retryAfter) });
/** Busy for now: HTTP 503 with Retry-After (seconds). */
export const serviceUnavailable = (message: Message, retryAfter: number) =>
  new AppError('SERVICE_UNAVAILABLE', message, { retryAfter }, { 'retry-after': String(retryAfter) });
/** Bad input: names the field in the message and in extensions.field. */
export const badInput = (field: string, problem: Message) =>
  new AppError('BAD_USER_INPUT', msg('input.field', { field, problem }), { field });

/** A stale expectedVersion: somebody else changed the record since the caller read it. */
export const staleVersion = (what: Thing, id: string, expected: number, actual: number) =>
  conflict(msg('record.stale', { what: THINGS[what], id, expected, actual }), {
    id,
    expectedVersion: expected,
    actualVersion: actual,
  });

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
