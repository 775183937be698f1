#!/usr/bin/env node
// `npm run bench:sweep`: the daily review sweep (the job the worker runs, reviewSweepJob, in a system
// context) over BENCH_COUNCILS councils (default 100,000) and BENCH_CASES open cases (default 1,000,000,
// each with two pending reminders), in a scratch database seeded with generate_series and dropped at the end.
// The sweep runs in a process of its own, as in the worker: its wall time, the time its statements spent
// in Postgres (round trips) and the Postgres backend's CPU time, and the process's peak RSS.
// Goal: under 30 s and under 500 MB. Three runs: the first (every council whose date is within the
// notice period or past gets its task), the same day again (nothing to do), and the next day.
// Needs PostgreSQL and Redis as for `npm start` (Redis only for the shared preflight check).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { installAndBuild, prepareBench, require } from './setup.mjs';

const COUNCILS = Number(process.env.BENCH_COUNCILS ?? 100_000);
const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const GOAL_SECONDS = 30;
const GOAL_MB = 500;

// The sweep in its own process: one job run per message, answering with its figures.
const SWEEPER = `
  const { readFileSync } = require('node:fs');
  const api = require('./api/dist/index.js');
  const config = JSON.parse(process.argv[1]);
  const cpuOf = (pid) => {
    // utime + stime of a process, in seconds (clock ticks of 1/100 s on Linux).
    const fields = readFileSync('/proc/' + pid + '/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  };
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  (async () => {
    const ds = api.createDataSource(config, 'app');
    await ds.initialize();
    const before = process.memoryUsage().rss;
    process.on('message', async ({ today }) => {
      try {
        peak = process.memoryUsage().rss;
        let inPostgres = 0, statements = 0, backendCpu = 0;
        const byStatement = {};
        const node0 = process.cpuUsage();
        const t0 = performance.now();
        const result = await api.withSystemContext(config, ds, async (ctx) => {
          const session = await ctx.db();
          const [{ pid }] = await session.query('SELECT pg_backend_pid() AS pid');
          const cpu0 = cpuOf(pid);
          const query = session.query.bind(session);
          session.query = async (sql, params) => {
            const q0 = performance.now();
            try { return await query(sql, params); } finally {
              const ms = performance.now() - q0;
              inPostgres += ms; statements++;
              const key = sql.replace(/\\s+/g, ' ').trim().slice(0, 40);
              byStatement[key] = (byStatement[key] ?? 0) + ms / 1000;
            }
          };
          const r = await api.reviewSweepJob.handle(ctx, today ? { today } : {}, { attemptsMade: 0 });
          backendCpu = cpuOf(pid) - cpu0;
          return r;
        });
        const seconds = (performance.now() - t0) / 1000;
        const node = process.cpuUsage(node0);
        peak = Math.max(peak, process.memoryUsage().rss);
        process.send({ result, seconds, inPostgres: inPostgres / 1000, statements, byStatement, backendCpu, nodeCpu: (node.user + node.system) / 1e6, peak, before });
      } catch (e) {
        console.error(e);
        process.exit(1);
      }
    });
    process.send({ ready: true });
  })().catch((e) => { console.error(e); process.exit(1); });
`;

