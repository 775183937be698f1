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
