import { startStack, type Stack } from '../support/stack';
import { gql, signIn } from '../support/graphql';
import IORedis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { apiKeyRateLimit } from '@accord/api';

/** The limit counts per clock minute: start a counting test well inside one. */
async function awayFromMinuteBoundary() {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 5000) await new Promise((ok) => setTimeout(ok, left + 50));
}

describe('limits for integrations', () => {
  let stack: Stack;
  let secret: string;
  beforeAll(async () => {
    stack = await startStack({ API_KEY_RATE_LIMIT: '5', GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_ALIASES: '5', GRAPHQL_INTROSPECTION: 'false' });
    const clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    secret = (await gql(stack.baseUrl, 'mutation($c: ID!) { createApiKey(input: { name: "Site", councilId: $c }) { secret } }', { c: stack.db.councils.cwmbran }, clerk)).data.createApiKey.secret;
  });
  afterAll(() => stack.stop());

  test('an API key over its per-minute limit gets 429 with Retry-After, before any work', async () => {
    await awayFromMinuteBoundary();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 7; i++) {
      const res = await fetch(`${stack.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `ApiKey ${secret}` },
        body: JSON.stringify({ query: '{ councils { totalCount } }' }),
      });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
      await res.text();
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    // Signed-in people are not limited by it.
    const clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    expect((await gql(stack.baseUrl, '{ councils { totalCount } }', {}, clerk)).status).toBe(200);
  });

  test("an API key's answers carry RateLimit headers: the policy, what is left (going down) and when it resets; a 429 adds Retry-After", async () => {
    await awayFromMinuteBoundary();
    const clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    const own = (await gql(stack.baseUrl, 'mutation($c: ID!) { createApiKey(input: { name: "Headers", councilId: $c }) { secret } }', { c: stack.db.councils.cwmbran }, clerk)).data.createApiKey.secret;
    const seen: { status: number; policy: string | null; current: string | null; limit: string | null; remaining: string | null; reset: string | null; retryAfter: string | null }[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${stack.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': own },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      await res.text();
      const h = (n: string) => res.headers.get(n);
      seen.push({ status: res.status, policy: h('ratelimit-policy'), current: h('ratelimit'), limit: h('ratelimit-limit'), remaining: h('ratelimit-remaining'), reset: h('ratelimit-reset'), retryAfter: h('retry-after') });
    }
    expect(seen.map((s) => s.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(seen.map((s) => s.remaining)).toEqual(['4', '3', '2', '1', '0', '0']);
    expect(seen.map((s) => s.current?.replace(/;t=\d+$/, ''))).toEqual(['"per-key";r=4', '"per-key";r=3', '"per-key";r=2', '"per-key";r=1', '"per-key";r=0', '"per-key";r=0']);
    for (const s of seen) {
      expect(s.policy).toBe('"per-key";q=5;w=60');
      expect(s.limit).toBe('5');
      expect(Number(s.reset)).toBeGreaterThanOrEqual(1);
      expect(Number(s.reset)).toBeLessThanOrEqual(60);
      expect(s.current).toBe(`"per-key";r=${s.remaining};t=${s.reset}`);
    }
    expect(seen.slice(0, 5).every((s) => s.retryAfter === null)).toBe(true);
    expect(Number(seen[5].retryAfter)).toBe(Number(seen[5].reset));
    // A signed-in person's answers carry none: the limit is the key's.
    const person = await fetch(`${stack.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${clerk.token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(person.status).toBe(200);
    expect(person.headers.get('ratelimit')).toBeNull();
    expect(person.headers.get('ratelimit-remaining')).toBeNull();
  });

  test('API processes share one budget per key: together they never serve more than the limit', async () => {
    await awayFromMinuteBoundary();
    const redis = new IORedis(stack.db.config.redis.url);
    try {
      const prefix = `${stack.db.config.redis.prefix}:shared-${randomBytes(3).toString('hex')}`;
      const headers = { authorization: `ApiKey acc_shared_${randomBytes(8).toString('hex')}` };
      for (const [limit, asked] of [[10, 25], [200, 260]] as const) {
        // Two processes' limiters, and a fresh key each round.
        const own = { authorization: `${headers.authorization}-${limit}` };
        const a = apiKeyRateLimit(redis, prefix, limit);
        const b = apiKeyRateLimit(redis, prefix, limit);
        const answers = await Promise.all(Array.from({ length: asked }, (_, i) => (i % 3 ? a : b)(own)));
        const served = answers.filter((x) => x === null).length;
        // Each process may leave at most one lease (a fiftieth of the limit) unused.
        expect(served).toBeLessThanOrEqual(limit);
        expect(served).toBeGreaterThanOrEqual(limit - 2 * Math.max(1, Math.floor(limit / 50)));
        const refused = answers.find((x) => x !== null)!;
        expect(refused.retryAfter).toBeGreaterThanOrEqual(1);
        expect(refused.message.in('en')).toContain(`at most ${limit} a minute`);
        expect(refused.message.in('cy')).toContain(`dim mwy na ${limit} y funud`);
      }
    } finally {
      redis.disconnect();
    }
  });

  test('too deep a query, or too many aliases, is refused', async () => {
    const clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    const deep = await gql(stack.baseUrl, '{ councils { items { parent { parent { parent { parent { parent { parent { id } } } } } } } } }', {}, clerk);
    expect(deep.errors?.[0].message).toMatch(/depth/i);
    expect(deep.data).toBeUndefined();
    const aliases = Array.from({ length: 8 }, (_, i) => `a${i}: me { platformAdmin }`).join(' ');
    const many = await gql(stack.baseUrl, `{ ${aliases} }`, {}, clerk);
    expect(many.errors?.[0].message).toMatch(/alias/i);
  });

  test('with introspection off, a misspelt field gets no suggestion', async () => {
    const clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    const res = await gql(stack.baseUrl, '{ councilz { totalCount } }', {}, clerk);
    expect(res.errors?.[0].message).not.toMatch(/Did you mean/);
    const intro = await gql(stack.baseUrl, '{ __schema { types { name } } }', {}, clerk);
    expect(intro.errors?.[0].message).toMatch(/introspection/i);
  });
});
