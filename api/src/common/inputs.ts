import { badInput, conflict } from './errors';

export const PAGE_MAX = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id argument must look like an id; anything else is bad input naming the argument. */
export function requireId(field: string, value: string): string {
  if (!UUID.test(value)) throw badInput(field, `"${value.slice(0, 60)}" is not a valid id`);
  return value.toLowerCase();
}

export function requireIds(field: string, values: readonly string[]): string[] {
  return values.map((v) => requireId(field, v));
}

export function requirePage(offset: number, limit: number): { offset: number; limit: number } {
  if (!Number.isInteger(offset) || offset < 0) throw badInput('offset', 'must be 0 or more');
  if (!Number.isInteger(limit) || limit < 1 || limit > PAGE_MAX) throw badInput('limit', `must be between 1 and ${PAGE_MAX}`);
  return { offset, limit };
}

/** Escapes a user's search text for LIKE. */
export const likePattern = (s: string) => `%${s.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

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
    return conflict(`${field ?? 'record'}: is already taken`, field ? { field } : {});
  }
  if (err.code === '23514' && field) return badInput(field, 'is not allowed');
  return e;
}
