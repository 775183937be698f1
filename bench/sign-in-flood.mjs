#!/usr/bin/env node
// `npm run bench:sign-in`: a signed-in query's latency while 100 wrong-password sign-ins run at once,
// beside the same query with none, in one run (issue 10, point 5; goal: p50 at most 2x).
//
// The API runs as its own process (api/dist/main.js, as `npm start` runs it); this process is the
// clients: one signed-in person asking for the first page of councils, one request at a time, and
// 100 concurrent "attackers", each sending wrong-password sign-ins back to back without pause (a 429
// or 503 is answered and they go again at once). Three phases:
//   1. no sign-ins (the baseline);
//   2. the flood with throttling out of the way (limits of 10^9), so every sign-in is looked up and
//      hashed: what argon2 and the pool cost the signed-in person;
//   3. the flood under the default throttling (10 failures per account, 100 per address, per 15 min),
//      which is what an attacker from one address meets.
// Prints p50/p95/p99 of the signed-in query per phase, the ratios, and the sign-ins' outcomes.
import { spawn } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installAndBuild, prepareBench } from './setup.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ATTACKERS = Number(process.env.BENCH_ATTACKERS ?? 100);
const PROBES = Number(process.env.BENCH_PROBES ?? 300);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 1500);


/** Starts the built API with the bench's database, on a free port. */
async function startApi(extraEnv) {
  const child = spawn(process.execPath, [join(root, 'api', 'dist', 'main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'error',
      API_PORT: '0',
      PGHOST: config.db.host,
      PGPORT: String(config.db.port),
      PGDATABASE: config.db.database,
      REDIS_URL: config.redis.url,
      REDIS_PREFIX: `${config.redis.prefix}-${Math.random().toString(36).slice(2, 8)}`,
      JWT_SECRET: config.auth.jwtSecret,
      ...extraEnv,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise((ok, fail) => {
    child.on('message', (m) => m?.ready && ok(m.port));
    child.on('exit', (code) => fail(new Error(`api exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      const exited = new Promise((ok) => child.on('exit', ok));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const post = (url, body, token) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';
const QUERY = { query: '{ councils(offset: 0, limit: 50) { totalCount items { id name slug parent { name } } } }' };

async function signIn(url) {
  const r = await (await post(url, { query: SIGN_IN, variables: { e: 'mo.torfaen@accord.example', p: api.DEMO_PASSWORD } })).json();
  if (!r.data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(r.errors)}`);
  return r.data.signIn.token;
}

/** PROBES signed-in queries one after another; their latencies in ms. */
async function probe(url, token) {
  const times = [];
  for (let i = 0; i < PROBES; i++) {
    const started = performance.now();
    const r = await post(url, QUERY, token);
    const body = await r.json();
    if (!r.ok || body.errors) throw new Error(`probe failed: HTTP ${r.status} ${JSON.stringify(body.errors)}`);
    times.push(performance.now() - started);
  }
  return times;
}

/**
 * ATTACKERS loops of wrong-password sign-ins until stop(), in a process of their own (so the probe's
 * timings are not held up by the attackers' client work); counts answers by HTTP status.
 */
function flood(url) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--attack', url], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const result = new Promise((ok) => child.on('message', (m) => m?.statuses && ok(m.statuses)));
  return {
    async stop() {
      child.send('stop');
      const statuses = await result;
      await new Promise((ok) => (child.exitCode !== null ? ok() : child.on('exit', ok)));
      return statuses;
    },
  };
}

async function attack(url) {
  let running = true;
  process.on('message', (m) => m === 'stop' && (running = false));
  const statuses = {};
  const emails = ['clerk.cwmbran@accord.example', 'clerk.ashbury@accord.example', 'admin@accord.example'];
  await Promise.all(
    Array.from({ length: ATTACKERS }, async (_, i) => {
      let n = 0;
      while (running) {
        const e = i % 2 ? emails[i % emails.length] : `nobody${i}-${n}@accord.example`;
        try {
          const r = await post(url, { query: SIGN_IN, variables: { e, p: `wrong-password-${i}-${n++}` } });
          await r.text();
          statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        } catch {
          statuses.error = (statuses.error ?? 0) + 1;
        }
      }
    }),
  );
  process.send({ statuses });
  process.disconnect();
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const summary = (name, times, extra = '') =>
  `  ${name.padEnd(44)} p50 ${pct(times, 50).toFixed(1).padStart(7)} ms   p95 ${pct(times, 95).toFixed(1).padStart(7)} ms   p99 ${pct(times, 99).toFixed(1).padStart(7)} ms${extra}`;

async function phase(env) {
  const server = await startApi(env);
  try {
    const token = await signIn(server.url);
    for (let i = 0; i < 30; i++) await (await post(server.url, QUERY, token)).text(); // warm up
    const quiet = await probe(server.url, token);
    const attackers = flood(server.url);
    await new Promise((ok) => setTimeout(ok, WARMUP_MS));
    const started = performance.now();
    const busy = await probe(server.url, token);
    const seconds = (performance.now() - started) / 1000;
    const statuses = await attackers.stop();
    return { quiet, busy, statuses, seconds };
  } finally {
    await server.stop();
  }
}

if (process.argv[2] === '--attack') {
  await attack(process.argv[3]);
  process.exit(0);
}

installAndBuild();
const { api, config, finish } = await prepareBench();

const unthrottled = await phase({ SIGN_IN_ACCOUNT_LIMIT: '1000000000', SIGN_IN_ADDRESS_LIMIT: '1000000000' });
const throttled = await phase({});

const outcomes = (s) => Object.entries(s).map(([k, v]) => `${k}: ${v}`).join(', ');
console.log(`\nSigned-in query (first page of 50 councils, Torfaen MO), ${PROBES} requests one at a time; ${ATTACKERS} concurrent wrong-password sign-ins:`);
console.log(summary('no sign-ins', unthrottled.quiet));
console.log(summary('flood, every sign-in hashed (no throttling)', unthrottled.busy, `   ratio p50 ${(pct(unthrottled.busy, 50) / pct(unthrottled.quiet, 50)).toFixed(2)}x`));
console.log(`    sign-ins answered meanwhile: ${outcomes(unthrottled.statuses)} (${unthrottled.seconds.toFixed(1)} s)`);
console.log(summary('no sign-ins (second API process)', throttled.quiet));
console.log(summary('flood under default throttling', throttled.busy, `   ratio p50 ${(pct(throttled.busy, 50) / pct(throttled.quiet, 50)).toFixed(2)}x`));
console.log(`    sign-ins answered meanwhile: ${outcomes(throttled.statuses)} (${throttled.seconds.toFixed(1)} s)`);
console.log(`  goal: p50 under the flood at most 2x the p50 with none`);

await finish();
