#!/usr/bin/env node
// `npm run bench:worker`: the worker's throughput and its daily sweep, beside a baseline in the same run.
//  1. Reminders delivered per second end to end (due in Postgres → the change feed and a timer → BullMQ batch
//     jobs → one Postgres transaction per batch and an SMTP message each to a real SMTP sink in its own
//     process), with the lag from each reminder's due time to its sent time (p50, p99), beside BullMQ's own
//     throughput for no-op jobs on the same Redis,
//     and, to show each part's share, BullMQ jobs that each send one message and touch no database, and
//     the least a transaction per reminder can be (lock and update one row, one round trip), with no queue or mail.
//  2. The daily sweep over 10,000 councils and 100,000 open cases: the review sweep (tasks and their
//     reminders) and a reconciling pass over every pending reminder; seconds and peak memory (RSS).
// Needs PostgreSQL and Redis as for `npm start`.
import { spawn } from 'node:child_process';
import { installAndBuild, prepareBench, require } from './setup.mjs';

installAndBuild();

const { startWorker } = require('../worker/dist/index.js');
const { smtpMailer } = require('../api/dist/common/mail.js');
const { Queue, Worker } = require('bullmq');
const IORedis = require('ioredis');

const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 10000);
const NOOP_JOBS = Number(process.env.BENCH_NOOP_JOBS ?? 20000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const BATCH = Number(process.env.BENCH_BATCH ?? 0) || undefined;
const COUNCILS = Number(process.env.BENCH_COUNCILS ?? 10_000);
const CASES = Number(process.env.BENCH_CASES ?? 100_000);

// An SMTP sink that counts what it accepts, in its own process (as a mail server would be).
const SINK = `
  const { SMTPServer } = require('smtp-server');
  let received = 0;
  const s = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, _session, done) { stream.on('data', () => {}); stream.on('end', () => { received++; done(); }); } });
  s.on('error', () => {});
  s.listen(0, '127.0.0.1', () => process.send({ port: s.server.address().port }));
  process.on('message', () => process.send({ received }));
`;
const sink = spawn(process.execPath, ['-e', SINK], { cwd: new URL('..', import.meta.url).pathname, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const sinkPort = await new Promise((ok) => sink.once('message', (m) => ok(m.port)));
const sinkReceived = () => new Promise((ok) => { sink.once('message', (m) => ok(m.received)); sink.send('count'); });

const { api, config, ds, councils, finish } = await prepareBench({
  SMTP_PORT: String(sinkPort),
  WORKER_CONCURRENCY: String(CONCURRENCY),
  RECONCILE_EVERY_MS: '100000000',
  PG_POOL_MAX: String(CONCURRENCY + 4),
});
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

// --- 1. For reference: BullMQ jobs that each send one message, with no Postgres -------------------
const mailOnly = new Queue('bench-mail', { connection, prefix: config.redis.prefix });
for (let i = 0; i < NOOP_JOBS; i += 1000) {
  await mailOnly.addBulk(Array.from({ length: Math.min(1000, NOOP_JOBS - i) }, (_, j) => ({ name: 'mail', data: { i: i + j }, opts: { removeOnComplete: true } })));
}
const mailer = smtpMailer(config);
const received0 = await sinkReceived();
let mailed = 0;
const tm = performance.now();
const mailWorker = new Worker(
  'bench-mail',
  (job) => mailer.send({ to: 'director@ashbury.example', toName: 'Bench Director', subject: `Reply due Friday 4 December 2026: BENCH-${job.data.i}`, text: 'Dear Bench Director,\n\nEnquiry BENCH ("Bench") must be answered by Friday 4 December 2026.', messageId: `<mail-only.${job.data.i}@accord>` }),
  { connection: new IORedis(config.redis.url, { maxRetriesPerRequest: null }), prefix: config.redis.prefix, concurrency: CONCURRENCY },
);
await new Promise((ok) => mailWorker.on('completed', () => ++mailed === NOOP_JOBS && ok()));
while ((await sinkReceived()) - received0 < NOOP_JOBS) await new Promise((ok) => setTimeout(ok, 10));
const mailRate = NOOP_JOBS / ((performance.now() - tm) / 1000);
await mailWorker.close();
mailer.close();
await mailOnly.obliterate({ force: true });
await mailOnly.close();
const sinkBefore = await sinkReceived();

// --- 1. Reminders end to end ---------------------------------------------------------------------
const [{ version_id: versionId }] = await system(
  `SELECT v.id AS version_id FROM protocol_versions v WHERE v.council_id = $1 AND v.status = 'adopted'`,
  [councils.ashbury],
);
// One reminder per case, as in life (reminders of one case wait for each other).
const [{ ids: caseIds }] = await system(
  `WITH made AS (
     INSERT INTO cases (council_id, reference, kind, category, raised_by_role, raised_by_name, received_at, subject, protocol_version_id, start_day, steps, handler_role)
     SELECT $1, 'BENCH-' || i, 'enquiry', 'ward_matter', 'member', 'Cllr Bench', now(), 'Bench', $2, current_date, '[]', 'democratic_services' FROM generate_series(1, $3) i
     RETURNING id)
   SELECT array_agg(id) AS ids FROM made`,
  [councils.ashbury, versionId, REMINDERS],
);
// Due a few seconds from now, all at the same instant: the worker (already running by then) hears of them on the
// change feed when they are added, sets its timer, and starts on them when they fall due.
const DUE_IN_MS = 4000;
await system(
  `INSERT INTO reminders (council_id, case_id, kind, dedupe_key, send_at, deadline, step_index, to_roles)
   SELECT $1, k, 'respond_soon', 'bench:' || k, now() + interval '1 hour', current_date + 5, 0, ARRAY['director'] FROM unnest($2::uuid[]) k`,
  [councils.ashbury, caseIds],
);
// For reference: the least a transaction per reminder can be, one round trip that locks and updates the
// reminder's row (it changes nothing the worker reads), CONCURRENCY at a time.
const [{ ids: reminderIds }] = await system(`SELECT array_agg(id) AS ids FROM reminders WHERE dedupe_key LIKE 'bench:%'`);
const pool = ds.driver.master;
let next = 0;
const tx0 = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    const client = await pool.connect();
    try {
      while (next < reminderIds.length) {
        const id = client.escapeLiteral(reminderIds[next++]);
        await client.query(`BEGIN; SELECT set_config('accord.system', 'on', true); SELECT id FROM reminders WHERE id = ${id} FOR UPDATE;
                            UPDATE reminders SET attempts = attempts WHERE id = ${id}; COMMIT`);
      }
    } finally {
      client.release();
    }
  }),
);
const txRate = reminderIds.length / ((performance.now() - tx0) / 1000);

