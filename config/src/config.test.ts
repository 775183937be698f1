import { ConfigError, loadConfig } from './index';

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
  });
});
