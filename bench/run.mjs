#!/usr/bin/env node
// `npm run bench`: the councils list a monitoring officer's dashboard asks for (500 councils below one
// county, 50 a page, with parent and child count), through the real API, beside a baseline in the same
// run: raw `pg` + `node:http` answering the same question with the same row-level security.
// Needs PostgreSQL and Redis as for `npm start`; builds the API first. Prints requests per second, the
// two sides taking turns in rounds (BENCH_ROUNDS, 4 by default).
import { addParishes, installAndBuild, loadFromChild, prepareBench, startApi, startBaseline } from './setup.mjs';

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

// Each side answers REQUESTS requests in ROUNDS rounds, taking turns (baseline first in odd rounds, API
// first in even ones), so that a change in the machine's load during the run falls on both alike. The
// requests come from a separate process, as clients' would: the servers have this process to themselves.
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 4));
const sides = [
  { name: 'baseline (pg + node:http)', url: baseline.url, init: {}, seconds: 0 },
  {
    name: 'Accord GraphQL councils',
    url: accord.url,
    init: { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${accord.token}` }, body: query },
    seconds: 0,
  },
];
const perRound = Math.ceil(REQUESTS / ROUNDS);
const rounds = [];
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 ? [sides[1], sides[0]] : sides;
  const took = new Map();
  for (const side of order) took.set(side, (await loadFromChild(side.name, side.url, side.init, { requests: perRound, concurrency: CONCURRENCY, warmUp: 50 })).seconds);
  for (const [side, s] of took) side.seconds += s;
  rounds.push(took.get(sides[0]) / took.get(sides[1]));
}
const rps = sides.map((s) => (perRound * ROUNDS) / s.seconds);
console.log(`\n${COUNCILS} councils in scope, ${perRound * ROUNDS} requests each in ${ROUNDS} alternating rounds, ${CONCURRENCY} at a time, page of 50:`);
for (const [i, s] of sides.entries()) console.log(`  ${s.name.padEnd(28)} ${rps[i].toFixed(0).padStart(6)} req/s`);
console.log(`  ratio (API / baseline)       ${(rps[1] / rps[0]).toFixed(2)}   (by round: ${rounds.map((r) => r.toFixed(2)).join(', ')})`);

await accord.close();
await baseline.close();
await finish();
