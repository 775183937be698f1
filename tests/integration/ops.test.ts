import { connect } from 'node:net';
import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn } from '../support/graphql';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';

/** Issue 10, "bounded waiting" and "operators": timeouts, /healthz and /metrics. */
describe('operations: bounded waiting, health and metrics', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({
      HTTP_BODY_TIMEOUT_MS: '1000',
      PG_POOL_MAX: '2',
      PG_ACQUIRE_TIMEOUT_MS: '300',
      PG_STATEMENT_TIMEOUT_MS: '1500',
      METRICS_TOKEN,
      API_KEY_RATE_LIMIT: '3',
    });
  });
  afterAll(() => stack?.stop());

  test('a request body sent a byte at a time is answered 408 once the body timeout passes, and its connection closed', async () => {
    const url = new URL(stack.baseUrl);
    const started = Date.now();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname);
      let text = '';
      let timer: NodeJS.Timeout | undefined;
      socket.on('connect', () => {
        socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n');
        timer = setInterval(() => socket.writable && socket.write('{'), 200);
      });
      socket.on('data', (d) => (text += d.toString()));
      socket.on('close', () => {
        clearInterval(timer);
        resolve(text);
      });
      socket.on('error', (e) => {
        clearInterval(timer);
        if (text) resolve(text);
        else reject(e);
      });
      setTimeout(() => socket.destroy(), 10_000);
    });
    const elapsed = Date.now() - started;
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('REQUEST_TIMEOUT');
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(4000); // closed by the server, not by the client's 10 s give-up
  });

  test('the app connections carry statement_timeout and idle_in_transaction_session_timeout from the configuration', async () => {
    const [s] = await stack.db.app.query('SHOW statement_timeout');
    const [i] = await stack.db.app.query('SHOW idle_in_transaction_session_timeout');
    expect(s.statement_timeout).toBe('1500ms');
    expect(i.idle_in_transaction_session_timeout).toBe('1min');
  });

  test('no pool connection in time: 503 with Retry-After and SERVICE_UNAVAILABLE, fast; a statement past statement_timeout: 503 too', async () => {
    const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    const lock = await stack.db.admin.query('BEGIN').then(() => stack.db.admin.query('LOCK TABLE councils IN ACCESS EXCLUSIVE MODE'));
    expect(lock).toBeDefined();
    let released = false;
    try {
      // Two requests take both pool connections and wait on the lock.
      const blocked = [0, 1].map(() => gql(stack.baseUrl, '{ councils { items { name } } }', {}, clerk));
      await new Promise((ok) => setTimeout(ok, 200));
      const started = Date.now();
      const res = await fetch(`${stack.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${clerk.token}` },
        body: JSON.stringify({ query: '{ me { readOnly } }' }),
      });
      const elapsed = Date.now() - started;
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
      const body = (await res.json()) as any;
      expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(elapsed).toBeLessThan(1500);

      // The two blocked requests are cancelled by statement_timeout (1.5 s), and answered 503 as well.
      const answers = await Promise.all(blocked);
      for (const a of answers) {
        expect(a.status).toBe(503);
        expect(codeOf(a)).toBe('SERVICE_UNAVAILABLE');
      }
      await stack.db.admin.query('ROLLBACK');
      released = true;
      const after = await gql(stack.baseUrl, '{ councils { items { name } } }', {}, clerk);
      expect(after.status).toBe(200);
      expect(after.errors).toBeUndefined();
    } finally {
      if (!released) await stack.db.admin.query('ROLLBACK');
    }
  });

  test("a resolver's statement cancelled by statement_timeout: the whole answer is 503 SERVICE_UNAVAILABLE, and the pool is free again", async () => {
    const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    await stack.db.admin.query('BEGIN');
    try {
      await stack.db.admin.query('LOCK TABLE cases IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const res = await gql(stack.baseUrl, '{ me { readOnly } cases { totalCount } }', {}, clerk);
      expect(res.status).toBe(503);
      expect(codeOf(res)).toBe('SERVICE_UNAVAILABLE');
      expect(res.data).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await stack.db.admin.query('ROLLBACK');
    }
    const health = (await (await fetch(`${stack.baseUrl}/healthz`)).json()) as any;
    expect(health.pool.inUse).toBe(0);
    const again = await gql(stack.baseUrl, '{ cases { totalCount } }', {}, clerk);
    expect(again.status).toBe(200);
  });

  test('/healthz answers within a second with Postgres, Redis and the pool', async () => {
    const started = Date.now();
    const res = await fetch(`${stack.baseUrl}/healthz`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body).toMatchObject({ status: 'ok', postgres: { ok: true }, redis: { ok: true } });
    expect(body.pool).toEqual({ max: 2, inUse: expect.any(Number), idle: expect.any(Number), waiting: 0 });
  });

  test('/healthz is 503 "degraded" within a second when Redis is away; GraphQL still answers', async () => {
    const noRedis = await startStack({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const started = Date.now();
      const res = await fetch(`${noRedis.baseUrl}/healthz`);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(res.status).toBe(503);
      const body = (await res.json()) as any;
      expect(body).toMatchObject({ status: 'degraded', postgres: { ok: true }, redis: { ok: false } });
      // GraphQL answers without Redis.
      const me = await gql(noRedis.baseUrl, '{ councils { totalCount } }', {}, await signIn(noRedis.baseUrl, 'clerk.ashbury@accord.example'));
      expect(me.status).toBe(200);
    } finally {
      await noRedis.stop();
    }
  });

  test('/metrics needs the token, and shows requests by operation, error codes, pool and refusals', async () => {
    expect((await fetch(`${stack.baseUrl}/metrics`)).status).toBe(401);
    expect((await fetch(`${stack.baseUrl}/metrics`, { headers: { authorization: 'Bearer wrong-token-wrong-token-000' } })).status).toBe(401);

    // Something to count: a query, an error, and an API key past its limit (3 a minute).
    const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    await gql(stack.baseUrl, '{ me { readOnly } }', {}, clerk);
    await gql(stack.baseUrl, '{ case(id: "00000000-0000-0000-0000-000000000000") { id } }', {}, clerk);
    const key = await gql(
      stack.baseUrl,
      'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
      { i: { name: 'Metrics', councilId: stack.db.councils.ashbury } },
      clerk,
    );
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await gql(stack.baseUrl, '{ councils { totalCount } }', {}, { apiKey: key.data.createApiKey.secret })).status);
    expect(statuses).toContain(429);

    const res = await fetch(`${stack.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/accord_graphql_requests_total\{operation="query:me",code="OK"\} [1-9]/);
    expect(text).toMatch(/accord_graphql_requests_total\{operation="query:case",code="NOT_FOUND"\} [1-9]/);
    expect(text).toMatch(/accord_graphql_request_duration_seconds_count\{operation="query:me"\} [1-9]/);
    expect(text).toMatch(/accord_http_refusals_total\{reason="rate_limited"\} [1-9]/);
    expect(text).toMatch(/accord_db_pool_connections\{state="in_use"\} \d/);
    expect(text).toMatch(/accord_db_pool_connections\{state="idle"\} \d/);
    expect(text).toMatch(/accord_db_pool_connections\{state="waiting"\} \d/);
    expect(text).toContain('accord_sign_in_throttled_total');
  });

  test('/metrics is off (404) without METRICS_TOKEN', async () => {
    const plain = await startStack();
    try {
      expect((await fetch(`${plain.baseUrl}/metrics`)).status).toBe(404);
    } finally {
      await plain.stop();
    }
  });
});
