#!/usr/bin/env node
// `npm run bench:questions`: escalationRoute and responseDeadlines over HTTP, with 10,000 councils (each
// with a protocol) loaded, authenticated with an API key, 50 connections at a time; beside a baseline in
// the same run: a plain node:http server answering the same lookup with one pg query by primary key.
// Prints requests per second and p50/p99 latency. Needs PostgreSQL and Redis as for `npm start`.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { installAndBuild, loadFromChild, prepareBench, require } from './setup.mjs';

installAndBuild();

const { Pool } = require('pg');
const COUNCILS = Number(process.env.BENCH_COUNCILS ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 5000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
console.log(`• loading ${COUNCILS} councils, each with Ashbury's protocol…`);
const { api, config, ds, councils, finish } = await prepareBench({ API_KEY_RATE_LIMIT: '100000000' });
const started = Date.now();
await api.withSystemScope(ds, async (s) => {
  // Loading a million rows takes longer than a request may.
  await s.query('SET LOCAL statement_timeout = 0');
  await s.query(
    `INSERT INTO councils (name, slug, kind, nation, parent_id)
     SELECT 'Community Council ' || i, 'bench-' || i, 'community', 'wales', $1 FROM generate_series(1, $2) i`,
    [councils.torfaen, COUNCILS],
  );
  const [{ id: source }] = await s.query(`SELECT v.id FROM protocol_versions v WHERE v.council_id = $1 AND v.status = 'adopted'`, [councils.ashbury]);
  await s.query(`INSERT INTO protocols (council_id, title) SELECT id, 'Protocol' FROM councils WHERE slug LIKE 'bench-%'`);
  await s.query(
    `INSERT INTO protocol_versions (council_id, protocol_id, number, status, adopted_on, adopted_by, adopted_at)
     SELECT p.council_id, p.id, 1, 'adopted', '2026-01-01', 'full_council', '2026-01-01T12:00:00Z' FROM protocols p JOIN councils c ON c.id = p.council_id WHERE c.slug LIKE 'bench-%'`,
  );
  // Every column of Ashbury's clauses and rules (whatever the format has added since), into each bench council's version.
  for (const table of ['protocol_clauses', 'protocol_items']) {
    const columns = (
      await s.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'
           AND column_name NOT IN ('id', 'council_id', 'version_id', 'created_at', 'updated_at') ORDER BY ordinal_position`,
        [table],
      )
    ).map((r) => `"${r.column_name}"`);
    await s.query(
      `INSERT INTO ${table} (council_id, version_id, ${columns.join(', ')})
       SELECT v.council_id, v.id, ${columns.map((c) => `x.${c}`).join(', ')}
       FROM protocol_versions v JOIN councils k ON k.id = v.council_id AND k.slug LIKE 'bench-%' CROSS JOIN ${table} x WHERE x.version_id = $1`,
      [source],
    );
  }
  await s.query(
    `INSERT INTO office_holders (council_id, role_key, name, email)
     SELECT id, 'chairman', 'Chair of ' || name, 'chair@' || slug || '.example' FROM councils WHERE slug LIKE 'bench-%'`,
  );
});
await ds.query('ANALYZE');
console.log(`  loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// One council's API key, as a community council's website would have.
const [{ id: councilId }] = await api.withSystemScope(ds, (s) => s.query(`SELECT id FROM councils WHERE slug = $1`, [`bench-${Math.ceil(COUNCILS / 2)}`]));
const key = `acc_bench0000_${randomBytes(32).toString('base64url')}`;
await api.withSystemScope(ds, (s) =>
  s.query(`INSERT INTO api_keys (council_id, name, prefix, secret_hash) VALUES ($1, 'bench', 'acc_bench0000', $2)`, [councilId, require('node:crypto').createHash('sha256').update(key).digest()]),
);
const [{ id: itemId }] = await api.withSystemScope(ds, (s) =>
  s.query(`SELECT i.id FROM protocol_items i WHERE i.council_id = $1 AND i.section = 'chain' AND i.key = 'member_about_officer/any'`, [councilId]),
);

const listen = (server) => new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server.address().port)));
const accord = await api.createServer(config, ds, api.createLogger('bench', 'silent'));
const apiHttp = createServer(accord.app);
await accord.start(apiHttp);
const apiPort = await listen(apiHttp);

// Baseline: the same lookup (the chain for a member's concern about an officer) with one query by primary key, as the app role.
const pool = new Pool({ host: config.db.host, port: config.db.port, database: config.db.database, user: config.db.owner.user, password: config.db.owner.password, max: 20 });
pool.on('error', () => undefined);
const baseline = createServer(async (_req, res) => {
  const { rows } = await pool.query('SELECT body FROM protocol_items WHERE id = $1', [itemId]);
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ data: { chain: rows[0].body } }));
});
const basePort = await listen(baseline);

const load = (name, url, init) => loadFromChild(name, url, init, { requests: REQUESTS, concurrency: CONCURRENCY });

const ask = (query, variables) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `ApiKey ${key}` },
  body: JSON.stringify({ query, variables }),
});
const base = await load('baseline (pg by primary key)', `http://127.0.0.1:${basePort}/`, {});
const results = [
  base,
  await load('escalationRoute', `http://127.0.0.1:${apiPort}/graphql`, ask(
    'query($c: ID!) { escalationRoute(councilId: $c, concern: MEMBER_ABOUT_OFFICER) { steps { handler officeHolders { name email } clauses { number } } } }',
    { c: councilId },
  )),
  await load('responseDeadlines', `http://127.0.0.1:${apiPort}/graphql`, ask(
    'query($c: ID!) { responseDeadlines(councilId: $c, category: WARD_MATTER, receivedAt: "2026-08-28T09:00:00Z") { acknowledgeBy respondBy clauses { number } } }',
    { c: councilId },
  )).catch((e) => ({ name: 'responseDeadlines', error: e.message })),
];
console.log(`\n${COUNCILS} councils with protocols, ${REQUESTS} requests, ${CONCURRENCY} at a time, API key auth:`);
for (const r of results) {
  if (r.error) console.log(`  ${r.name.padEnd(30)} ${r.error}`);
  else console.log(`  ${r.name.padEnd(30)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  (${(r.rps / base.rps).toFixed(2)} of baseline req/s, p99 ${(r.p99 / base.p99).toFixed(1)}×)`);
}

await accord.stop();
apiHttp.close();
baseline.close();
await pool.end();
await finish();
