import { request } from 'node:http';
import { RequestContext, createDataSource } from '@accord/api';
import { startStack, type Stack } from '../support/stack';
import { gql, signIn, type Credential } from '../support/graphql';

/**
 * Issue 10, point 1: nothing a caller sends can leave a database session open. Every
 * trigger that once leaked one (HTTP-level rejections after the context was made, parse
 * and limit errors, an early non-null error while siblings still ask for the database, a
 * client that goes away) is sent 50 times as a signed-in clerk and 50 times as an API key,
 * all at once; afterwards no session of the app is idle in a transaction, the pool has
 * nothing in use, and ordinary queries answer.
 */
describe('hostile traffic leaves no database session open', () => {
  let stack: Stack;
  let clerk: { token: string };
  let apiKey: { apiKey: string; id: string };

  beforeAll(async () => {
    // A generous acquisition timeout: here every request must be served, none refused 503.
    stack = await startStack({ PG_ACQUIRE_TIMEOUT_MS: '20000', HTTP_BODY_TIMEOUT_MS: '2000', API_KEY_RATE_LIMIT: '100000' });
    clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    const created = await gql(
      stack.baseUrl,
      'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id } } }',
      { i: { name: 'Hostile', councilId: stack.db.councils.ashbury } },
      clerk,
    );
    apiKey = { apiKey: created.data.createApiKey.secret, id: created.data.createApiKey.apiKey.id };
  });
  afterAll(() => stack?.stop());

  const authHeader = (as: Credential) => (as && 'token' in as ? `Bearer ${as.token}` : as && 'apiKey' in as ? `ApiKey ${as.apiKey}` : '');

  /** Sends a raw request; resolves with the status (0 when the client gave up on purpose). */
  function raw(method: string, body: string | undefined, as: Credential, abort?: { afterMs: number; partial?: boolean }): Promise<number> {
    return new Promise((resolve, reject) => {
      const url = new URL(`${stack.baseUrl}/graphql`);
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, method, headers: { 'content-type': 'application/json', authorization: authHeader(as) } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', () => resolve(0));
        },
      );
      req.on('error', (e) => (abort ? resolve(0) : reject(e)));
      if (abort) {
        if (abort.partial && body) {
          req.setHeader('content-length', String(Buffer.byteLength(body)));
          req.write(body.slice(0, Math.floor(body.length / 2)));
        } else if (body) req.write(body);
        if (!abort.partial) req.end();
        setTimeout(() => {
          req.destroy();
          resolve(0);
        }, abort.afterMs);
        return;
      }
      req.end(body);
    });
  }

  const ME = '{ me { readOnly } councils { items { name } } }';
  const HEAVY = '{ cases(limit: 200) { items { id subject council { name } } totalCount } councils { items { name } } }';
  const triggers: [string, (as: Credential, i: number) => Promise<number>, (status: number) => boolean][] = [
    ['array body', (as) => raw('POST', JSON.stringify([{ query: ME }]), as), (s) => s === 400],
    ['empty object body', (as) => raw('POST', '{}', as), (s) => s === 400],
    ['variables as a string', (as) => raw('POST', JSON.stringify({ query: ME, variables: '{"a":1}' }), as), (s) => s === 400],
    ['non-string query', (as) => raw('POST', JSON.stringify({ query: 42 }), as), (s) => s === 400],
    ['PUT', (as) => raw('PUT', JSON.stringify({ query: ME }), as), (s) => s >= 400 && s < 500],
    ['syntax error', (as) => raw('POST', JSON.stringify({ query: '{ me { readOnly ' }), as), (s) => s === 400],
    ['over 1,000 tokens', (as) => raw('POST', JSON.stringify({ query: `{ me { ${'readOnly '.repeat(1200)} } }` }), as), (s) => s >= 400 && s < 500],
    [
      'early non-null error with siblings still reading',
      (as) => raw('POST', JSON.stringify({ query: '{ case(id: "00000000-0000-0000-0000-000000000000") { id } cases { items { council { name } } } }' }), as),
      (s) => s === 200,
    ],
    ['client disconnects mid-request', (as, i) => raw('POST', JSON.stringify({ query: HEAVY }), as, { afterMs: i % 25 }), (s) => s === 0 || s === 200],
    ['client disconnects mid-body', (as, i) => raw('POST', JSON.stringify({ query: HEAVY }), as, { afterMs: 5 + (i % 20), partial: true }), (s) => s === 0],
  ];

  async function idleInTransaction(): Promise<number> {
    const { rows } = await stack.db.admin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'accord-app' AND state LIKE 'idle in transaction%'`,
    );
    return rows[0].n;
  }

  test('every trigger, 50 times as a clerk and 50 times as an API key, concurrently: no session left open', async () => {
    const runs: Promise<{ name: string; status: number; ok: boolean }>[] = [];
    for (const [name, send, expected] of triggers) {
      for (const as of [clerk, { apiKey: apiKey.apiKey }] as Credential[]) {
        for (let i = 0; i < 50; i++) runs.push(send(as, i).then((status) => ({ name, status, ok: expected(status) })));
      }
    }
    const results = await Promise.all(runs);
    expect(results).toHaveLength(triggers.length * 100);
    const wrong = results.filter((r) => !r.ok);
    expect(wrong.slice(0, 5)).toEqual([]);

    // Requests whose clients went away end on the server a moment later.
    let open = await idleInTransaction();
    for (let i = 0; i < 40 && open > 0; i++) {
      await new Promise((ok) => setTimeout(ok, 50));
      open = await idleInTransaction();
    }
    expect(open).toBe(0);
    const health = (await (await fetch(`${stack.baseUrl}/healthz`)).json()) as any;
    expect(health.pool.inUse).toBe(0);
    expect(health.pool.waiting).toBe(0);

    // Ordinary queries answer, more than a pool's worth at once.
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => gql(stack.baseUrl, ME, {}, i % 2 ? clerk : { apiKey: apiKey.apiKey })));
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.errors).toBeUndefined();
    }
  });

  test('after its request has ended, ctx.db() throws instead of opening a new session', async () => {
    const ctx = new RequestContext(stack.db.config, stack.db.app);
    const s = await ctx.db();
    await s.query('SELECT 1');
    const pending = s.query('SELECT pg_sleep(0.05)');
    await ctx.finish(true);
    await pending;
    await expect(ctx.db()).rejects.toThrow(/request has ended/);
    // A statement queued on the session after it ended is refused too.
    await expect(s.query('SELECT 1')).rejects.toThrow(/request has ended/);
  });

  test("an API key's requests hold no lock on its row: they answer while another transaction holds it", async () => {
    // Make the key's last use old, so that recording it is due.
    await stack.db.admin.query(`UPDATE api_keys SET last_used_at = now() - interval '1 hour' WHERE id = $1`, [apiKey.id]);
    const other = createDataSource(stack.db.config, 'owner');
    await other.initialize();
    const runner = other.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query('SELECT 1 FROM api_keys WHERE id = $1 FOR UPDATE', [apiKey.id]);
      const started = Date.now();
      const answers = await Promise.all(Array.from({ length: 20 }, () => gql(stack.baseUrl, ME, {}, { apiKey: apiKey.apiKey })));
      expect(answers.every((a) => a.status === 200 && !a.errors)).toBe(true);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
      await other.destroy();
    }
    expect(await idleInTransaction()).toBe(0);
  });
});
