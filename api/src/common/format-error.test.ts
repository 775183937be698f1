import { GraphQLError } from 'graphql';
import { formatError } from './format-error';
import { badInput, notFound } from './errors';
import { msg } from './messages';
import type { Logger } from './log';

const logger = () => {
  const errors: unknown[] = [];
  const log: Logger = { debug() {}, info() {}, warn() {}, error: (_m, f) => errors.push(f) };
  return { log, errors };
};

describe('formatError', () => {
  test('an unexpected error is masked for the caller and logged in full', () => {
    const { log, errors } = logger();
    const boom = new Error('duplicate key value violates unique constraint "secret_internal_name"');
    const out = formatError(log)({ message: boom.message, path: ['council'], extensions: { stacktrace: ['at x'] } }, boom);
    expect(out).toEqual({ message: 'Internal server error', path: ['council'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(out)).not.toContain('secret_internal_name');
    expect(errors).toHaveLength(1);
  });

  test('a caller error keeps its code, message and field, without the HTTP status', () => {
    const { log, errors } = logger();
    const err = badInput('slug', msg('input.slugCharacters'));
    const out = formatError(log)({ message: err.message }, err);
    expect(out).toMatchObject({ message: 'slug: must be lower-case letters, digits and hyphens, starting and ending with a letter or digit', extensions: { code: 'BAD_USER_INPUT', field: 'slug' } });
    expect(out.extensions).not.toHaveProperty('http');
    expect(formatError(log)({ message: 'x' }, notFound('Council', 'abc')).extensions?.code).toBe('NOT_FOUND');
    expect(errors).toHaveLength(0);
  });

  test('a variable of the wrong type names the input field it was about', () => {
    const { log } = logger();
    const message = 'Variable "$input" got invalid value "CASTLE" at "input.kind"; Value "CASTLE" does not exist in "CouncilKind" enum.';
    const err = new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
    const out = formatError(log)({ message, extensions: { code: 'BAD_USER_INPUT', stacktrace: ['x'] } }, err);
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'kind' });
  });

  test('a long value the message echoes is cut to 40 characters, wherever it is quoted; short ones and names stay whole', () => {
    const long = 'y'.repeat(5000);
    const message = `Variable "$k" got invalid value "${long}"; Expected type "VocabularyKey". VocabularyKey must be lower-case letters, digits and _ in either case (clerk or CLERK), got "${long}"`;
    const err = new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
    const out = formatError(logger().log)({ message, extensions: { code: 'BAD_USER_INPUT' } }, err);
    const cut = `"${'y'.repeat(40)}…"`;
    expect(out.message).toBe(`Variable "$k" got invalid value ${cut}; Expected type "VocabularyKey". VocabularyKey must be lower-case letters, digits and _ in either case (clerk or CLERK), got ${cut}`);
  });
});

describe('the database refusing a value', () => {
  const format = (e: unknown) => formatError(logger().log)({ message: 'x', path: ['f'] }, e);
  // As TypeORM throws them (a QueryFailedError with the driver's error) and as pg does.
  const pg = (fields: Record<string, string>) => Object.assign(new Error('db said no'), fields);
  const typeorm = (fields: Record<string, string>) => Object.assign(new Error('query failed'), { driverError: pg(fields) });

  test.each([
    ['a known unique index', typeorm({ code: '23505', table: 'protocol_versions', constraint: 'protocol_versions_one_draft' }), 'CONFLICT', /already has a draft/, undefined],
    ['a unique key Postgres describes', pg({ code: '23505', table: 'widgets', constraint: 'widgets_name_key', detail: 'Key (council_id, lower(name))=(x, y) already exists.' }), 'CONFLICT', /^A widget with this name already exists$/, 'name'],
    ['a unique key it hides (row-level security)', pg({ code: '23505', table: 'council_policies', constraint: 'council_policies_x_key' }), 'CONFLICT', /^This council policy already exists$/, undefined],
    ['a missing reference', pg({ code: '23503', table: 'cases', constraint: 'cases_role_id_fkey', detail: 'Key (role_id)=(abc) is not present in table "roles".' }), 'BAD_USER_INPUT', /refers to something that does not exist/, undefined],
    ['a row still referenced', pg({ code: '23503', table: 'cases', detail: 'Key (id)=(abc) is still referenced from table "notes".' }), 'CONFLICT', /still in use/, undefined],
    ['a column check', pg({ code: '23514', table: 'protocol_clauses', constraint: 'protocol_clauses_number_check' }), 'BAD_USER_INPUT', /^number: is not allowed$/, 'number'],
    ['a table check', pg({ code: '23514', table: 'protocol_versions', constraint: 'protocol_versions_check' }), 'BAD_USER_INPUT', /protocol version is not allowed/, undefined],
    ['a not-null column', pg({ code: '23502', table: 'cases', column: 'raised_by_name' }), 'BAD_USER_INPUT', /^raisedByName: is required$/, 'raisedByName'],
    ['malformed text for a type', pg({ code: '22P02' }), 'BAD_USER_INPUT', /^A value is not a valid value$/, undefined],
    ['a date out of range', pg({ code: '22008' }), 'BAD_USER_INPUT', /date or time/, undefined],
    ['a NUL', pg({ code: '22021' }), 'BAD_USER_INPUT', /character that cannot be stored/, undefined],
    ['an index row too large', pg({ code: '54000' }), 'BAD_USER_INPUT', /too long/, undefined],
    ['a deadlock', pg({ code: '40P01' }), 'CONFLICT', /at the same moment/, undefined],
  ])('%s', (_what, error, code, message, field) => {
    const out = format(error);
    expect(out.extensions?.code).toBe(code);
    expect(out.message).toMatch(message);
    expect(out.extensions?.field).toBe(field);
    expect(out.message).not.toMatch(/_key|_check|_fkey|abc/);
  });

  test.each([
    ['an undefined table', pg({ code: '42P01' }), 'INTERNAL_SERVER_ERROR'],
    ['a syntax error in a statement', pg({ code: '42601' }), 'INTERNAL_SERVER_ERROR'],
    ['no code at all', new Error('boom'), 'INTERNAL_SERVER_ERROR'],
    // Not the caller's doing either: the database is away (503 with Retry-After).
    ['a lost connection', pg({ code: '08006' }), 'SERVICE_UNAVAILABLE'],
    ['a refused connection', pg({ code: 'ECONNREFUSED' }), 'SERVICE_UNAVAILABLE'],
  ])('%s is not a caller error (%s)', (_what, error, code) => {
    expect(format(error).extensions?.code).toBe(code);
  });

  test('graphql-js giving up after 50 bad variables is BAD_USER_INPUT', () => {
    const out = format(new GraphQLError('Too many errors processing variables, error limit reached. Execution aborted.'));
    expect(out.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
