#!/usr/bin/env node
// `npm run bench:worker`: the worker's throughput and its daily sweep, beside a baseline, in one run.
//  1. Reminders delivered per second end to end (due in Postgres → the change feed and a timer → BullMQ batch
//     jobs → one Postgres transaction per batch and an SMTP message each to a real SMTP sink in its own
//     process), with the lag from each reminder's due time to its sent time (p50, p99), beside BullMQ's own
//     throughput for no-op jobs on the same Redis, measured in the same run. To show each part's share:
//     BullMQ jobs that each send one message and touch no database, and the least a transaction per
//     reminder can be (lock and update one row, one round trip), with no queue or mail. While the reminders
//     go, where the time goes: the CPU seconds of each process (this one, which hosts the worker; the SMTP
//     sink; the bench database's Postgres backends; Redis) and the time the batches spent in each step.
//  2. The daily review sweep over BENCH_COUNCILS councils (100,000) and BENCH_CASES open cases (1,000,000),
//     the job in a process of its own (bench/sweep.mjs's benchSweep): seconds and peak RSS.
// One table at the end. Needs PostgreSQL and Redis as for `npm start`.
// BENCH_REMINDERS, BENCH_NOOP_JOBS, BENCH_CONCURRENCY, BENCH_BATCH, BENCH_COUNCILS, BENCH_CASES; BENCH_SKIP_SWEEP=1 skips part 2.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { installAndBuild, prepareBench, require } from './setup.mjs';
import { benchSweep } from './sweep.mjs';

installAndBuild();

const { startWorker } = require('../worker/dist/index.js');
const { smtpMailer } = require('../api/dist/common/mail.js');
const { DbSession } = require('../api/dist/db/session.js');
const { Queue, Worker } = require('bullmq');
const IORedis = require('ioredis');

