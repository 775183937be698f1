// What every bench starts with: an installed and built project, and a database of its own (migrated,
// with the demo data) that the bench drops at the end. Needs PostgreSQL and Redis as for `npm start`.
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { build, ensureInstalled } from '../scripts/lib.mjs';

export const require = createRequire(import.meta.url);

/** Installs and builds what the benches run; call it first, before requiring anything installed. */
export function installAndBuild() {
  ensureInstalled();
  build({ admin: false });
}

/** Checks the services, creates and seeds a fresh database; `env` adds to the environment. */
export async function prepareBench(env = {}) {
  const { loadConfig } = require('../config/dist/index.js');
  const api = require('../api/dist/index.js');
  const tag = randomBytes(3).toString('hex');
  const database = `accord_bench_${tag}`;
  const config = loadConfig({ ...process.env, PGDATABASE: database, LOG_LEVEL: 'silent', API_PORT: '0', REDIS_PREFIX: `accord-bench-${tag}`, ...env });
  const problem = await api.checkServices(config);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  await api.ensureDatabase(config);
  await api.migrate(config);
  const ds = api.createDataSource(config, 'app');
  await ds.initialize();
  const { councils } = await api.seedDemo(ds, api.localDate('Europe/London'));
  return {
    api,
    config,
    ds,
    councils,
    /** Closes the connection and drops the bench's database. */
    async finish() {
      await ds.destroy();
      await api.dropDatabase(config, database);
    },
  };
}
