import { loadConfig, type AccordConfig } from '@accord/config';

/** Each test run gets its own databases (accord_t_<run>_…) and Redis key prefix. */
export const runId = (): string => {
  const id = process.env.ACCORD_TEST_RUN;
  if (!id) throw new Error('ACCORD_TEST_RUN is not set: run the tests with `npm test` (jest globalSetup sets it)');
  return id;
};

export const templateDatabase = () => `accord_t_${runId()}_tpl`;

export function testConfig(database: string, extra: NodeJS.ProcessEnv = {}): AccordConfig {
  return loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PGDATABASE: database,
    REDIS_PREFIX: `accord-test-${runId()}`,
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    API_PORT: '0',
    ...extra,
  });
}
