#!/usr/bin/env node
// `npm run bench`: the councils list a monitoring officer's dashboard asks for (500 councils below one
// county, 50 a page, with parent and child count), through the real API, beside a baseline in the same
// run: raw `pg` + `node:http` answering the same question with the same row-level security.
// Needs PostgreSQL and Redis as for `npm start`; builds the API first. Prints requests per second.
import { createServer } from 'node:http';
import { installAndBuild, prepareBench, require } from './setup.mjs';

installAndBuild();

const { Pool } = require('pg');
const COUNCILS = Number(process.env.BENCH_COUNCILS ?? 500);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const { api, config, ds, councils, finish } = await prepareBench();
await api.withSystemScope(ds, (s) =>
  s.query(
    `INSERT INTO councils (name, slug, kind, nation, parent_id, next_review_due)
     SELECT 'Parish ' || i, 'bench-parish-' || i, 'parish', 'wales', $1, current_date + (i % 400)
     FROM generate_series(1, $2) i`,
    [councils.torfaen, COUNCILS],
  ),
);

const listen = (server) => new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server.address().port)));

// The real API.
const accord = await api.createServer(config, ds, api.createLogger('bench', 'silent'));
const apiHttp = createServer(accord.app);
await accord.start(apiHttp);
const apiPort = await listen(apiHttp);
const signIn = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: `mutation { signIn(email: "mo.torfaen@accord.example", password: "${api.DEMO_PASSWORD}") { token } }` }),
}).then((r) => r.json());
const token = signIn.data.signIn.token;
const query = JSON.stringify({
  query: '{ councils(offset: 0, limit: 50, sort: { field: NEXT_REVIEW_DUE, direction: ASC }) { totalCount items { id name slug nextReviewDue parent { name } childCount } } }',
});

// The baseline: the same answer from raw pg, same role, same RLS scope, no GraphQL or ORM.
const pool = new Pool({ host: config.db.host, port: config.db.port, database: config.db.database, user: config.db.app.user, password: config.db.app.password, max: config.db.poolMax });
const baseline = createServer(async (_req, res) => {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const [{ r }] = (await client.query('SELECT accord_begin_user(id) AS r FROM (SELECT id FROM users WHERE email = $1) u', ['mo.torfaen@accord.example'])).rows;
    const ids = Object.keys(r.roles);
    const { rows } = await client.query(
      `SELECT c.id, c.name, c.slug, c.next_review_due, p.name AS parent_name,
              (SELECT count(*) FROM councils k WHERE k.parent_id = c.id)::int AS child_count, count(*) OVER () AS total
       FROM councils c LEFT JOIN councils p ON p.id = c.parent_id
       WHERE c.id = ANY($1) ORDER BY c.next_review_due NULLS LAST, c.id LIMIT 50`,
      [ids],
    );
    await client.query('COMMIT');
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ totalCount: Number(rows[0]?.total ?? 0), items: rows }));
  } finally {
    client.release();
  }
});
const basePort = await listen(baseline);

async function load(name, url, init) {
  for (let i = 0; i < 50; i++) await fetch(url, init).then((r) => r.text()); // warm up
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < REQUESTS) {
        const r = await fetch(url, init);
        if (!r.ok) throw new Error(`${name}: HTTP ${r.status}`);
        await r.text();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { name, rps: REQUESTS / seconds };
}

const results = [
  await load('baseline (pg + node:http)', `http://127.0.0.1:${basePort}/`, {}),
  await load('Accord GraphQL councils', `http://127.0.0.1:${apiPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: query,
  }),
];
console.log(`\n${COUNCILS} councils in scope, ${REQUESTS} requests, ${CONCURRENCY} at a time, page of 50:`);
for (const r of results) console.log(`  ${r.name.padEnd(28)} ${r.rps.toFixed(0).padStart(6)} req/s`);
console.log(`  ratio (API / baseline)       ${(results[1].rps / results[0].rps).toFixed(2)}`);

await accord.stop();
apiHttp.close();
baseline.close();
await pool.end();
await finish();
