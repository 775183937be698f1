import { ConnectionLostError, SessionEndedError, isDatabaseUnavailable } from './session';

/** Which failures are "try again later" (HTTP 503) and which are bugs or the caller's mistake. */
describe('isDatabaseUnavailable', () => {
  const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });
  const wrapped = (driverError: unknown) => Object.assign(new Error('Query failed'), { name: 'QueryFailedError', driverError });

  test.each<[string, unknown, boolean]>([
    ['no pool connection in time', new Error('timeout exceeded when trying to connect'), true],
    ['connect timeout', new Error('Connection terminated due to connection timeout'), true],
    ['Postgres down', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), true],
    ['terminated by the administrator (57P01), wrapped by TypeORM', wrapped(pgError('57P01', 'terminating connection due to administrator command')), true],
    ['shutting down / starting up (57P03)', pgError('57P03', 'the database system is starting up'), true],
    ['too many connections (53300)', pgError('53300'), true],
    ['connection exception class 08', pgError('08006'), true],
    ['statement_timeout (57014)', wrapped(pgError('57014', 'canceling statement due to statement timeout')), true],
    ['idle_in_transaction_session_timeout (25P03)', pgError('25P03'), true],
    ['connection lost mid-transaction', new ConnectionLostError(), true],
    ['socket closed', new Error('Connection terminated unexpectedly'), true],
    ['unique violation (23505)', wrapped(pgError('23505', 'duplicate key value violates unique constraint')), false],
    ['syntax error (42601)', pgError('42601'), false],
    ['row-level security (42501)', pgError('42501', 'new row violates row-level security policy'), false],
    ['the request already ended', new SessionEndedError(), false],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')"), false],
    ['not an error', 'text', false],
    ['nothing', undefined, false],
  ])('%s', (_name, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});
