import { Client } from 'pg';
import { startStack, type Stack } from '../support/stack';
import { gql, signIn } from '../support/graphql';

/**
 * The routes anyone can reach with no sign-in (/public/<slug>, /calendar/<token>.ics, the document
 * schema), attacked from outside: HEAD, odd slugs and tokens, and more requests at once than the
 * database pool holds. Each answers 200, 404 or 503 (with Retry-After): never a 500 or a stack trace.
 */
describe('outside: the public routes', () => {
  let stack: Stack;
  let slug: string;
  let feedToken: string;

  beforeAll(async () => {
    // One connection, a short wait for it: a burst of anonymous requests must be told to come back, not fail.
    stack = await startStack({ PG_POOL_MAX: '1', PG_ACQUIRE_TIMEOUT_MS: '150' });
    const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    const c = await gql(stack.baseUrl, 'query($id: ID!) { council(id: $id) { slug version } }', { id: stack.db.councils.ashbury }, clerk);
    slug = c.data.council.slug;
    const up = await gql(
      stack.baseUrl,
      'mutation($id: ID!, $v: Int!) { updateCouncil(id: $id, expectedVersion: $v, input: { publishProtocol: true }) { publishProtocol } }',
      { id: stack.db.councils.ashbury, v: c.data.council.version },
      clerk,
    );
    expect(up.errors).toBeUndefined();
    const feed = await gql(stack.baseUrl, 'mutation($c: ID!) { createCalendarFeed(councilId: $c, name: "Ashbury") { url } }', { c: stack.db.councils.ashbury }, clerk);
    expect(feed.errors).toBeUndefined();
    feedToken = /\/calendar\/([^/]+)\.ics$/.exec(feed.data.createCalendarFeed.url)![1]!;
  });
  afterAll(() => stack?.stop());

  const get = (path: string, method = 'GET') => fetch(`${stack.baseUrl}${path}`, { method });

  test('HEAD of a published page: 200 with its headers and no body; of an unpublished or unknown one: 404', async () => {
    const head = await get(`/public/${slug}`, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await head.text()).toBe('');
    expect((await get('/public/cwmbran', 'HEAD')).status).toBe(404);
    expect((await get('/public/no-such-council', 'HEAD')).status).toBe(404);
  });

  test('the Welsh page of a council in England is 404, as is a language that does not exist', async () => {
    expect((await get(`/public/${slug}`)).status).toBe(200);
    expect((await get(`/public/${slug}/cy`)).status).toBe(404);
    expect((await get(`/public/${slug}/fr`)).status).toBe(404);
  });

  test.each([
    '/public/ASHBURY',
    '/public/a',
    `/public/${'a'.repeat(2000)}`,
    '/public/..%2f..%2fetc%2fpasswd',
    '/public/%00',
    '/public/ashbury%00',
    '/public/ashbury/cy/extra',
    '/public/%E2%80%AE',
    '/public/-ashbury-',
    '/public/',
    '/public',
    '/calendar/short.ics',
    `/calendar/${'x'.repeat(100)}.ics`,
    `/calendar/${'x'.repeat(5000)}.ics`,
    '/calendar/..%2f..%2fsecret.ics',
    '/calendar/%00%00%00%00%00%00%00%00%00%00.ics',
  ].map((p) => [p.length > 60 ? `${p.slice(0, 30)}…(${p.length})` : p, p]))('GET %s: 404, short, no trace', async (_label, path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(text.length).toBeLessThan(200);
    expect(text).not.toMatch(/at \S+ \(|node_modules|Error:/);
  });

  test('a query string on a public page changes nothing and is not echoed', async () => {
    const res = await get(`/public/${slug}?q=%3Cscript%3Ealert(1)%3C/script%3E&lang=cy`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('<script');
    expect(html).toContain('<html lang="en"');
  });

  test('the committee paper with no database connection in time: 503 with Retry-After, not a 500', async () => {
    const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    const { db } = stack.db.config;
    const locker = new Client({ host: db.host, port: db.port, user: db.admin.user, database: db.database });
    await locker.connect();
    try {
      // Reading who the caller is now waits: one such request takes the whole (one-connection) pool.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
      const waiting = gql(stack.baseUrl, '{ councils { totalCount } }', {}, clerk);
      await new Promise((ok) => setTimeout(ok, 200));
      const res = await fetch(`${stack.baseUrl}/reports/paper.pdf?councilId=${stack.db.councils.ashbury}&from=2026-01-01&to=2026-06-30`, { headers: { authorization: `Bearer ${clerk.token}` } });
      const body = (await res.json()) as any;
      expect({ status: res.status, code: body.error?.code, retryAfter: /^\d+$/.test(res.headers.get('retry-after') ?? '') }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE', retryAfter: true });
      await locker.query('ROLLBACK');
      await waiting;
    } finally {
      await locker.end();
    }
  });

  test('more requests at once than the pool holds: each 200, 404 or 503 with Retry-After, never a 500', async () => {
    const paths = [`/public/${slug}`, '/public/no-such-council', `/calendar/${feedToken}.ics`, `/calendar/${'z'.repeat(40)}.ics`];
    const res = await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        const r = await get(paths[i % paths.length]!);
        await r.text();
        return { path: paths[i % paths.length], status: r.status, retryAfter: r.headers.get('retry-after') };
      }),
    );
    const bad = res.filter((r) => ![200, 404, 503].includes(r.status) || (r.status === 503 && !/^\d+$/.test(r.retryAfter ?? '')));
    expect(bad).toEqual([]);
    // And once the burst is over, everything answers.
    expect((await get(`/public/${slug}`)).status).toBe(200);
    expect((await get(`/calendar/${feedToken}.ics`)).status).toBe(200);
  });
});