const worker = await startWorker(config, api.createLogger('worker', 'silent'), undefined, { reminderBatchSize: BATCH });
const [{ due_at: dueAt }] = await system(
  `UPDATE reminders SET send_at = now() + make_interval(secs => $1::float8 / 1000) WHERE dedupe_key LIKE 'bench:%' RETURNING send_at AS due_at`,
  [DUE_IN_MS],
);
await new Promise((ok) => setTimeout(ok, Math.max(0, new Date(dueAt).getTime() - Date.now())));
const t1 = performance.now();
// Watching costs little: the sink's count first (a message to its process), Postgres only once every message arrived.
for (;;) {
  if ((await sinkReceived()) - sinkBefore >= REMINDERS) {
    const [{ n }] = await system(`SELECT count(*)::int AS n FROM reminders WHERE dedupe_key LIKE 'bench:%' AND status = 'sent'`);
    if (n === REMINDERS) break;
  }
  await new Promise((ok) => setTimeout(ok, 10));
}
const reminderRate = REMINDERS / ((performance.now() - t1) / 1000);
const [lag] = await system(
  `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - send_at)) AS p50,
          percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - send_at)) AS p99,
          min(extract(epoch FROM sent_at - send_at)) AS first
   FROM reminders WHERE dedupe_key LIKE 'bench:%'`,
);
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

