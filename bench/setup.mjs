// What every bench starts with: an installed and built project, and a database of its own (migrated,
// with the demo data) that the bench drops at the end. Needs PostgreSQL and Redis as for `npm start`.
// Then what the councils list and report benches share: the monitoring officer's 500 parishes, the real
// API signed in as them, and a raw `pg` + `node:http` baseline under the same row-level security.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { build, ensureInstalled } from '../scripts/lib.mjs';

export const require = createRequire(import.meta.url);

// Benches measure the API as it runs in production (the Dockerfile's NODE_ENV): libraries such as
// graphql-js skip their development checks there. Set before anything reads it; a secret of the run's own.
process.env.NODE_ENV ??= 'production';
process.env.JWT_SECRET ??= randomBytes(32).toString('hex');

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

/** The monitoring officer of the demo's Torfaen, whose councils the list and report benches ask about. */
export const MONITORING_OFFICER = 'mo.torfaen@accord.example';

/** Puts `count` Welsh parish councils ('bench-parish-1' …) below `parentId`, as the system. */
export async function addParishes(api, ds, parentId, count) {
  await api.withSystemScope(ds, (s) =>
    s.query(
      `INSERT INTO councils (name, slug, kind, nation, parent_id, next_review_due)
       SELECT 'Parish ' || i, 'bench-parish-' || i, 'parish', 'wales', $1, current_date + (i % 400)
       FROM generate_series(1, $2) i`,
      [parentId, count],
    ),
  );
}

/** Listens on a free port of 127.0.0.1; resolves to the port. */
export const listen = (server) => new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server.address().port)));

/**
 * The real API on a free port, and a bearer token of `email` (signed in with the demo password).
 * Resolves to `{ url, token, close }` (`url` is its /graphql).
 */
export async function startApi(api, config, ds, email = MONITORING_OFFICER) {
  const accord = await api.createServer(config, ds, api.createLogger('bench', 'silent'));
  const http = createServer(accord.app);
  await accord.start(http);
  const url = `http://127.0.0.1:${await listen(http)}/graphql`;
  const signIn = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { signIn(email: "${email}", password: "${api.DEMO_PASSWORD}") { token } }` }),
  }).then((r) => r.json());
  return {
    url,
    token: signIn.data.signIn.token,
    async close() {
      await accord.stop();
      http.close();
    },
  };
}

/**
 * A baseline beside the API: raw `pg` + `node:http`, as the app role under the same row-level security,
 * each request in a transaction scoped to `email` (accord_begin_user). `answer(client, scope)` runs the
 * statements (scope is accord_begin_user's answer: roles by council id, platformAdmin) and returns what
 * is sent as JSON. Resolves to `{ url, close }`.
 */
export async function startBaseline(config, answer, email = MONITORING_OFFICER) {
  const { Pool } = require('pg');
  const pool = new Pool({ host: config.db.host, port: config.db.port, database: config.db.database, user: config.db.app.user, password: config.db.app.password, max: config.db.poolMax });
  // Dropping the bench's database at the end ends any connection still idle here: not a failure of the run.
  pool.on('error', () => undefined);
  const server = createServer(async (_req, res) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const [{ r }] = (await client.query('SELECT accord_begin_user(id) AS r FROM (SELECT id FROM users WHERE email = $1) u', [email])).rows;
      const out = await answer(client, r);
      await client.query('COMMIT');
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(out));
    } finally {
      client.release();
    }
  });
  const url = `http://127.0.0.1:${await listen(server)}/`;
  return {
    url,
    async close() {
      server.close();
      await pool.end();
    },
  };
}

// The load comes from a separate process, as clients would: the servers measured have this process to themselves.
const LOADER = `
  const { url, init, requests, concurrency, name, warmUp } = JSON.parse(process.argv[1]);
  (async () => {
    for (let i = 0; i < warmUp; i++) await fetch(url, init).then((r) => r.text());
    const times = [];
    let next = 0;
    const t0 = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next++ < requests) {
        const t = performance.now();
        const r = await fetch(url, init);
        const body = await r.text();
        if (!r.ok || body.includes('"errors"')) throw new Error(name + ': HTTP ' + r.status + ' ' + body.slice(0, 200));
        times.push(performance.now() - t);
      }
    }));
    const seconds = (performance.now() - t0) / 1000;
    times.sort((a, b) => a - b);
    console.log(JSON.stringify({ name, seconds, rps: requests / seconds, p50: times[Math.floor(times.length * 0.5)], p99: times[Math.floor(times.length * 0.99)] }));
  })().catch((e) => { console.error(e.message); process.exit(1); });
`;

/**
 * Sends `requests` requests (`concurrency` at a time, after `warmUp` unmeasured ones) to `url` from a child
 * process. Resolves to `{ name, seconds, rps, p50, p99 }` (milliseconds); an HTTP error or a GraphQL error fails it.
 */
export async function loadFromChild(name, url, init, { requests, concurrency, warmUp = 200 }) {
  const child = spawn(process.execPath, ['-e', LOADER, JSON.stringify({ url, init, requests, concurrency, name, warmUp })], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const code = await new Promise((ok) => child.on('exit', ok));
  if (code !== 0) throw new Error(`${name}: the load process failed`);
  return JSON.parse(out);
}
