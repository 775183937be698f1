import { Client } from 'pg';
import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn, type GqlResult } from '../support/graphql';
import { createServer as createNetServer } from 'node:net';
import IORedis from 'ioredis';
import { signInThrottled } from '../../api/src/common/metrics';
import { SignInThrottle } from '../../api/src/auth/sign-in-throttle';

/**
 * Issue 10, point 5: sign-in is throttled in Redis per account and per client
 * address (429, RATE_LIMITED, Retry-After; the same answer for a locked account and
 * an unknown one), and argon2 runs outside any database transaction, a bounded
 * number at a time (503 when the gate stays full).
 */
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';
const DEMO = 'accord-demo-2026';
const WINDOW = 10;

interface Answer extends GqlResult {
  retryAfter: string | null;
}

async function attempt(stack: Stack, email: string, password: string): Promise<Answer> {
  const res = await fetch(`${stack.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_IN, variables: { e: email, p: password } }),
  });
  return { ...((await res.json()) as GqlResult), status: res.status, retryAfter: res.headers.get('retry-after') };
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('sign-in throttling per account', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ SIGN_IN_ACCOUNT_LIMIT: '3', SIGN_IN_ADDRESS_LIMIT: '1000', SIGN_IN_WINDOW_SECONDS: String(WINDOW) });
  });
  afterAll(() => stack.stop());

  test('after N failures: 429 RATE_LIMITED with Retry-After, the right password refused too until the window ends, then it works', async () => {
    const email = 'clerk.glanmor@accord.example';
    const throttledBefore = (await signInThrottled.get()).values[0]?.value ?? 0;
    for (let i = 0; i < 3; i++) {
      const wrong = await attempt(stack, email, `wrong-password-${i}`);
      expect([wrong.status, codeOf(wrong)]).toEqual([401, 'UNAUTHENTICATED']);
    }
    const locked = await attempt(stack, email, DEMO);
    expect([locked.status, codeOf(locked)]).toEqual([429, 'RATE_LIMITED']);
    expect(locked.data ?? null).toBeNull();
    const retryAfter = Number(locked.retryAfter);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW);
    expect(locked.errors![0].extensions!.retryAfter).toBe(retryAfter);
    expect((await signInThrottled.get()).values[0].value).toBe(throttledBefore + 1);

    // Still locked a moment later, whatever the password.
    expect((await attempt(stack, email, DEMO)).status).toBe(429);
    // Other accounts are not affected.
    expect((await attempt(stack, 'clerk.ashbury@accord.example', DEMO)).status).toBe(200);

    await sleep(retryAfter * 1000 + 300);
    const after = await attempt(stack, email, DEMO);
    expect([after.status, after.errors]).toEqual([200, undefined]);
  });

  test('odd e-mails (a NUL byte, 10,000 characters) and a 100 kB password are a 4xx naming what was wrong, never a 500', async () => {
    const nul = await attempt(stack, 'clerk\u0000@accord.example', DEMO);
    expect([nul.status, codeOf(nul), nul.errors?.[0]?.extensions?.field]).toEqual([400, 'BAD_USER_INPUT', 'email']);
    for (const [e, p] of [['x'.repeat(10_000) + '@accord.example', DEMO], ['clerk.cwmbran@accord.example', 'p'.repeat(100_000)]]) {
      const res = await attempt(stack, e, p);
      expect([res.status, codeOf(res)]).toEqual([401, 'UNAUTHENTICATED']);
    }
  });

  test('a right password resets the account\'s count', async () => {
    const email = 'clerk.kingsford@accord.example';
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 2; i++) expect((await attempt(stack, email, 'not-the-password')).status).toBe(401);
      expect((await attempt(stack, email, DEMO)).status).toBe(200);
    }
  });

  test('an unknown account is throttled like a known one, with the same messages', async () => {
    const known = 'clerk.eastvale@accord.example';
    const unknown = 'nobody.here@accord.example';
    const answers = async (email: string) => {
      const out: Answer[] = [];
      for (let i = 0; i < 4; i++) out.push(await attempt(stack, email, `wrong-password-${i}`));
      return out;
    };
    const a = await answers(known);
    const b = await answers(unknown);
    const shape = (xs: Answer[]) => xs.map((x) => [x.status, codeOf(x), x.errors?.[0]?.message]);
    expect(shape(a)).toEqual(shape(b));
    expect(shape(b).map(([s]) => s)).toEqual([401, 401, 401, 429]);
    expect(a[3].errors![0].message).not.toBe(a[0].errors![0].message);
  });
});

describe('sign-in throttling per client address', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ SIGN_IN_ACCOUNT_LIMIT: '100', SIGN_IN_ADDRESS_LIMIT: '5', SIGN_IN_WINDOW_SECONDS: '60' });
  });
  afterAll(() => stack.stop());

  test('failures spread over many accounts from one address: 429 after the address\'s limit, even for a right password', async () => {
    // Successful sign-ins give their point back.
    for (let i = 0; i < 8; i++) expect((await attempt(stack, 'clerk.glanmor@accord.example', DEMO)).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await attempt(stack, `guess${i}@accord.example`, 'wrong-password')).status).toBe(401);
    const refused = await attempt(stack, 'clerk.ashbury@accord.example', DEMO);
    expect([refused.status, codeOf(refused)]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
  });
});

describe('sign-in throttling while Redis is unreachable', () => {
  test('each process counts in memory with the same limits, and a right password still gives the points back', async () => {
    // A port nothing listens on: the client never becomes ready (the API's client is set up the same way).
    const closed = await new Promise<number>((ok) => {
      const s = createNetServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => ok(port));
      });
    });
    const redis = new IORedis({ host: '127.0.0.1', port: closed, lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: () => null });
    redis.on('error', () => undefined);
    await redis.connect().catch(() => undefined);
    expect(redis.status).not.toBe('ready');
    const throttle = new SignInThrottle(redis, 'accord-test-down', { accountLimit: 2, addressLimit: 100, windowSeconds: 60 });
    try {
      const first = await throttle.attempt('someone@example.org', '10.0.0.1');
      expect('retryAfter' in first).toBe(false);
      if (!('retryAfter' in first)) await first.succeeded(); // a right password: nothing counts
      for (let i = 0; i < 2; i++) {
        const a = await throttle.attempt('someone@example.org', '10.0.0.1');
        expect('retryAfter' in a).toBe(false);
        if (!('retryAfter' in a)) await a.failed();
      }
      const locked = await throttle.attempt('Someone@Example.org ', '10.0.0.2');
      expect('retryAfter' in locked && locked.retryAfter).toBeGreaterThan(50);
      expect('retryAfter' in (await throttle.attempt('other@example.org', '10.0.0.1'))).toBe(false);
    } finally {
      redis.disconnect();
    }
  });
});

describe('password hashing: outside any transaction, bounded', () => {
  let stack: Stack;
  let pg: Client;
  beforeAll(async () => {
    stack = await startStack({ SIGN_IN_ADDRESS_LIMIT: '100000', SIGN_IN_ACCOUNT_LIMIT: '100000', PG_POOL_MAX: '3', PASSWORD_HASH_CONCURRENCY: '1', PASSWORD_HASH_WAIT_MS: '10000' });
    pg = stack.db.admin;
  });
  afterAll(() => stack.stop());

  test('40 concurrent sign-ins hold no database connection while hashing; a signed-in query still answers meanwhile', async () => {
    const clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    // Sessions of the app role idle in a transaction, sampled while only the sign-ins run (not during the signed-in query).
    const busy: number[] = [];
    let flooding = true;
    let querying = false;
    let queries = 0;
    const watcher = (async () => {
      while (flooding) {
        if (querying) {
          await sleep(5);
          continue;
        }
        const seen = queries;
        const { rows } = await pg.query(
          `SELECT count(*) FILTER (WHERE state = 'idle in transaction')::int AS idle_tx, count(*) FILTER (WHERE state <> 'idle')::int AS busy
           FROM pg_stat_activity WHERE datname = current_database() AND usename = $1`,
          [stack.db.config.db.app.user],
        );
        if (!querying && queries === seen) busy.push(rows[0].idle_tx);
        await sleep(5);
      }
    })();
    const flood = Promise.all(Array.from({ length: 40 }, (_, i) => attempt(stack, i % 2 ? 'clerk.glanmor@accord.example' : `nobody${i}@accord.example`, 'wrong-password')));
    await sleep(200);
    // With a pool of 3, a sign-in holding its connection while hashing would starve this query.
    querying = true;
    queries++;
    const started = Date.now();
    const councils = await gql(stack.baseUrl, '{ councils { totalCount } }', {}, clerk);
    const took = Date.now() - started;
    querying = false;
    const answers = await flood;
    flooding = false;
    await watcher;
    expect(councils.errors).toBeUndefined();
    // Wrong passwords: 401, or 503 for those that waited longer than PASSWORD_HASH_WAIT_MS on a slow machine.
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s !== 401 && s !== 503)).toEqual([]);
    expect(statuses.filter((s) => s === 401).length).toBeGreaterThan(5);
    expect(busy.length).toBeGreaterThan(5);
    expect(Math.max(...busy)).toBe(0);
    expect(took).toBeLessThan(2000);
  });

  test('when the gate stays full past PASSWORD_HASH_WAIT_MS: 503 SERVICE_UNAVAILABLE with Retry-After', async () => {
    const tight = await startStack({ SIGN_IN_ADDRESS_LIMIT: '100000', SIGN_IN_ACCOUNT_LIMIT: '100000', PASSWORD_HASH_CONCURRENCY: '1', PASSWORD_HASH_WAIT_MS: '1' });
    try {
      const answers = await Promise.all(Array.from({ length: 12 }, () => attempt(tight, 'clerk.glanmor@accord.example', 'wrong-password')));
      const statuses = answers.map((a) => a.status);
      expect(statuses).toContain(503);
      expect(statuses).toContain(401);
      const busy = answers.find((a) => a.status === 503)!;
      expect(codeOf(busy)).toBe('SERVICE_UNAVAILABLE');
      expect(Number(busy.retryAfter)).toBeGreaterThanOrEqual(1);
    } finally {
      await tight.stop();
    }
  });
});
