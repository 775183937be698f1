import { randomBytes } from 'node:crypto';
import { checkServices, createDataSource, ensureDatabase, localDate, migrate, seedDemo } from '@accord/api';
import { templateDatabase, testConfig } from './env';

/** Creates this run's template database (migrated, with the demo data) that each test file clones. */
export default async function globalSetup(): Promise<void> {
  process.env.ACCORD_TEST_RUN ??= `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const config = testConfig(templateDatabase());
  const problem = await checkServices(config);
  if (problem) throw new Error(`\n${problem}\n`);
  await ensureDatabase(config);
  await migrate(config);
  const ds = createDataSource(config, 'app');
  await ds.initialize();
  try {
    await seedDemo(ds, localDate('Europe/London'));
  } finally {
    await ds.destroy();
  }
}
