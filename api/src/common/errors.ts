import { GraphQLError } from 'graphql';
import { Message, THINGS, msg, type Language, type Thing } from './messages';

/**
 * What an error says: a message of the catalogue, or (for problems worded by the domain, e.g. a
 * protocol's consistency checks) an English sentence that the catalogue carries as it is.
 */
export type Said = Message | string;
const said = (m: Said): Message => (typeof m === 'string' ? msg('text.asWritten', { text: m }) : m);

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
  constructor(code: ErrorCode, message0: Said, extra: Record<string, unknown> = {}, headers?: Record<string, string>) {
    const message = said(message0);
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
export const forbidden = (message: Said) => new AppError('FORBIDDEN', message);
/** A record id (a UUID): it stays in extensions.id for the client, never in the text a person reads. */
const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** NOT_FOUND naming the thing (and, where the caller gave a key or slug, that key; a record id only in extensions). */
export const notFound = (what: Thing | Message, id: string) => {
  const thing = typeof what === 'string' ? THINGS[what] : what;
  return new AppError('NOT_FOUND', RECORD_ID.test(id) || !id ? msg('record.notFoundThis', { what: thing }) : msg('record.notFound', { what: thing, id }), { id });
};
export const conflict = (message: Said, extra: Record<string, unknown> = {}) => new AppError('CONFLICT', message, extra);
/** Too many attempts: HTTP 429 with Retry-After (seconds), also in extensions.retryAfter. */
export const rateLimited = (message: Said, retryAfter: number) =>
  new AppError('RATE_LIMITED', message, { retryAfter }, { 'retry-after': String(retryAfter) });
/** Busy for now: HTTP 503 with Retry-After (seconds). */
export const serviceUnavailable = (message: Said, retryAfter: number) =>
  new AppError('SERVICE_UNAVAILABLE', message, { retryAfter }, { 'retry-after': String(retryAfter) });
/** Bad input: names the field in the message and in extensions.field. */
export const badInput = (field: string, problem: Said) =>
  new AppError('BAD_USER_INPUT', msg('input.field', { field, problem: said(problem) }), { field });

/** A stale expectedVersion: somebody else changed the record since the caller read it. */
export const staleVersion = (what: Thing, id: string, expected: number, actual: number) =>
  conflict(msg('record.stale', { what: THINGS[what], expected, actual }), {
    id,
    expectedVersion: expected,
    actualVersion: actual,
  });

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