/** Seeds the scratch database: councils (half with an adopted protocol), open cases and their reminders. */
async function seed({ api, config, councils }) {
  const { Client } = require('pg');
  // As the Postgres admin, with triggers and foreign-key checks off for the bulk load (the change feed
  // would announce every row, and no API listens): the data is made consistent by construction.
  const admin = new Client({ host: config.db.host, port: config.db.port, user: config.db.admin.user, password: config.db.admin.password || undefined, database: config.db.database });
  await admin.connect();
  const q = (sql, params) => admin.query(sql, params);
  const t0 = performance.now();
  await q(`SET session_replication_role = replica`);
  await q(`SET maintenance_work_mem = '256MB'`);
  // Review dates spread over 400 days from 60 days ago, so a first sweep finds about a quarter within
  // the notice period or past (as when the sweep starts on an existing estate); the council's own date
  // disagrees where the protocol has one (the protocol's counts).
  await q(
    `INSERT INTO councils (name, slug, kind, nation, parent_id, next_review_due)
     SELECT 'Sweep Council ' || i, 'sweep-' || i, 'community', CASE WHEN i % 5 = 0 THEN 'wales' ELSE 'england' END, $1,
            CASE WHEN i % 2 = 0 THEN current_date + 1000 ELSE current_date - 60 + (i % 400) END
     FROM generate_series(1, $2) i`,
    [councils.torfaen, COUNCILS],
  );
  await q(
    `INSERT INTO protocols (council_id, title)
     SELECT id, 'Member/officer protocol' FROM councils WHERE slug LIKE 'sweep-%' AND substring(slug from 7)::int % 2 = 0`,
  );
  await q(
    `INSERT INTO protocol_versions (council_id, protocol_id, number, status, adopted_on, adopted_at, adopted_by, review_every_months, reviewing_body, next_review_due)
     SELECT p.council_id, p.id, 1, 'adopted', current_date - 300, (current_date - 300)::timestamptz, 'full_council', 12, 'full_council',
            current_date - 60 + (substring(c.slug from 7)::int % 400)
     FROM protocols p JOIN councils c ON c.id = p.council_id WHERE c.slug LIKE 'sweep-%'`,
  );
  const [{ version_id: versionId }] = (await q(`SELECT v.id AS version_id FROM protocol_versions v WHERE v.council_id = $1 AND v.status = 'adopted'`, [councils.ashbury])).rows;
  await q(
    `INSERT INTO cases (council_id, reference, kind, category, raised_by_role, raised_by_name, received_at, subject, protocol_version_id, start_day, steps, step_due, handler_role)
     SELECT c.ids[1 + g % array_length(c.ids, 1)], 'S-' || g, 'enquiry', 'ward_matter', 'member', 'Cllr Bench', now(), 'Bench case', $1, current_date, '[]',
            current_date + (g % 20), 'clerk'
     FROM (SELECT array_agg(id) AS ids FROM councils WHERE slug LIKE 'sweep-%') c, generate_series(1, $2) g`,
    [versionId, CASES],
  );
  await q(
    `INSERT INTO reminders (council_id, case_id, kind, dedupe_key, send_at, deadline, step_index, to_roles)
     SELECT k.council_id, k.id, x.kind, 'case:' || k.id || ':' || x.kind, now() + (x.lead || ' days')::interval + (k.step_due - current_date) * interval '1 day',
            k.step_due, 0, ARRAY['clerk']
     FROM cases k CROSS JOIN (VALUES ('respond_soon', -1), ('respond_missed', 1)) AS x(kind, lead) WHERE k.reference LIKE 'S-%'`,
  );
  await q(`SET session_replication_role = origin`);
  await q('VACUUM ANALYZE');
  const counts = (
    await q(`SELECT (SELECT count(*) FROM councils)::int AS councils, (SELECT count(*) FROM protocol_versions WHERE status = 'adopted')::int AS adopted,
                    (SELECT count(*) FROM cases WHERE status = 'open')::int AS cases, (SELECT count(*) FROM reminders WHERE status = 'pending')::int AS reminders`)
  ).rows[0];
  await admin.end();
  return { ...counts, seedSeconds: (performance.now() - t0) / 1000 };
}

