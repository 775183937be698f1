import { Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { AppError, badInput, conflict } from './errors';
import { OutsideCalendarRange, SUPPORTED_YEARS, localDateTime } from '../domain/calendar';
import { msg } from './messages';

export const PAGE_MAX = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id argument must look like an id; anything else is bad input naming the argument. */
export function requireId(field: string, value: string): string {
  if (!UUID.test(value)) throw badInput(field, msg('input.invalidId', { value: value.slice(0, 60) }));
  return value.toLowerCase();
}

export function requireIds(field: string, values: readonly string[]): string[] {
  return values.map((v) => requireId(field, v));
}

export function requirePage(offset: number, limit: number): { offset: number; limit: number } {
  if (!Number.isInteger(offset) || offset < 0) throw badInput('offset', msg('input.offset'));
  if (!Number.isInteger(limit) || limit < 1 || limit > PAGE_MAX) throw badInput('limit', msg('input.limit', { max: PAGE_MAX }));
  return { offset, limit };
}

/** Escapes a user's search text for LIKE. */
export const likePattern = (s: string) => `%${s.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// ---- Dates the working-day calendar knows ---------------------------------------------------------

/** Why a date outside the calendar's years was refused: the range, and the year given. */
export const outsideCalendar = (year: number) =>
  msg('input.outsideCalendar', { from: String(SUPPORTED_YEARS.from), to: String(SUPPORTED_YEARS.to), year: String(year) });

/** An instant whose deadlines will be counted must fall in a year the calendar knows (in UK time). */
export function requireInCalendar(field: string, at: Date): Date {
  if (Number.isNaN(at.getTime())) throw badInput(field, msg('input.dateTime'));
  const year = Number(localDateTime(at).date.slice(0, 4));
  if (year < SUPPORTED_YEARS.from || year > SUPPORTED_YEARS.to) throw badInput(field, outsideCalendar(year));
  return at;
}

/** Runs a calendar computation; a date it reaches outside the known years (a deadline after 2099) is bad input naming `field`. */
export function inCalendar<T>(field: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof OutsideCalendarRange) throw badInput(field, outsideCalendar(e.year));
    throw e;
  }
}

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/**
 * Turns the database's own refusals into caller errors: a unique index into
 * CONFLICT naming the field, a check constraint into BAD_USER_INPUT. `fields`
 * maps constraint names to input field names.
 */
export function mapDbError(e: unknown, fields: Record<string, string>): unknown {
  const err = ((e as { driverError?: PgError }).driverError ?? e) as PgError;
  const field = err.constraint ? fields[err.constraint] : undefined;
  if (err.code === '23505') {
    return conflict(msg('record.taken', { field: field ?? 'record' }), field ? { field } : {});
  }
  if (err.code === '23514' && field) return badInput(field, msg('input.notAllowed'));
  return e;
}

// ---- Forbidden characters ------------------------------------------------------------------------

/**
 * What no text a caller sends may hold: NUL (Postgres cannot store it), the other C0 controls
 * but tab, LF and CR, and UTF-16 surrogates without their pair (not characters at all: they
 * would be stored as U+FFFD).
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first forbidden character of a text as "U+0000", or null when there is none. */
export function forbiddenCharacter(text: string): string | null {
  const m = FORBIDDEN.exec(text);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

const refuse = (field: string, point: string) =>
  new AppError('BAD_USER_INPUT', msg('input.controlCharacters', { field, point }), {
    field,
    // Refused before anything ran, like a variable of the wrong type.
    http: { status: 400 },
  });

/**
 * A string anywhere in a variable's value (list items, input fields, JSON keys and values), named
 * by the innermost field; within objects in a list (a JSON document's clauses) by its whole path
 * from the argument, as a document's problems are: `clauses[3].text`.
 */
function walk(value: unknown, field: string, path = field, deep = false): AppError | null {
  if (typeof value === 'string') {
    const point = forbiddenCharacter(value);
    return point ? refuse(deep ? path : field, point) : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const inner = item && typeof item === 'object' && !Array.isArray(item);
      const found = inner ? walk(item, field, `${path}[${i}]`, true) : walk(item, field, path, deep);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const point = forbiddenCharacter(key);
      if (point) return refuse(deep ? path : field, point);
      const found = walk(inner, key, deep ? `${path}.${key}` : key, deep);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Checks every text of a request, in its variables and written in its document, for
 * {@link forbiddenCharacter}s: the error names the argument or input field it was given for.
 * One check for every field of the schema, before any resolver runs.
 */
export function checkTextInput(document: DocumentNode, variables: Record<string, unknown> | undefined | null): AppError | null {
  const usedAs = new Map<string, string>();
  let found: AppError | null = null;
  const fieldOf = (ancestors: readonly (ASTNode | readonly ASTNode[])[]): string => {
    for (let i = ancestors.length - 1; i >= 0; i--) {
      const a = ancestors[i];
      if ('kind' in a && (a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD)) return a.name.value;
      if ('kind' in a && a.kind === Kind.VARIABLE_DEFINITION) return a.variable.name.value;
    }
    return 'query';
  };
  visit(document, {
    // `ancestors` stops above `parent`: look at both.
    StringValue(node, _key, parent, _path, ancestors) {
      const point = found ? null : forbiddenCharacter(node.value);
      if (point) found = refuse(fieldOf(parent ? [...ancestors, parent] : ancestors), point);
    },
    Variable(node, _key, parent, _path, ancestors) {
      const field = fieldOf(parent ? [...ancestors, parent] : ancestors);
      if (field !== node.name.value && !usedAs.has(node.name.value)) usedAs.set(node.name.value, field);
    },
  });
  if (found) return found;
  for (const [name, value] of Object.entries(variables ?? {})) {
    const problem = walk(value, usedAs.get(name) ?? name);
    if (problem) return problem;
  }
  return null;
}

/** The Apollo plugin that runs {@link checkTextInput} once the operation is known. */
export const textInputPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const problem = checkTextInput(document, request.variables);
        if (problem) throw problem;
      },
    };
  },
};
