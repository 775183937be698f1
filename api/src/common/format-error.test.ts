import { GraphQLError } from 'graphql';
import { formatError } from './format-error';
import { badInput, notFound } from './errors';
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
    const err = badInput('slug', 'must be lower-case');
    const out = formatError(log)({ message: err.message }, err);
    expect(out).toMatchObject({ message: 'slug: must be lower-case', extensions: { code: 'BAD_USER_INPUT', field: 'slug' } });
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
});
