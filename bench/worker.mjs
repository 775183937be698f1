#!/usr/bin/env node
// `npm run bench:worker`: the worker's throughput and its daily sweep, beside a baseline in the same run.
//  1. Reminders delivered per second end to end (due in Postgres → BullMQ → a Postgres transaction and an
//     SMTP message to a real SMTP sink), beside BullMQ's own throughput for no-op jobs on the same Redis.
//  2. The daily sweep over 10,000 councils and 100,000 open cases: the review sweep (tasks and their
//     reminders) and a reconciling pass over every pending reminder; seconds and peak memory (RSS).
// Needs PostgreSQL and Redis as for `npm start`.
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { build, ensureInstalled } from '../scripts/lib.mjs';

ensureInstalled();
build({ admin: false });
const require = createRequire(import.meta.url);
const { loadConfig } = require('../config/dist/index.js');
const api = require('../api/dist/index.js');
const { startWorker } = require('../worker/dist/index.js');
const { Queue, Worker } = require('bullmq');
const IORedis = require('ioredis');
const { SMTPServer } = require('smtp-server');

const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 3000);
const NOOP_JOBS = Number(process.env.BENCH_NOOP_JOBS ?? 20000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const COUNCILS = Number(process.env.BENCH_COUNCILS ?? 10_000);
const CASES = Number(process.env.BENCH_CASES ?? 100_000);

// An SMTP sink that counts what it accepts.
let received = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, done) {
    stream.on('data', () => undefined);
    stream.on('end', () => {
      received++;
      done();
    });
  },
});
await new Promise((ok) => smtp.listen(0, '127.0.0.1', ok));

const tag = randomBytes(3).toString('hex');
const database = `accord_bench_${tag}`;
const config = loadConfig({
  ...process.env,
  PGDATABASE: database,
  LOG_LEVEL: 'silent',
  REDIS_PREFIX: `accord-bench-${tag}`,
  SMTP_PORT: String(smtp.server.address().port),
  WORKER_CONCURRENCY: String(CONCURRENCY),
  RECONCILE_EVERY_MS: '100000000',
  PG_POOL_MAX: String(CONCURRENCY + 4),
});
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
const system = (sql, params) => api.withSystemScope(ds, (s) => s.query(sql, params));

// --- 1. Baseline: BullMQ no-op jobs -------------------------------------------------------------
const connection = new IORedis(config.redis.url, { maxRetriesPerRequest: null });
const noop = new Queue('bench-noop', { connection, prefix: config.redis.prefix });
for (let i = 0; i < NOOP_JOBS; i += 1000) {
  await noop.addBulk(Array.from({ length: Math.min(1000, NOOP_JOBS - i) }, (_, j) => ({ name: 'noop', data: { i: i + j }, opts: { removeOnComplete: true } })));
}
let done = 0;
const t0 = performance.now();
const noopWorker = new Worker('bench-noop', async () => undefined, { connection: new IORedis(config.redis.url, { maxRetriesPerRequest: null }), prefix: config.redis.prefix, concurrency: CONCURRENCY });
await new Promise((ok) => noopWorker.on('completed', () => ++done === NOOP_JOBS && ok()));
const noopRate = NOOP_JOBS / ((performance.now() - t0) / 1000);
await noopWorker.close();
await noop.obliterate({ force: true });
await noop.close();

// --- 1. Reminders end to end ---------------------------------------------------------------------
const [{ version_id: versionId }] = await system(
  `SELECT v.id AS version_id FROM protocol_versions v WHERE v.council_id = $1 AND v.status = 'adopted'`,
  [councils.ashbury],
);
const [{ id: caseId }] = await system(
  `INSERT INTO cases (council_id, reference, kind, category, raised_by_role, raised_by_name, received_at, subject, protocol_version_id, start_day, steps, handler_role)
   VALUES ($1, 'BENCH-1', 'enquiry', 'ward_matter', 'member', 'Cllr Bench', now(), 'Bench', $2, current_date, '[]', 'democratic_services') RETURNING id`,
  [councils.ashbury, versionId],
);
await system(
  `INSERT INTO reminders (council_id, case_id, kind, dedupe_key, send_at, deadline, step_index, to_roles)
   SELECT $1, $2, 'respond_soon', 'bench:' || i, now() - interval '1 minute', current_date + 5, 0, ARRAY['director'] FROM generate_series(1, $3) i`,
  [councils.ashbury, caseId, REMINDERS],
);
const worker = await startWorker(config, api.createLogger('worker', 'silent'));
const t1 = performance.now();
await worker.reconcile();
for (;;) {
  const [{ n }] = await system(`SELECT count(*)::int AS n FROM reminders WHERE case_id = $1 AND status = 'sent'`, [caseId]);
  if (n === REMINDERS && received >= REMINDERS) break;
  await new Promise((ok) => setTimeout(ok, 25));
}
const reminderRate = REMINDERS / ((performance.now() - t1) / 1000);
await worker.close();