/** Runs the bench on a prepared database; returns the figures (also used by bench:worker). */
export async function benchSweep(bench, log = console.log) {
  const { api, config } = bench;
  const seeded = bench.seeded ?? (await seed(bench));
  if (!bench.seeded) log(`• seeded ${seeded.councils} councils (${seeded.adopted} adopted protocols), ${seeded.cases} open cases, ${seeded.reminders} pending reminders in ${seeded.seedSeconds.toFixed(0)} s`);
  const child = spawn(process.execPath, ['-e', SWEEPER, JSON.stringify(config)], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise((_ok, fail) => child.once('exit', (code) => fail(new Error(`the sweep process exited with ${code}`))));
  const next = () => Promise.race([new Promise((ok) => child.once('message', ok)), exited]);
  await next(); // ready
  const today = api.localDate(config.worker.sweepTimezone);
  const runs = [];
  for (const [label, day] of [['first sweep', undefined], ['same day again', undefined], ['next day', api.addDays(today, 1)]]) {
    child.send({ today: day });
    runs.push({ label, ...(await next()) });
  }
  child.kill();
  const peakMb = Math.max(...runs.map((r) => r.peak)) / 2 ** 20;
  log(`\nDaily review sweep (the job, in its own process), ${seeded.councils} councils, ${seeded.cases} open cases:`);
  for (const r of runs) {
    const x = r.result;
    log(
      `  ${r.label.padEnd(15)} ${r.seconds.toFixed(2).padStart(6)} s  (Postgres ${r.inPostgres.toFixed(2)} s over ${r.statements} statements, backend CPU ${r.backendCpu.toFixed(2)} s, node CPU ${r.nodeCpu.toFixed(2)} s)` +
        `  ${x.tasks} tasks, ${x.recorded} reminders, ${x.overdue} marked overdue, ${x.cancelled} stale cancelled; peak RSS ${(r.peak / 2 ** 20).toFixed(0)} MB`,
    );
    if (process.env.BENCH_VERBOSE) for (const [sql, t] of Object.entries(r.byStatement)) log(`      ${t.toFixed(2).padStart(6)} s  ${sql}…`);
  }
  const worst = Math.max(...runs.map((r) => r.seconds));
  const ok = worst < GOAL_SECONDS && peakMb < GOAL_MB;
  log(`  slowest run ${worst.toFixed(2)} s (goal < ${GOAL_SECONDS} s); peak RSS ${peakMb.toFixed(0)} MB (${(runs[0].before / 2 ** 20).toFixed(0)} MB before the first run; goal < ${GOAL_MB} MB): ${ok ? 'within the goal' : 'OUTSIDE THE GOAL'}`);
  return { seeded, runs, worstSeconds: worst, peakMb, ok };
}

/**
 * BENCH_KEEP=1 keeps the seeded database (its name is printed); BENCH_DATABASE=<name> sweeps such a
 * database again without seeding (its review tasks and their reminders are removed first).
 */
async function reuse(database) {
  const { loadConfig } = require('../config/dist/index.js');
  const api = require('../api/dist/index.js');
  const config = loadConfig({ ...process.env, PGDATABASE: database, LOG_LEVEL: 'silent', API_PORT: '0' });
  await api.migrate(config);
  const { Client } = require('pg');
  const admin = new Client({ host: config.db.host, port: config.db.port, user: config.db.admin.user, password: config.db.admin.password || undefined, database });
  await admin.connect();
  await admin.query('DELETE FROM reminders WHERE review_task_id IS NOT NULL; DELETE FROM review_tasks');
  await admin.query('VACUUM ANALYZE reminders, review_tasks');
  const [{ councils, cases }] = (await admin.query(`SELECT (SELECT count(*) FROM councils)::int AS councils, (SELECT count(*) FROM cases WHERE status = 'open')::int AS cases`)).rows;
  await admin.end();
  return { api, config, seeded: { councils, cases } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  installAndBuild();
  let ok = false;
  if (process.env.BENCH_DATABASE) {
    ({ ok } = await benchSweep(await reuse(process.env.BENCH_DATABASE)));
  } else {
    const bench = await prepareBench({ LOG_LEVEL: 'silent' });
    try {
      ({ ok } = await benchSweep(bench));
    } finally {
      if (process.env.BENCH_KEEP) console.log(`\nkept the database ${bench.config.db.database} (BENCH_DATABASE=${bench.config.db.database} sweeps it again; drop it when done)`);
      else await bench.finish();
    }
  }
  process.exit(ok ? 0 : 1);
}