const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 10000);
const NOOP_JOBS = Number(process.env.BENCH_NOOP_JOBS ?? 20000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const BATCH = Number(process.env.BENCH_BATCH ?? 0) || undefined;
const GOAL = 0.25;
const loadAtStart = loadavg()[0];

// --- CPU seconds of processes, from /proc (utime + stime, clock ticks of 1/100 s) -------------------
const cpuOf = (pid) => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0; // gone
  }
};
const pidsNamed = (name) =>
  readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/comm`, 'utf8').trim() === name;
      } catch {
        return false;
      }
    })
    .map(Number);

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

const bench = await prepareBench({
  SMTP_PORT: String(sinkPort),
  WORKER_CONCURRENCY: String(CONCURRENCY),
  RECONCILE_EVERY_MS: '100000000',
  // The bench's own one-row transactions take CONCURRENCY connections at once.
  PG_POOL_MAX: String(CONCURRENCY + 4),
});
const { api, config, ds, councils, finish } = bench;
const system = (sql, params) => api.withSystemScope(ds, (s) => s.query(sql, params));
const log = (line) => process.stderr.write(`• ${line}\n`);

// --- 1. Baseline: BullMQ no-op jobs (measured before the reminders and again after them) ---------------
const connection = new IORedis(config.redis.url, { maxRetriesPerRequest: null });
const redisPids = pidsNamed('redis-server');
const redisCpu = () => redisPids.reduce((sum, pid) => sum + cpuOf(pid), 0);
async function baseline() {
  const noop = new Queue('bench-noop', { connection, prefix: config.redis.prefix });
  for (let i = 0; i < NOOP_JOBS; i += 1000) {
    await noop.addBulk(Array.from({ length: Math.min(1000, NOOP_JOBS - i) }, (_, j) => ({ name: 'noop', data: { i: i + j }, opts: { removeOnComplete: true } })));
  }
  let done = 0;
  const self0 = process.cpuUsage();
  const redis0 = redisCpu();
  const t0 = performance.now();
  const noopWorker = new Worker('bench-noop', async () => undefined, { connection: new IORedis(config.redis.url, { maxRetriesPerRequest: null }), prefix: config.redis.prefix, concurrency: CONCURRENCY });
  await new Promise((ok) => noopWorker.on('completed', () => ++done === NOOP_JOBS && ok()));
  const rate = NOOP_JOBS / ((performance.now() - t0) / 1000);
  const self = process.cpuUsage(self0);
  const cpuPerJob = ((self.user + self.system) / 1e6 + redisCpu() - redis0) / NOOP_JOBS;
  await noopWorker.close();
  await noop.obliterate({ force: true });
  await noop.close();
  return { rate, cpuPerJob };
}
const before = await baseline();
log(`baseline: ${before.rate.toFixed(0)} no-op jobs/s`);

// --- 1. For reference: BullMQ jobs that each send one message, with no Postgres -------------------
const mailOnly = new Queue('bench-mail', { connection, prefix: config.redis.prefix });
for (let i = 0; i < NOOP_JOBS; i += 1000) {
  await mailOnly.addBulk(Array.from({ length: Math.min(1000, NOOP_JOBS - i) }, (_, j) => ({ name: 'mail', data: { i: i + j }, opts: { removeOnComplete: true } })));
}
const mailer = smtpMailer(config);
const received0 = await sinkReceived();
let mailed = 0;
const sinkCpuMail0 = cpuOf(sink.pid);
const tm = performance.now();
const mailWorker = new Worker(
  'bench-mail',
  (job) => mailer.send({ to: 'director@ashbury.example', toName: 'Bench Director', subject: `Reply due Friday 4 December 2026: BENCH-${job.data.i}`, text: 'Dear Bench Director,\n\nEnquiry BENCH ("Bench") must be answered by Friday 4 December 2026.', messageId: `<mail-only.${job.data.i}@accord>` }),
  { connection: new IORedis(config.redis.url, { maxRetriesPerRequest: null }), prefix: config.redis.prefix, concurrency: CONCURRENCY },
);
await new Promise((ok) => mailWorker.on('completed', () => ++mailed === NOOP_JOBS && ok()));
while ((await sinkReceived()) - received0 < NOOP_JOBS) await new Promise((ok) => setTimeout(ok, 10));
const mailSeconds = (performance.now() - tm) / 1000;
const mailRate = NOOP_JOBS / mailSeconds;
const sinkCpuPerMail = (cpuOf(sink.pid) - sinkCpuMail0) / NOOP_JOBS;
await mailWorker.close();
mailer.close();
await mailOnly.obliterate({ force: true });
await mailOnly.close();
log(`jobs sending one message: ${mailRate.toFixed(0)}/s`);
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
await system(
  `INSERT INTO reminders (council_id, case_id, kind, dedupe_key, send_at, deadline, step_index, to_roles)
   SELECT $1, k, 'respond_soon', 'bench:' || k, now() + interval '1 hour', current_date + 5, 0, ARRAY['director'] FROM unnest($2::uuid[]) k`,
  [councils.ashbury, caseIds],
);
// For reference: the least a transaction per reminder can be, one round trip that locks and updates the
// reminder's row (it changes nothing the worker reads), CONCURRENCY at a time, committed as the worker's are.
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
        await client.query(`BEGIN; SELECT set_config('accord.system', 'on', true), set_config('synchronous_commit', 'off', true); SELECT id FROM reminders WHERE id = ${id} FOR UPDATE;
                            UPDATE reminders SET attempts = attempts WHERE id = ${id}; COMMIT`);
      }
    } finally {
      client.release();
    }
  }),
);
const txRate = reminderIds.length / ((performance.now() - tx0) / 1000);
log(`one-row transactions: ${txRate.toFixed(0)}/s`);

// Where a batch's time goes (summed over the jobs running at once): each statement by its first words,
// waiting for a connection and BEGIN, COMMIT, and the sends.
const steps = new Map();
const timed = (label, ms) => {
  const s = steps.get(label) ?? { ms: 0, n: 0 };
  s.ms += ms;
  s.n++;
  steps.set(label, s);
};
const labelOf = (sql) => {
  const text = sql.replace(/\s+/g, ' ').trim();
  if (/^SELECT set_config/.test(text)) return 'system scope';
  if (/FROM \(SELECT r\.case_id/.test(text)) return 'claim: cases';
  if (/FROM reminders WHERE case_id = ANY/.test(text)) return 'claim: reminders';
  if (/review_tasks/.test(text) && /SKIP LOCKED/.test(text)) return 'claim: review tasks';
  if (/^WITH c AS/.test(text)) return 'facts';
  if (/^WITH sent AS/.test(text)) return 'record';
  return text.slice(0, 30);
};
const { query: originalQuery, end: originalEnd } = DbSession.prototype;
const originalBegin = DbSession.begin;
let profiling = false;
// BENCH_PROFILE=1 also charges each statement with its backend's CPU time (from /proc, in ticks of 10 ms:
// right in sum over many statements; it costs each batch one more round trip, for the backend's pid).
const backendCpu = new Map();
const backendPid = new WeakMap();
DbSession.prototype.query = async function (sql, params) {
  if (!profiling) return originalQuery.call(this, sql, params);
  let pid;
  if (process.env.BENCH_PROFILE) {
    pid = backendPid.get(this) ?? (await originalQuery.call(this, 'SELECT pg_backend_pid() AS pid'))[0].pid;
    backendPid.set(this, pid);
  }
  const c0 = pid ? cpuOf(pid) : 0;
  const q0 = performance.now();
  try {
    return await originalQuery.call(this, sql, params);
  } finally {
    timed(labelOf(sql), performance.now() - q0);
    if (pid) backendCpu.set(labelOf(sql), (backendCpu.get(labelOf(sql)) ?? 0) + cpuOf(pid) - c0);
  }
};
DbSession.begin = async function (ds) {
  const q0 = performance.now();
  try {
    return await originalBegin.call(this, ds);
  } finally {
    if (profiling) timed('pool connection + BEGIN', performance.now() - q0);
  }
};
DbSession.prototype.end = async function (commit) {
  const q0 = performance.now();
  try {
    return await originalEnd.call(this, commit);
  } finally {
    if (profiling) timed('COMMIT', performance.now() - q0);
  }
};
const workerMailer = smtpMailer(config);
const profiledMailer = {
  async send(mail) {
    const q0 = performance.now();
    try {
      return await workerMailer.send(mail);
    } finally {
      if (profiling) timed('send (each message)', performance.now() - q0);
    }
  },
  close: () => workerMailer.close(),
};

const worker = await startWorker(config, api.createLogger('worker', 'silent'), profiledMailer, { reminderBatchSize: BATCH });
// Due a few seconds from now, all at the same instant: the worker (already running) hears of them on the
// change feed, sets its timer, and starts on them when they fall due.
const DUE_IN_MS = 3000;
// (A SELECT around the UPDATE: TypeORM answers a bare UPDATE … RETURNING with [rows, count], which left the
// due time undefined and started the clock at once, three seconds before anything was due.)
const [{ due_at: dueAt }] = await system(
  `WITH due AS (UPDATE reminders SET send_at = now() + make_interval(secs => $1::float8 / 1000) WHERE dedupe_key LIKE 'bench:%' RETURNING send_at)
   SELECT max(send_at) AS due_at FROM due`,
  [DUE_IN_MS],
);
if (!(new Date(dueAt).getTime() > Date.now())) throw new Error(`the reminders' due time is not ahead: ${dueAt}`);
await new Promise((ok) => setTimeout(ok, Math.max(0, new Date(dueAt).getTime() - Date.now())));
// Postgres: the backends of the bench's database (those that start meanwhile count from zero).
const backends = async () => (await system(`SELECT array_agg(pid) AS pids FROM pg_stat_activity WHERE datname = current_database()`))[0].pids;
const pgCpu0 = new Map((await backends()).map((pid) => [pid, cpuOf(pid)]));
const cpu0 = { self: process.cpuUsage(), sink: cpuOf(sink.pid), redis: redisPids.map(cpuOf) };
const inspector = process.env.BENCH_CPU_PROFILE ? new (await import('node:inspector')).Session() : null;
const post = (method, params) => new Promise((ok, fail) => inspector.post(method, params, (e, r) => (e ? fail(e) : ok(r))));
if (inspector) {
  inspector.connect();
  await post('Profiler.enable');
  await post('Profiler.start');
}
profiling = true;
const t1 = performance.now();
// Watching costs little: the sink's count first (a message to its process), Postgres only once every message arrived.
let allReceivedAt = 0;
for (;;) {
  if ((await sinkReceived()) - sinkBefore >= REMINDERS) {
    allReceivedAt ||= performance.now();
    const [{ n }] = await system(`SELECT count(*)::int AS n FROM reminders WHERE dedupe_key LIKE 'bench:%' AND status = 'sent'`);
    if (n === REMINDERS) break;
  }
  await new Promise((ok) => setTimeout(ok, 10));
}
if (process.env.BENCH_TIMELINE) log(`t1 was ${performance.timeOrigin + t1 - new Date(dueAt).getTime()} ms after due; max sent_at - due: ${(await system(`SELECT extract(epoch FROM max(sent_at) - $1::timestamptz) AS x FROM reminders WHERE dedupe_key LIKE 'bench:%'`, [dueAt]))[0].x}`);
if (process.env.BENCH_TIMELINE) log(`all received by the sink after ${((allReceivedAt - t1) / 1000).toFixed(2)} s, all recorded after ${((performance.now() - t1) / 1000).toFixed(2)} s`);
const reminderSeconds = (performance.now() - t1) / 1000;
profiling = false;
const selfCpu = process.cpuUsage(cpu0.self);
const pgPids = new Set([...pgCpu0.keys(), ...(await backends())]);
if (inspector) {
  const { profile } = await post('Profiler.stop');
  (await import('node:fs')).writeFileSync(process.env.BENCH_CPU_PROFILE, JSON.stringify(profile));
  inspector.disconnect();
}
const cpu = {
  worker: (selfCpu.user + selfCpu.system) / 1e6,
  sink: cpuOf(sink.pid) - cpu0.sink,
  postgres: [...pgPids].reduce((sum, pid) => sum + Math.max(0, cpuOf(pid) - (pgCpu0.get(pid) ?? 0)), 0),
  redis: redisPids.reduce((sum, pid, i) => sum + cpuOf(pid) - cpu0.redis[i], 0),
};
const reminderRate = REMINDERS / reminderSeconds;
const [lag] = await system(
  `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - send_at)) AS p50,
          percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - send_at)) AS p99,
          min(extract(epoch FROM sent_at - send_at)) AS first,
          max(extract(epoch FROM sent_at - send_at)) AS last
   FROM reminders WHERE dedupe_key LIKE 'bench:%'`,
);
if (process.env.BENCH_TIMELINE) {
  const hist = await system(
    `SELECT floor(extract(epoch FROM sent_at - send_at) * 4) / 4 AS at, count(*)::int AS n FROM reminders WHERE dedupe_key LIKE 'bench:%' GROUP BY 1 ORDER BY 1`,
  );
  log(`sent per quarter second after due: ${hist.map((h) => `${h.at}s:${h.n}`).join(' ')}`);
}
await worker.close();
Object.assign(DbSession.prototype, { query: originalQuery, end: originalEnd });
DbSession.begin = originalBegin;
const batchSize = BATCH ?? api.REMINDER_BATCH_SIZE;
log(`reminders: ${reminderRate.toFixed(0)}/s`);
const after = await baseline();
log(`baseline again: ${after.rate.toFixed(0)} no-op jobs/s`);
// The machine is shared: the baseline is the mean of the two, one either side of the reminders.
const noopRate = (before.rate + after.rate) / 2;
const noopCpu = (before.cpuPerJob + after.cpuPerJob) / 2;