// The sweep runs in a process of its own, as the worker would: its time and its peak memory.
const SWEEP = `
  const api = require('./api/dist/index.js');
  const { startWorker } = require('./worker/dist/index.js');
  const config = JSON.parse(process.argv[1]);
  (async () => {
    let peak = process.memoryUsage().rss;
    const before = peak;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const ds = api.createDataSource(config, 'app');
    await ds.initialize();
    const t0 = performance.now();
    const sweep = await api.withSystemScope(ds, (s) => api.runReviewSweep(s, api.localDate('Europe/London'), 30));
    const sweepSeconds = (performance.now() - t0) / 1000;
    const worker = await startWorker(config, api.createLogger('worker', 'silent'));
    await worker.reminders.pause();
    const t1 = performance.now();
    const queued = await worker.reconcile();
    const reconcileSeconds = (performance.now() - t1) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    await worker.reminders.obliterate({ force: true });
    await worker.close();
    await ds.destroy();
    process.send({ sweepSeconds, reconcileSeconds, tasks: sweep.tasks, recorded: sweep.recorded, queued, peak, before });
  })().catch((e) => { console.error(e); process.exit(1); });
`;
const sweepProcess = spawn(process.execPath, ['-e', SWEEP, JSON.stringify(config)], { cwd: new URL('..', import.meta.url).pathname, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const { sweepSeconds, reconcileSeconds, tasks, recorded, queued, peak, before } = await new Promise((ok, fail) => {
  sweepProcess.once('message', ok);
  sweepProcess.once('exit', (code) => code && fail(new Error(`the sweep process exited with ${code}`)));
});
const sweep = { tasks, recorded };

console.log(`\nReminders, ${CONCURRENCY} at a time:`);
console.log(`  baseline (BullMQ no-op jobs)          ${noopRate.toFixed(0).padStart(7)} jobs/s`);
console.log(`  jobs sending one message, no Postgres ${mailRate.toFixed(0).padStart(7)} /s  (${(mailRate / noopRate).toFixed(2)} of baseline)`);
console.log(`  one-row Postgres transactions only    ${txRate.toFixed(0).padStart(7)} /s  (${(txRate / noopRate).toFixed(2)} of baseline)`);
console.log(`  reminders (Postgres + SMTP, end to end) ${reminderRate.toFixed(0).padStart(5)} /s  (${(reminderRate / noopRate).toFixed(2)} of baseline; goal 0.25), batches of ${BATCH ?? api.REMINDER_BATCH_SIZE}`);
console.log(`  lag from due to sent (${REMINDERS} due at one instant): first ${(lag.first * 1000).toFixed(0)} ms, p50 ${(lag.p50 * 1000).toFixed(0)} ms, p99 ${(lag.p99 * 1000).toFixed(0)} ms`);
console.log(`\nDaily sweep, ${COUNCILS + Object.keys(councils).length} councils, ${openCases} open cases, ${pending} pending reminders:`);
console.log(`  review sweep         ${sweepSeconds.toFixed(2)} s  (${sweep.tasks} review tasks, ${sweep.recorded} notices)`);
console.log(`  reconciling pass     ${reconcileSeconds.toFixed(2)} s  (${queued} due reminders queued)`);
console.log(`  total                ${(sweepSeconds + reconcileSeconds).toFixed(2)} s (goal < 10 s); peak RSS of the sweeping process ${(peak / 2 ** 20).toFixed(0)} MB (${(before / 2 ** 20).toFixed(0)} MB at its start; goal < 300 MB)`);

sink.kill();
connection.disconnect();
await finish();
process.exit(0);
