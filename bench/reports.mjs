#!/usr/bin/env node
// `npm run bench:reports`: the standards committee's report (protocolReport) for a monitoring officer
// over a year, with 500 councils below them and 50,000 cases (with their events, closure days and
// reviews), through the real API, beside a baseline in the same run: raw `pg` + `node:http` running the
// report's own SQL statements with the same row-level security (no GraphQL, no ORM, no services).
// Prints p50/p95/p99 latency (one request at a time) and the ratio; fails (exit 1) when the API's p99
// is 300 ms or more. Needs PostgreSQL and Redis as for `npm start`; builds the API first.
import { addParishes, installAndBuild, prepareBench, require, startApi, startBaseline } from './setup.mjs';

installAndBuild();

const { Client } = require('pg');
const COUNCILS = Number(process.env.BENCH_COUNCILS ?? 500);
const CASES = Number(process.env.BENCH_CASES ?? 50_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const P99_LIMIT_MS = Number(process.env.BENCH_P99_MS ?? 300);
const { api, config, ds, councils, finish } = await prepareBench();
const report = require('../api/dist/reports/report.service.js');

let ok = false;
try {
  const today = api.localDate('Europe/London');
  const from = new Date(Date.parse(today) - 364 * 86_400_000).toISOString().slice(0, 10);

  const seeded = performance.now();
  await addParishes(api, ds, councils.torfaen, COUNCILS);
  await api.withSystemScope(ds, async (s) => {
    // Any adopted version will do for the foreign key: the report does not read it.
    const [{ id: versionId }] = await s.query(`SELECT id FROM protocol_versions WHERE status = 'adopted' ORDER BY number LIMIT 1`);
    // Every council closes for two days at Christmas.
    await s.query(
      `INSERT INTO council_closures (council_id, date, reason)
       SELECT c.id, d::date, 'Christmas shutdown' FROM councils c
         CROSS JOIN generate_series(date_trunc('year', $1::date) + interval '11 months 28 days', date_trunc('year', $1::date) + interval '11 months 29 days', interval '1 day') d
        WHERE c.slug LIKE 'bench-parish-%'`,
      [from],
    );
    // The cases: received over the year, 85% enquiries; most acknowledged and answered some days later.
    await s.query(
      `INSERT INTO cases (council_id, reference, kind, category, concern, raised_by_role, raised_by_name, received_at, subject,
                          status, protocol_version_id, start_day, acknowledge_by, respond_by, steps)
       SELECT c.id, 'B-' || n, k.kind, CASE WHEN k.kind = 'enquiry' THEN 'ward_matter' END, CASE WHEN k.kind = 'concern' THEN (ARRAY['member_about_officer','officer_about_member','member_about_member'])[1 + n % 3] END,
              'member', 'Cllr Bench', r.at, 'Bench case', 'open', $2, r.at::date, r.at::date + 4, r.at::date + 14, '[]'::jsonb
         FROM (SELECT id, row_number() OVER (ORDER BY slug) AS rn FROM councils WHERE slug LIKE 'bench-parish-%') c
         CROSS JOIN LATERAL generate_series(1, $3::int / $4::int) n
         CROSS JOIN LATERAL (SELECT CASE WHEN (n * 7 + c.rn) % 100 < 85 THEN 'enquiry' ELSE 'concern' END AS kind) k
         CROSS JOIN LATERAL (SELECT ($1::date + ((n * 37 + c.rn * 11) % 365) * interval '1 day' + interval '9 hours' + ((n % 8) * interval '1 hour')) AT TIME ZONE 'Europe/London' AS at) r`,
      [from, versionId, CASES, COUNCILS],
    );
    await s.query(
      `INSERT INTO case_events (council_id, case_id, at, kind)
       SELECT council_id, id, received_at, 'opened' FROM cases WHERE reference LIKE 'B-%'
       UNION ALL
       SELECT council_id, id, received_at + ((h % 6) * interval '1 day'), 'acknowledged' FROM (SELECT *, abs(hashtext(id::text)) AS h FROM cases WHERE reference LIKE 'B-%') c WHERE h % 100 < 85
       UNION ALL
       SELECT council_id, id, received_at + ((6 + h % 18) * interval '1 day'), 'responded' FROM (SELECT *, abs(hashtext(id::text)) AS h FROM cases WHERE reference LIKE 'B-%') c WHERE h % 100 < 75
       UNION ALL
       SELECT council_id, id, received_at + interval '3 days', 'escalated' FROM (SELECT *, abs(hashtext(id::text)) AS h FROM cases WHERE reference LIKE 'B-%') c WHERE h % 100 >= 95`,
    );
    await s.query(
      `INSERT INTO review_tasks (council_id, due_on, status, completed_at)
       SELECT id, $1::date + (abs(hashtext(id::text)) % 365), CASE WHEN abs(hashtext(id::text)) % 3 = 0 THEN 'open' ELSE 'completed' END,
              CASE WHEN abs(hashtext(id::text)) % 3 = 0 THEN NULL ELSE ($1::date + (abs(hashtext(id::text)) % 365) - 2)::timestamp AT TIME ZONE 'Europe/London' END
         FROM councils WHERE slug LIKE 'bench-parish-%'`,
      [from],
    );
  });
  // As autovacuum would after a bulk load: statistics, and the visibility map for index-only scans.
  const owner = new Client({ host: config.db.host, port: config.db.port, database: config.db.database, user: config.db.admin.user, password: config.db.admin.password });
  await owner.connect();
  await owner.query('VACUUM ANALYZE cases, case_events, case_report_facts, councils, council_closures, review_tasks');
  await owner.end();
  const [{ n: caseCount }] = await api.withSystemScope(ds, (s) => s.query(`SELECT count(*)::int AS n FROM cases WHERE reference LIKE 'B-%'`));
  const [{ n: eventCount }] = await api.withSystemScope(ds, (s) => s.query(`SELECT count(*)::int AS n FROM case_events`));
  console.log(`seeded ${COUNCILS} councils, ${caseCount} cases, ${eventCount} events in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

  // The real API.
  const accord = await startApi(api, config, ds);
  const FIGURES = 'enquiries acknowledged acknowledgedOnTime answered answeredOnTime answeredOnTimeShare medianDaysToAcknowledge medianDaysToAnswer escalations concerns concernsByKind { concern count } reviewsDue reviewsOnTime';
  const query = JSON.stringify({
    query: `query($c: ID!, $f: LocalDate!, $t: LocalDate!) { protocolReport(councilId: $c, from: $f, to: $t, includeBelow: true) { from to councils { councilId name ${FIGURES} } years { year ${FIGURES} } total { ${FIGURES} } } }`,
    variables: { c: councils.torfaen, f: from, t: today },
  });

  // The baseline: the report's own three statements from raw pg, same role, same RLS scope.
  const baseline = await startBaseline(config, async (client, r) => {
    const params = [councils.torfaen, from, today, true, Object.keys(r.roles), r.platformAdmin];
    return {
      report: (await client.query(report.REPORT_SQL, params.slice(0, 4))).rows,
      reviews: (await client.query(report.REVIEWS_SQL, params)).rows,
      scope: (await client.query(report.SCOPE_SQL, params)).rows,
    };
  });

  const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  async function latency(name, url, init, check) {
    for (let i = 0; i < 10; i++) await fetch(url, init).then((r) => r.text()); // warm up
    const times = [];
    let last;
    for (let i = 0; i < REQUESTS; i++) {
      const t = performance.now();
      const r = await fetch(url, init);
      if (!r.ok) throw new Error(`${name}: HTTP ${r.status}`);
      last = await r.json();
      times.push(performance.now() - t);
    }
    check?.(last);
    times.sort((a, b) => a - b);
    return { name, p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99) };
  }

  let councilsReported = 0;
  const results = [
    await latency('baseline (pg + node:http)', baseline.url, {}),
    await latency('Accord GraphQL protocolReport', accord.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${accord.token}` }, body: query }, (body) => {
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      councilsReported = body.data.protocolReport.councils.length;
      const t = body.data.protocolReport.total;
      if (t.enquiries + t.concerns < caseCount) throw new Error(`the report counted ${t.enquiries + t.concerns} cases, fewer than the ${caseCount} seeded`);
      console.log(`report total: ${t.enquiries} enquiries, ${t.answered} answered (${t.answeredOnTime} on time), median ${t.medianDaysToAcknowledge} / ${t.medianDaysToAnswer} working days to acknowledge / answer, ${t.escalations} escalations, ${t.concerns} concerns, ${t.reviewsDue} reviews due`);
    }),
  ];
  console.log(`\nprotocolReport ${from} to ${today}, ${councilsReported} councils, ${caseCount} cases, ${REQUESTS} requests one at a time:`);
  for (const r of results) console.log(`  ${r.name.padEnd(32)} p50 ${r.p50.toFixed(0).padStart(4)} ms   p95 ${r.p95.toFixed(0).padStart(4)} ms   p99 ${r.p99.toFixed(0).padStart(4)} ms`);
  console.log(`  p99 ratio (API / baseline)       ${(results[1].p99 / results[0].p99).toFixed(2)}`);
  ok = results[1].p99 < P99_LIMIT_MS;
  console.log(ok ? `  p99 under ${P99_LIMIT_MS} ms: yes` : `  p99 under ${P99_LIMIT_MS} ms: NO`);
  await accord.close();
  await baseline.close();
} finally {
  // BENCH_KEEP_DB=1 keeps the database for EXPLAIN (its name is printed).
  if (process.env.BENCH_KEEP_DB) console.log(`kept database ${config.db.database}`);
  else await finish();
}
process.exit(ok ? 0 : 1);