// --- 2. The daily sweep over COUNCILS councils and CASES open cases -------------------------------
await system(
  `INSERT INTO councils (name, slug, kind, nation, parent_id, next_review_due)
   SELECT 'Community Council ' || i, 'bench-' || i, 'community', 'wales', $1, current_date + (i % 60) FROM generate_series(1, $2) i`,
  [councils.torfaen, COUNCILS],
);
await system(
  `INSERT INTO cases (council_id, reference, kind, category, raised_by_role, raised_by_name, received_at, subject, protocol_version_id, start_day, steps, step_due, handler_role)
   SELECT c.ids[1 + g % $3], 'B-' || g, 'enquiry', 'ward_matter', 'member', 'Cllr Bench', now(), 'Bench case', $1, current_date, '[]', current_date + (g % 20), 'clerk'
   FROM (SELECT array_agg(id) AS ids FROM councils WHERE slug LIKE 'bench-%') c, generate_series(1, $2) g`,
  [versionId, CASES, COUNCILS],
);
await system(
  `INSERT INTO reminders (council_id, case_id, kind, dedupe_key, send_at, deadline, step_index, to_roles)
   SELECT k.council_id, k.id, x.kind, 'case:' || k.id || ':' || x.kind, now() + (x.lead || ' days')::interval + (k.step_due - current_date) * interval '1 day', k.step_due, 0, ARRAY['clerk']
   FROM cases k CROSS JOIN (VALUES ('respond_soon', -1), ('respond_missed', 1)) AS x(kind, lead) WHERE k.reference LIKE 'B-%'`,
);
await ds.query('ANALYZE');
const [{ n: openCases }] = await system(`SELECT count(*)::int AS n FROM cases WHERE status = 'open'`);
const [{ n: pending }] = await system(`SELECT count(*)::int AS n FROM reminders WHERE status = 'pending'`);

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
const before = process.memoryUsage().rss;
const t2 = performance.now();
const sweep = await api.withSystemScope(ds, (s) => api.runReviewSweep(s, api.localDate('Europe/London'), 30));
const sweepSeconds = (performance.now() - t2) / 1000;
// The reconciling pass the worker makes: every due reminder in Postgres queued (here: those due today).
const sweepWorker = await startWorker(config, api.createLogger('worker', 'silent'));
await sweepWorker.reminders.pause();
const t3 = performance.now();
const queued = await sweepWorker.reconcile();
const reconcileSeconds = (performance.now() - t3) / 1000;
clearInterval(sampler);
await sweepWorker.reminders.obliterate({ force: true });
await sweepWorker.close();

console.log(`\nReminders, ${CONCURRENCY} at a time:`);
console.log(`  baseline (BullMQ no-op jobs)          ${noopRate.toFixed(0).padStart(7)} jobs/s`);
console.log(`  reminders (Postgres + SMTP, end to end) ${reminderRate.toFixed(0).padStart(5)} /s  (${(reminderRate / noopRate).toFixed(2)} of baseline; goal 0.25)`);
console.log(`\nDaily sweep, ${COUNCILS + Object.keys(councils).length} councils, ${openCases} open cases, ${pending} pending reminders:`);
console.log(`  review sweep         ${sweepSeconds.toFixed(2)} s  (${sweep.tasks} review tasks, ${sweep.recorded} notices)`);
console.log(`  reconciling pass     ${reconcileSeconds.toFixed(2)} s  (${queued} due reminders queued)`);
console.log(`  total                ${(sweepSeconds + reconcileSeconds).toFixed(2)} s (goal < 10 s); peak RSS ${(peak / 2 ** 20).toFixed(0)} MB (${(before / 2 ** 20).toFixed(0)} MB before; goal < 300 MB)`);

smtp.close();
connection.disconnect();
await ds.destroy();
await api.dropDatabase(config, database);
process.exit(0);
