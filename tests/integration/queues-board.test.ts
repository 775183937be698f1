import { startStack, type Stack } from '../support/stack';
import { signIn } from '../support/graphql';

/** bull-board at /admin/queues: platform admins only, by bearer token or the cookie the admin app gets for it. */
describe('queue dashboard', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  test('nobody signed in: 401; a clerk: 403; a platform admin: the dashboard and its queues', async () => {
    const url = `${stack.baseUrl}/admin/queues`;
    expect((await fetch(url)).status).toBe(401);
    const clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    expect((await fetch(url, { headers: { authorization: `Bearer ${clerk.token}` } })).status).toBe(403);
    expect((await fetch(`${url}/session`, { method: 'POST', headers: { authorization: `Bearer ${clerk.token}` } })).status).toBe(403);
    expect((await fetch(url, { headers: { authorization: 'Bearer forged.token.here' } })).status).toBe(401);

    const admin = await signIn(stack.baseUrl, 'admin@accord.example');
    const session = await fetch(`${url}/session`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` } });
    expect(session.status).toBe(204);
    const cookie = session.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^accord_board=[^;]+; Path=\/admin\/queues; HttpOnly; SameSite=Strict/);
    const page = await fetch(url, { headers: { cookie: cookie.split(';')[0] } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    const api = await fetch(`${url}/api/queues`, { headers: { cookie: cookie.split(';')[0] } });
    expect(api.status).toBe(200);
    const names = ((await api.json()) as { queues: { name: string }[] }).queues.map((q) => q.name).sort();
    expect(names).toEqual(['accord-imports', 'accord-outbox', 'accord-reminders', 'accord-sweeps']);
  });
});
