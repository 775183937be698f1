import { startStack, type Stack } from '../support/stack';
import { codeOf, fieldOf, gql, signIn } from '../support/graphql';

const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id email version memberships { role council { slug } } } }';
const UPDATE = 'mutation($id: ID!, $v: Int!, $i: UpdateUserInput!) { updateUser(id: $id, expectedVersion: $v, input: $i) { displayName version } }';

describe('people and memberships', () => {
  let stack: Stack;
  let clerk: { token: string };
  let mo: { token: string };
  const users = async () => (await stack.db.admin.query('SELECT count(*)::int AS n FROM users')).rows[0].n;
  const input = (extra: Record<string, unknown> = {}) => ({
    email: 'deputy.clerk@cwmbran.example',
    displayName: 'Deputy Clerk',
    password: 'a-long-enough-password',
    councilId: stack.db.councils.cwmbran,
    role: 'CLERK',
    ...extra,
  });

  beforeAll(async () => {
    stack = await startStack();
    clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');
  });
  afterAll(() => stack.stop());

  test.each([
    ['email', { email: 'not-an-email' }],
    ['password', { password: 'short' }],
    ['displayName', { displayName: '' }],
    ['locale', { locale: 'fr' }],
    ['role', { role: 'OWNER' }],
  ])('bad %s: BAD_USER_INPUT naming it, nothing written', async (field, change) => {
    const before = await users();
    const res = await gql(stack.baseUrl, CREATE, { i: input(change) }, clerk);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe(field);
    expect(await users()).toBe(before);
  });

  test('myRoles: the effective role at each council asked about, a monitoring officer\'s reaching below; others left out', async () => {
    const MY_ROLES = 'query($ids: [ID!]!) { myRoles(councilIds: $ids) { councilId role } }';
    const { torfaen, cwmbran, glanmor } = stack.db.councils;
    const ask = async (as: { token: string }, ids: string[]) => (await gql(stack.baseUrl, MY_ROLES, { ids }, as)).data.myRoles;
    expect(await ask(mo, [cwmbran, glanmor, torfaen, cwmbran])).toEqual([
      { councilId: cwmbran, role: 'MONITORING_OFFICER' },
      { councilId: torfaen, role: 'MONITORING_OFFICER' },
    ]);
    expect(await ask(clerk, [torfaen, cwmbran])).toEqual([{ councilId: cwmbran, role: 'CLERK' }]);
    const bad = await gql(stack.baseUrl, MY_ROLES, { ids: [cwmbran, 'nope'] }, clerk);
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['BAD_USER_INPUT', 'councilIds']);
    const many = await gql(stack.baseUrl, MY_ROLES, { ids: Array.from({ length: 501 }, () => cwmbran) }, clerk);
    expect([codeOf(many), fieldOf(many)]).toEqual(['BAD_USER_INPUT', 'councilIds']);
  });

  test('a clerk adds a clerk to their council, who can then sign in; the e-mail is then taken', async () => {
    const res = await gql(stack.baseUrl, CREATE, { i: input() }, clerk);
    expect(res.errors).toBeUndefined();
    expect(res.data.createUser.memberships).toEqual([{ role: 'CLERK', council: { slug: 'cwmbran' } }]);
    const deputy = await signIn(stack.baseUrl, 'deputy.clerk@cwmbran.example', 'a-long-enough-password');
    const seen = await gql(stack.baseUrl, '{ councils { items { slug } } }', {}, deputy);
    expect(seen.data.councils.items).toEqual([{ slug: 'cwmbran' }]);

    const again = await gql(stack.baseUrl, CREATE, { i: input({ displayName: 'Other' }) }, clerk);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(fieldOf(again)).toBe('email');
  });

  test('a clerk cannot make anyone a monitoring officer; the monitoring officer can', async () => {
    const i = input({ email: 'mo2@cwmbran.example', role: 'MONITORING_OFFICER' });
    expect(codeOf(await gql(stack.baseUrl, CREATE, { i }, clerk))).toBe('FORBIDDEN');
    expect((await gql(stack.baseUrl, CREATE, { i }, mo)).errors).toBeUndefined();
  });

  test('the users list shows only people of councils in scope', async () => {
    const res = await gql(stack.baseUrl, '{ users(limit: 200) { totalCount items { email } } }', {}, clerk);
    const emails = res.data.users.items.map((u: any) => u.email);
    expect(emails).toContain('clerk.cwmbran@accord.example');
    expect(emails).not.toContain('clerk.glanmor@accord.example');
    expect(emails).not.toContain('mo.torfaen@accord.example');
    expect(res.data.users.totalCount).toBe(emails.length);
  });

  test('a clerk cannot change the account of someone who also serves elsewhere', async () => {
    // The Glanmor clerk also becomes a viewer at Cwmbran: visible to the Cwmbran clerk, but not theirs to manage.
    await stack.db.admin.query(`INSERT INTO memberships (council_id, user_id, role) VALUES ($1, $2, 'viewer')`, [
      stack.db.councils.cwmbran,
      stack.db.users['clerk.glanmor@accord.example'],
    ]);
    const res = await gql(stack.baseUrl, UPDATE, { id: stack.db.users['clerk.glanmor@accord.example'], v: 1, i: { password: 'taken-over-password' } }, clerk);
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  test('anyone changes their own name, with a version check', async () => {
    const id = stack.db.users['clerk.cwmbran@accord.example'];
    const ok = await gql(stack.baseUrl, UPDATE, { id, v: 1, i: { displayName: 'Clerc Cwmbrân', locale: 'cy' } }, clerk);
    expect(ok.data.updateUser).toEqual({ displayName: 'Clerc Cwmbrân', version: 2 });
    const stale = await gql(stack.baseUrl, UPDATE, { id, v: 1, i: { displayName: 'Old' } }, clerk);
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  test('memberships: add and remove within scope; not your own', async () => {
    const created = await gql(stack.baseUrl, CREATE, { i: input({ email: 'viewer2@cwmbran.example', role: 'VIEWER' }) }, clerk);
    const userId = created.data.createUser.id;
    const list = await gql(stack.baseUrl, 'query($u: ID!) { memberships(filter: { userId: $u }) { totalCount items { id role } } }', { u: userId }, clerk);
    expect(list.data.memberships.totalCount).toBe(1);
    const removed = await gql(stack.baseUrl, 'mutation($id: ID!) { removeMembership(id: $id) }', { id: list.data.memberships.items[0].id }, clerk);
    expect(removed.data.removeMembership).toBe(list.data.memberships.items[0].id);

    const mine = await gql(stack.baseUrl, '{ me { memberships { id } } }', {}, clerk);
    const own = await gql(stack.baseUrl, 'mutation($id: ID!) { removeMembership(id: $id) }', { id: mine.data.me.memberships[0].id }, clerk);
    expect(codeOf(own)).toBe('FORBIDDEN');
  });

  test('the users list filters by council and by role (roles at councils in your scope only); another area is empty', async () => {
    const list = async (filter: Record<string, unknown>, as = mo) => {
      const r = await gql(stack.baseUrl, 'query($f: UserFilter) { users(filter: $f, limit: 100) { totalCount items { email memberships { role council { slug } } } } }', { f: filter }, as);
      expect(r.errors).toBeUndefined();
      return r.data.users.items as { email: string; memberships: { role: string; council: { slug: string } }[] }[];
    };
    const clerks = await list({ role: 'CLERK' });
    expect(clerks.length).toBeGreaterThan(0);
    // Everyone listed is a clerk at a council the Torfaen monitoring officer sees.
    for (const u of clerks) expect(u.memberships.some((m) => m.role === 'CLERK')).toBe(true);
    expect(clerks.map((u) => u.email)).toContain('clerk.cwmbran@accord.example');
    expect(clerks.map((u) => u.email)).not.toContain('clerk.ashbury@accord.example');
    const atCwmbran = await list({ councilId: stack.db.councils.cwmbran, role: 'CLERK' });
    expect(atCwmbran.every((u) => u.memberships.some((m) => m.role === 'CLERK' && m.council.slug === 'cwmbran'))).toBe(true);
    const mos = await list({ councilId: stack.db.councils.cwmbran, role: 'MONITORING_OFFICER' });
    expect(mos.every((u) => u.memberships.some((m) => m.role === 'MONITORING_OFFICER' && m.council.slug === 'cwmbran'))).toBe(true);
    expect(mos.map((u) => u.email)).not.toContain('clerk.cwmbran@accord.example');
    // Westmere's council id from Torfaen's monitoring officer: nobody.
    expect(await list({ councilId: stack.db.councils.westmere })).toEqual([]);
  });
});
