#!/usr/bin/env node
// `npm run bench`: the councils list a monitoring officer's dashboard asks for (500 councils below one
// county, 50 a page, with parent and child count), through the real API, beside a baseline in the same
// run: raw `pg` + `node:http` answering the same question with the same row-level security.
// Needs PostgreSQL and Redis as for `npm start`; builds the API first. Prints requests per second.
import { addParishes, installAndBuild, prepareBench, startApi, startBaseline } from './setup.mjs';

installAndBuild();

const COUNCILS = Number(process.env.BENCH_COUNCILS ?? 500);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const { api, config, ds, councils, finish } = await prepareBench();
await addParishes(api, ds, councils.torfaen, COUNCILS);

// The real API.
const accord = await startApi(api, config, ds);
const query = JSON.stringify({
  query: '{ councils(offset: 0, limit: 50, sort: { field: NEXT_REVIEW_DUE, direction: ASC }) { totalCount items { id name slug nextReviewDue parent { name } childCount } } }',
});

// The baseline: the same answer from raw pg, same role, same RLS scope, no GraphQL or ORM.
const baseline = await startBaseline(config, async (client, r) => {
  const { rows } = await client.query(
    `SELECT c.id, c.name, c.slug, c.next_review_due, p.name AS parent_name,
            (SELECT count(*) FROM councils k WHERE k.parent_id = c.id)::int AS child_count, count(*) OVER () AS total
     FROM councils c LEFT JOIN councils p ON p.id = c.parent_id
     WHERE c.id = ANY($1) ORDER BY c.next_review_due NULLS LAST, c.id LIMIT 50`,
    [Object.keys(r.roles)],
  );
  return { totalCount: Number(rows[0]?.total ?? 0), items: rows };
});

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
  await load('baseline (pg + node:http)', baseline.url, {}),
  await load('Accord GraphQL councils', accord.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accord.token}` },
    body: query,
  }),
];
console.log(`\n${COUNCILS} councils in scope, ${REQUESTS} requests, ${CONCURRENCY} at a time, page of 50:`);
for (const r of results) console.log(`  ${r.name.padEnd(28)} ${r.rps.toFixed(0).padStart(6)} req/s`);
console.log(`  ratio (API / baseline)       ${(results[1].rps / results[0].rps).toFixed(2)}`);

await accord.close();
await baseline.close();
await finish();
