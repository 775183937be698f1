import { ConfigError, DEV_JWT_SECRET, loadConfig } from './index';

describe('loadConfig', () => {
  test('defaults suit a local machine', () => {
    const c = loadConfig({});
    expect(c.db).toMatchObject({ host: '127.0.0.1', port: 5432, database: 'accord' });
    expect(c.db.app.user).not.toBe(c.db.owner.user);
    expect(c.redis.url).toBe('redis://127.0.0.1:6379');
    expect(c.worker.sweepTimezone).toBe('Europe/London');
    expect(c.api.publicUrl).toBe('http://127.0.0.1:4000');
  });

  test('reads and coerces the environment', () => {
    const c = loadConfig({ API_PORT: '8080', PG_POOL_MAX: '25', REDIS_PREFIX: 'x', GRAPHQL_INTROSPECTION: 'false' });
    expect(c.api.port).toBe(8080);
    expect(c.db.poolMax).toBe(25);
    expect(c.redis.prefix).toBe('x');
    expect(c.api.introspection).toBe(false);
  });

  test('names every bad variable', () => {
    expect(() => loadConfig({ API_PORT: 'eighty', JWT_SECRET: 'short', PGDATABASE: 'Bad-Name' })).toThrow(ConfigError);
    try {
      loadConfig({ API_PORT: 'eighty', JWT_SECRET: 'short', PGDATABASE: 'Bad-Name' });
    } catch (e) {
      expect((e as Error).message).toMatch(/API_PORT/);
      expect((e as Error).message).toMatch(/JWT_SECRET/);
      expect((e as Error).message).toMatch(/PGDATABASE/);
    }
  });

  test('production refuses the development JWT secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-real-secret-of-at-least-32-characters!!' }).env).toBe('production');
  });

  test('timeouts: bounded waiting by default, each configurable, 0 turns the Postgres ones off', () => {
    const d = loadConfig({});
    expect(d.db.timeouts).toEqual({ acquireMs: 3000, statementMs: 30000, idleInTransactionMs: 60000 });
    expect(d.api.timeouts).toEqual({ bodyMs: 10000, headersMs: 10000, requestMs: 30000 });
    expect(d.api.metricsToken).toBeUndefined();
    const c = loadConfig({
      PG_ACQUIRE_TIMEOUT_MS: '500',
      PG_STATEMENT_TIMEOUT_MS: '0',
      PG_IDLE_IN_TRANSACTION_TIMEOUT_MS: '0',
      HTTP_BODY_TIMEOUT_MS: '2000',
      METRICS_TOKEN: 'a-metrics-token-of-some-length',
    });
    expect(c.db.timeouts).toEqual({ acquireMs: 500, statementMs: 0, idleInTransactionMs: 0 });
    expect(c.api.timeouts.bodyMs).toBe(2000);
    expect(c.api.metricsToken).toBe('a-metrics-token-of-some-length');
    expect(() => loadConfig({ PG_ACQUIRE_TIMEOUT_MS: '0' })).toThrow(/PG_ACQUIRE_TIMEOUT_MS/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(loadConfig({ METRICS_TOKEN: '' }).api).not.toHaveProperty('metricsToken');
  });

  describe('the built-in development JWT secret', () => {
    const own = 'a-real-secret-of-at-least-32-characters!!';
    test.each([
      // [what, environment, accepted]
      ['development on 127.0.0.1 (the default)', {}, true],
      ['development on localhost', { API_HOST: 'localhost' }, true],
      ['development on ::1', { API_HOST: '::1' }, true],
      ['development on 127.0.0.2', { API_HOST: '127.0.0.2' }, true],
      ['tests, on any address', { NODE_ENV: 'test', API_HOST: '0.0.0.0' }, true],
      ['development on 0.0.0.0', { API_HOST: '0.0.0.0' }, false],
      ['development on a LAN address', { API_HOST: '192.168.1.10' }, false],
      ['development on a name that only starts like localhost', { API_HOST: 'localhost.example.com' }, false],
      ['production on 127.0.0.1', { NODE_ENV: 'production' }, false],
      ['production on 0.0.0.0', { NODE_ENV: 'production', API_HOST: '0.0.0.0' }, false],
      ['named explicitly, development on 0.0.0.0', { API_HOST: '0.0.0.0', JWT_SECRET: DEV_JWT_SECRET }, false],
    ] as const)('%s: accepted %s', (_what, env, accepted) => {
      if (accepted) expect(loadConfig(env).auth.jwtSecret).toBe(DEV_JWT_SECRET);
      else expect(() => loadConfig(env)).toThrow(/JWT_SECRET: the built-in development secret is public.*set JWT_SECRET to a random value/);
    });
    test.each([{ API_HOST: '0.0.0.0' }, { NODE_ENV: 'production', API_HOST: '0.0.0.0' }] as const)('a secret of your own is accepted anywhere (%o)', (env) => {
      expect(loadConfig({ ...env, JWT_SECRET: own }).auth.jwtSecret).toBe(own);
    });
  });
});
