/**
 * Handler expressions (format v2, issue 12 points 3 and 5): who handles a step or receives an
 * enquiry, as the text says it: a role, "or a person they nominate", a named procedure, "A or B"
 * (anyOf), "A and B" (allOf). Pure: reading, checking, describing (English or Welsh) and removing the
 * subject of a concern. v1 data (`handler` + `alternatives`) reads as the same expressions.
 */
import { phrase, type Language } from './answer-text';
import type { Handler, Procedure, RoleKey } from './protocol';

/** Where a handler lives in a step or a standard: v2's `handledBy` wins over v1's `handler`. */
export interface HasHandler {
  handler?: RoleKey;
  handledBy?: Handler;
}

/** The handler expression of a step or standard (v1's `handler` as `{ role }`), or null when it names none. */
export function handlerOf(x: HasHandler): Handler | null {
  if (x.handledBy) return x.handledBy;
  return x.handler ? { role: x.handler } : null;
}

export const isRole = (h: Handler): h is { role: RoleKey; orNominee?: boolean } => 'role' in h;
export const isProcedure = (h: Handler): h is { procedure: Procedure } => 'procedure' in h;
export const isAnyOf = (h: Handler): h is { anyOf: Handler[] } => 'anyOf' in h;
export const isAllOf = (h: Handler): h is { allOf: Handler[] } => 'allOf' in h;

/** Every role an expression names, in order, once each. */
export function handlerRoles(h: Handler | null | undefined): RoleKey[] {
  if (!h) return [];
  if (isRole(h)) return [h.role];
  if (isProcedure(h)) return [];
  const parts = isAnyOf(h) ? h.anyOf : h.allOf;
  return [...new Set(parts.flatMap(handlerRoles))];
}

/** Every procedure an expression names, in order. */
export function handlerProcedures(h: Handler | null | undefined): Procedure[] {
  if (!h) return [];
  if (isProcedure(h)) return [h.procedure];
  if (isRole(h)) return [];
  return (isAnyOf(h) ? h.anyOf : h.allOf).flatMap(handlerProcedures);
}

/** The first role of an expression (who is reminded, who holds a case): null for a procedure alone. */
export function leadRole(h: Handler | null | undefined): RoleKey | null {
  return handlerRoles(h)[0] ?? null;
}

/** Every problem of an expression, with its path below `path`, against the protocol's roles. */
export function handlerProblems(h: Handler, path: string, hasRole: (key: string) => boolean): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const walk = (x: Handler, p: string, depth: number) => {
    if (depth > 4) return out.push({ path: p, message: 'nests too deep (at most 4 levels of anyOf/allOf)' });
    if (!x || typeof x !== 'object') return out.push({ path: p, message: 'must be { role }, { procedure }, { anyOf } or { allOf }' });
    const kinds = (['role', 'procedure', 'anyOf', 'allOf'] as const).filter((k) => k in x);
    if (kinds.length !== 1) return out.push({ path: p, message: 'must have exactly one of role, procedure, anyOf, allOf' });
    if (isRole(x)) {
      if (!hasRole(x.role)) out.push({ path: `${p}.role`, message: `"${x.role}" is not one of this protocol's roles` });
    } else if (isProcedure(x)) {
      if (!x.procedure?.name?.trim()) out.push({ path: `${p}.procedure.name`, message: 'is empty' });
      if (x.procedure?.url !== undefined && !/^https?:\/\/\S+$/.test(x.procedure.url)) out.push({ path: `${p}.procedure.url`, message: 'must be an http(s) address' });
    } else {
      const [k, parts] = isAnyOf(x) ? ['anyOf', x.anyOf] : ['allOf', (x as { allOf: Handler[] }).allOf];
      if (!Array.isArray(parts) || parts.length < 2) out.push({ path: `${p}.${k}`, message: 'names at least two handlers' });
      else parts.forEach((y, i) => walk(y, `${p}.${k}[${i}]`, depth + 1));
    }
  };
  walk(h, path, 1);
  return out;
}

/**
 * The expression without the subject of the concern: an alternative that is the subject is dropped
 * ("the Director or the Head of Service" about the Director: the Head of Service); a joint handler
 * that is the subject is dropped from the joint; null when nobody is left.
 */
export function withoutRole(h: Handler, subject: RoleKey): Handler | null {
  if (isRole(h)) return h.role === subject ? null : h;
  if (isProcedure(h)) return h;
  const parts = (isAnyOf(h) ? h.anyOf : h.allOf).map((x) => withoutRole(x, subject)).filter((x): x is Handler => x !== null);
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0]!;
  return isAnyOf(h) ? { anyOf: parts } : { allOf: parts };
}

/** Titles of roles, in the language asked for (the protocol's titleCy where it has one). */
export type TitleOf = (key: RoleKey) => string;

/**
 * The expression in words: "the Director or the Head of Service, or a person they nominate",
 * "the Chief Executive and the Leader", "the council's complaints procedure".
 */
export function describeHandler(h: Handler, title: TitleOf, lang: Language = 'en'): string {
  const t = phrase(lang);
  if (isRole(h)) return h.orNominee ? t.orNominee(title(h.role)) : title(h.role);
  if (isProcedure(h)) return (lang === 'cy' && h.procedure.nameCy) || h.procedure.name;
  const parts = (isAnyOf(h) ? h.anyOf : h.allOf).map((x) => describeHandler(x, title, lang));
  return t.list(parts, isAnyOf(h) ? 'or' : 'and');
}
