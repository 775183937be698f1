import { GraphQLScalarType, Kind } from 'graphql';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when s is a real calendar date written YYYY-MM-DD. */
export function isLocalDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isLocalDate(value)) {
    throw new TypeError(`LocalDate must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A calendar date with no time or zone, as the UK law and the protocols write them: "2026-10-31". */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date, YYYY-MM-DD, with no time of day or time zone',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : parse(v)),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('LocalDate must be a string YYYY-MM-DD');
    return parse(ast.value);
  },
});

const KEY = /^[a-z][a-z0-9_]{0,59}$/;

function parseKey(value: unknown): string {
  const key = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (typeof key !== 'string' || !KEY.test(key)) {
    throw new TypeError(`VocabularyKey must be lower-case letters, digits and _ in either case (clerk or CLERK), got ${JSON.stringify(value)}`);
  }
  return key;
}

/**
 * A key of a protocol's vocabulary (a role, a concern kind, an enquiry category): the council's own
 * or a built-in one, written in either case, as a string ("clerk") or, as the API's enums were written
 * before format 2, a bare word (CLERK). Read as lower case, as the protocol stores it; answers give
 * keys as lower-case Strings.
 */
export const VocabularyKeyScalar = new GraphQLScalarType<string, string>({
  name: 'VocabularyKey',
  description: "A key of the protocol's vocabulary (role, concern kind, enquiry category), in either case: \"clerk\", \"CLERK\" or the bare word CLERK",
  serialize: (v) => parseKey(v),
  parseValue: parseKey,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.ENUM) throw new TypeError('VocabularyKey must be a string or a bare word (clerk, CLERK)');
    return parseKey(ast.value);
  },
});

/** An enquiry category key (as {@link VocabularyKeyScalar}), or "*" for the standard that covers every category. */
export const CategoryScalar = new GraphQLScalarType<string, string>({
  name: 'EnquiryCategoryKey',
  description: 'An enquiry category of the protocol (built in or its own) in either case, as a string or a bare word (WARD_MATTER); "*" for every category',
  serialize: (v) => (v === '*' ? v : parseKey(v)),
  parseValue: (v) => (v === '*' ? v : parseKey(v)),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING && ast.value === '*') return '*';
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.ENUM) throw new TypeError('EnquiryCategoryKey must be a string or a bare word (ward_matter, WARD_MATTER)');
    return parseKey(ast.value);
  },
});