// --- 2. The daily sweep over 100,000 councils and 1,000,000 open cases ------------------------------
const sweep = process.env.BENCH_SKIP_SWEEP ? null : await benchSweep(bench, (line) => process.stderr.write(`${line}\n`));

// --- One table -------------------------------------------------------------------------------------
const n = (x, d = 0) => x.toLocaleString('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d });
const rows = [
  ['BullMQ no-op jobs (baseline: mean of before and after)', `${n(noopRate)} /s`, `${n(before.rate)} before, ${n(after.rate)} after`],
  ['jobs sending one message, no Postgres', `${n(mailRate)} /s`, `${(mailRate / noopRate).toFixed(2)}x baseline`],
  ['one-row Postgres transactions, no queue or mail', `${n(txRate)} /s`, `${(txRate / noopRate).toFixed(2)}x baseline`],
  [`reminders end to end (batches of ${batchSize}, ${CONCURRENCY} at once)`, `${n(reminderRate)} /s`, `${(reminderRate / noopRate).toFixed(2)}x baseline (goal >= ${GOAL}): ${reminderRate / noopRate >= GOAL ? 'met' : 'NOT MET'}`],
  [`lag from due to sent (${n(REMINDERS)} due at one instant)`, `p50 ${n(lag.p50 * 1000)} ms, p99 ${n(lag.p99 * 1000)} ms`, `first ${n(lag.first * 1000)} ms, last ${n(lag.last * 1000)} ms`],
];
if (sweep) {
  for (const r of sweep.runs) rows.push([`daily sweep, ${r.label} (${n(sweep.seeded.councils)} councils, ${n(sweep.seeded.cases)} open cases)`, `${r.seconds.toFixed(2)} s`, `${n(r.result.tasks)} tasks, ${n(r.result.recorded)} reminders`]);
  rows.push(['daily sweep, slowest run / peak RSS', `${sweep.worstSeconds.toFixed(2)} s, ${n(sweep.peakMb)} MB`, `goal < 30 s, < 500 MB: ${sweep.ok ? 'met' : 'NOT MET'}`]);
}
const total = Object.values(cpu).reduce((a, b) => a + b, 0);
rows.push([
  'CPU per item (all processes): no-op job / reminder',
  `${(noopCpu * 1000).toFixed(3)} ms / ${((total / REMINDERS) * 1000).toFixed(3)} ms`,
  `${(noopCpu / (total / REMINDERS)).toFixed(2)}x: the share an idle machine, bound by CPU, would give`,
]);
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
console.log(`\nbench:worker, ${new Date().toISOString().slice(0, 10)}, load average ${loadAtStart.toFixed(1)} at the start (2 cores = 2.0)\n`);
for (const r of rows) console.log(`  ${r.map((c, i) => c.padEnd(widths[i])).join('  ')}`);

console.log(`\n  While the reminders went (${reminderSeconds.toFixed(1)} s wall, ${(2 * reminderSeconds).toFixed(1)} core-seconds on 2 cores), CPU seconds per 1,000 reminders:`);
for (const [k, v] of Object.entries(cpu)) console.log(`    ${k.padEnd(10)} ${((v / REMINDERS) * 1000).toFixed(3).padStart(7)} s  (${((v / reminderSeconds) * 100).toFixed(0)}% of a core)`);
console.log(`    ${'all four'.padEnd(10)} ${((total / REMINDERS) * 1000).toFixed(3).padStart(7)} s  (the SMTP sink alone takes ${(sinkCpuPerMail * 1000).toFixed(3)} s per 1,000 messages, so it caps sends at ${n(1 / sinkCpuPerMail)} /s per core)`);
console.log(`  Time in each step of a batch (summed over the ${CONCURRENCY} jobs at once), seconds:`);
for (const [label, s] of [...steps].sort((a, b) => b[1].ms - a[1].ms)) {
  const pg = backendCpu.has(label) ? `; Postgres CPU ${backendCpu.get(label).toFixed(2)} s` : '';
  console.log(`    ${(s.ms / 1000).toFixed(1).padStart(6)}  ${label} (${n(s.n)} times${pg})`);
}

sink.kill();
connection.disconnect();
await finish();
process.exit(sweep && !sweep.ok ? 1 : 0);
