import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { OutsideCalendarRange } from '../domain/calendar';
import { AppError, badInput, conflict, isAppError } from './errors';
import { outsideCalendar } from './inputs';
import type { Logger } from './log';
import { SessionEndedError, isDatabaseUnavailable } from '../db/session';
import { RETRY_AFTER_SECONDS, unavailableMessage } from '../http/unavailable';
import { RECORD, TABLES, msg, type MessageKey, type Term } from './messages';
import { currentLanguage } from './language';

/** Codes whose messages are written for the caller; anything else is masked. */
const PUBLIC_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'SERVICE_UNAVAILABLE',
]);

/**
 * What a caller sees of every error: an AppError as it is (without its HTTP
 * status), Apollo's own request errors with the input field they were about,
 * the database's refusals of the caller's values as CONFLICT or BAD_USER_INPUT
 * (see {@link fromDatabase}), and anything else masked as INTERNAL_SERVER_ERROR
 * and logged in full.
 */
export function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const lang = currentLanguage();
    // The database could not be reached in time: the handler answers 503 with Retry-After.
    if (isDatabaseUnavailable(original)) {
      return { message: unavailableMessage(lang), path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', retryAfter: RETRY_AFTER_SECONDS } };
    }
    // A resolver still running after its request ended: nobody reads this answer.
    if (original instanceof SessionEndedError) {
      return { message: msg('http.internal').in(lang), path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    const known = isAppError(original) ? original : callerError(original);
    if (known) {
      const { http: _http, ...extensions } = known.extensions as Record<string, unknown>;
      return { message: known.messageIn(lang), locations: formatted.locations, path: formatted.path, extensions };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      // A variable that failed its type: name the input field it was about.
      const at = /at "([^"]+)"/.exec(formatted.message)?.[1] ?? /Variable "\$(\w+)"/.exec(formatted.message)?.[1];
      const field = at?.split('.').pop()?.replace(/\[\d+\]$/, '');
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      // graphql-js (and a scalar's own message) echo the value refused: a long one is cut, so messages stay short.
      const message = formatted.message.replace(/(^|[\s(:])"((?:[^"\\]|\\.){40})(?:[^"\\]|\\.)+"(?=$|[\s;.,)])/g, '$1"$2…"');
      return { ...formatted, message, extensions: field && code === 'BAD_USER_INPUT' ? { ...extensions, field } : extensions };
    }
    log.error('internal error', { error: original, path: formatted.path });
    return { message: msg('http.internal').in(lang), path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** An error that is the caller's doing though no service said so: a value the database or the calendar refused. */
export function callerError(e: unknown): AppError | null {
  // graphql-js gives up on a request's variables after 50 errors, with an error of no code.
  if (e instanceof GraphQLError && !e.originalError && /^Too many errors processing variables/.test(e.message)) {
    return new AppError('BAD_USER_INPUT', msg('input.tooManyVariables'));
  }
  if (e instanceof OutsideCalendarRange) return new AppError('BAD_USER_INPUT', msg('input.dateOutOfRange', { detail: outsideCalendar(e.year) }));
  return fromDatabase(e);
}

interface PgError {
  code?: unknown;
  table?: string;
  column?: string;
  constraint?: string;
  detail?: string;
  routine?: string;
}

/**
 * What each unique constraint or index of the schema means to a caller, and the input field it is
 * about. Postgres leaves out the key ("Key (…)=(…)") of a violation on a table under row-level
 * security, so the constraint's name is all there is to go on; a test checks that every unique
 * constraint of the database is listed here.
 */
type UniqueOf<K> = K extends `unique.${infer C}` ? C : never;
/** The unique constraints the catalogue has a message for (messages.ts, keys "unique.<constraint>"). */
type UniqueConstraint = UniqueOf<MessageKey>;
const UNIQUE_FIELDS = {
  councils_slug_key: { field: 'slug' },
  users_email_key: { field: 'email' },
  memberships_council_id_user_id_key: { field: 'userId' },
  api_keys_secret_hash_key: {},
  notifications_council_id_dedupe_key_key: {},
  council_closures_council_id_date_key: { field: 'date' },
  protocols_one_per_council: { field: 'councilId' },
  protocol_versions_protocol_id_number_key: {},
  protocol_versions_one_draft: {},
  protocol_versions_one_adopted: {},
  protocol_clauses_key_idx: { field: 'key' },
  protocol_clauses_number_idx: { field: 'number' },
  protocol_items_version_id_section_key_key: { field: 'key' },
  cases_council_id_reference_key: {},
  review_tasks_council_id_due_on_key: { field: 'dueOn' },
  reminders_council_id_dedupe_key_key: {},
  calendar_feeds_token_hash_key: {},
  users_invite_token_hash_key: {},
  mail_outbox_message_id_key: {},
} satisfies Record<UniqueConstraint, { field?: string }>;

export const UNIQUE_MESSAGES: Record<string, { message: string; key: MessageKey; field?: string }> = Object.fromEntries(
  Object.entries(UNIQUE_FIELDS).map(([constraint, fields]) => {
    const key = `unique.${constraint as UniqueConstraint}` as const;
    return [constraint, { key, message: msg(key).in('en'), ...fields }];
  }),
);

const words = (name: string) => name.replace(/_/g, ' ');
const camel = (name: string) => name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
/** "protocol_clauses" → "protocol clause", "council_closures" → "council closure", "policies" → "policy". */
const singular = (table: string) => words(table).replace(/ies$/, 'y').replace(/(ss|[^s])s$/, '$1');
/** A table as the caller knows it, in both languages (a table the catalogue does not name: its singular, and "cofnod"). */
const thingOf = (table: string | undefined): Term => (table ? (TABLES[table] ?? { en: singular(table), cy: RECORD.cy }) : RECORD);
/** The columns a Postgres detail names ("Key (version_id, number)=(…) already exists." → version_id, number), ids left out. */
function keyColumns(detail: string | undefined): string[] {
  const inner = /^Key \((.*?)\)=/.exec(detail ?? '')?.[1];
  if (!inner) return [];
  return inner
    .split(',')
    .map((c) => c.trim().replace(/^\w+\((\w+)\)$/, '$1')) // lower(email) → email
    .filter((c) => /^\w+$/.test(c) && c !== 'id' && !c.endsWith('_id'));
}

/**
 * The database's refusals of what a caller sent, as caller errors: a unique key
 * (or an exclusion, or a concurrent transaction that lost) is CONFLICT, a value
 * that breaks a check, a missing reference or a malformed or out-of-range value
 * is BAD_USER_INPUT. Messages name the thing and the field, never a constraint,
 * a table's internal name or the values (which may be ids or someone's text).
 * Anything else (a connection lost, a bug in a statement) stays unexpected.
 */
export function fromDatabase(e: unknown): AppError | null {
  if (!e || typeof e !== 'object') return null;
  const err = ((e as { driverError?: PgError }).driverError ?? e) as PgError;
  const code = typeof err.code === 'string' && /^[0-9A-Z]{5}$/.test(err.code) ? err.code : null;
  if (!code) return null;
  const thing = thingOf(err.table);
  const columns = keyColumns(err.detail);
  const field = err.column ?? columns[columns.length - 1];
  const named = (key: MessageKey) => (field ? badInput(camel(field), msg(key)) : new AppError('BAD_USER_INPUT', msg('db.valueProblem', { problem: msg(key) })));
  switch (code) {
    case '23505': {
      const known = err.constraint ? UNIQUE_MESSAGES[err.constraint] : undefined;
      if (known) return conflict(msg(known.key), known.field ? { field: known.field } : {});
      const message = columns.length
        ? msg('db.exists', { thing, columns: { en: columns.map(words).join(' and '), cy: columns.map(camel).join(', ') } })
        : msg('db.existsPlain', { thing });
      return conflict(message, field ? { field: camel(field) } : {});
    }
    case '23P01':
      return conflict(msg('db.overlaps', { thing }));
    case '40001':
    case '40P01':
      return conflict(msg('db.concurrent'));
    case '23503':
      // On insert or update: the value points at nothing; on delete: something still points at the row.
      return /is still referenced/.test(err.detail ?? '')
        ? conflict(msg('db.inUse', { thing }))
        : named('db.refersToNothing');
    case '23502':
      return named('input.required');
    case '23514': {
      // Postgres names a column's own check "<table>_<column>_check".
      const m = err.table && err.constraint ? new RegExp(`^${err.table}_(\\w+?)_check$`).exec(err.constraint) : null;
      return m ? badInput(camel(m[1]), msg('input.notAllowed')) : new AppError('BAD_USER_INPUT', msg('db.thingNotAllowed', { thing }));
    }
    case '22001':
    case '54000': // e.g. an index row too large: a text far longer than any real one
      return named('db.tooLong');
    case '22003':
      return named('db.outOfRange');
    case '22007':
    case '22008':
      return named('db.badDate');
    case '22021':
    case '22P05':
      return named('db.badCharacter');
    case '22P02':
    case '22023':
    case '2201B':
    case '22025':
    case '22019':
    case '22004':
    case '2202E':
    case '22030':
    case '22032':
    case '22P03':
      return named('db.badValue');
    default:
      return null;
  }
}
