import { SignJWT } from 'jose';
import { issueToken } from '@accord/api';
import { startStack, type Stack } from '../support/stack';
import { codeOf, fieldOf, gql, signIn } from '../support/graphql';

/**
 * Issue 10, point 4: tokens and passwords. Every refusal of a token is a 401
 * UNAUTHENTICATED (never a 500); a token stops working as soon as its person's
 * password changes, they are disabled, or they lose a role; changing one's own
 * password needs the current one; only a monitoring officer (for every council the
 * person serves) or a platform admin sets someone else's; the policy refuses common
 * passwords and ones containing the e-mail.
 */
const ME = '{ me { user { email } } }';
const UPDATE = 'mutation($id: ID!, $v: Int!, $i: UpdateUserInput!) { updateUser(id: $id, expectedVersion: $v, input: $i) { id version } }';
const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id version } }';
const NEW_PASSWORD = 'granite-orchard-lantern-47';

describe('tokens and passwords', () => {
  let stack: Stack;
  const secret = () => new TextEncoder().encode(stack.db.config.auth.jwtSecret);
  const userId = (email: string) => stack.db.users[email];
  const versionOf = async (email: string): Promise<number> =>
    (await stack.db.admin.query('SELECT version FROM users WHERE email = $1', [email])).rows[0].version;
  const tokenVersionOf = async (email: string): Promise<number> =>
    (await stack.db.admin.query('SELECT token_version FROM users WHERE email = $1', [email])).rows[0].token_version;
  /** A token's answer to `me`: the e-mail, or the HTTP status and code of the refusal. */
  const meAs = async (token: string) => {
    const res = await gql(stack.baseUrl, ME, {}, { token });
    return res.data?.me?.user?.email ?? `${res.status} ${codeOf(res)}`;
  };
  /** A token as an attacker with our secret, or a buggy issuer, might make it. */
  const craft = (claims: Record<string, unknown>, set: (j: SignJWT) => SignJWT = (j) => j) =>
    set(new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer('accord').setAudience('accord-api')).sign(secret());

  beforeAll(async () => {
    stack = await startStack({ JWT_TTL_SECONDS: '600', JWT_MAX_AGE_SECONDS: '900', SIGN_IN_ACCOUNT_LIMIT: '5' });
  });
  afterAll(() => stack.stop());

  test('a token made the usual way works (the checks below are not refusing everything)', async () => {
    const clerk = 'clerk.glanmor@accord.example';
    const { token } = await issueToken(stack.db.config.auth.jwtSecret, userId(clerk), 600, new Date(), await tokenVersionOf(clerk));
    expect(await meAs(token)).toBe(clerk);
    const crafted = await craft({ tv: 1 }, (j) => j.setSubject(userId(clerk)).setIssuedAt().setExpirationTime('5m'));
    expect(await meAs(crafted)).toBe(clerk);
  });

  test('a token without exp is refused with 401', async () => {
    const token = await craft({ tv: 1 }, (j) => j.setSubject(userId('clerk.glanmor@accord.example')).setIssuedAt());
    expect(await meAs(token)).toBe('401 UNAUTHENTICATED');
  });

  test('a token without iat is refused with 401', async () => {
    const token = await craft({ tv: 1 }, (j) => j.setSubject(userId('clerk.glanmor@accord.example')).setExpirationTime('5m'));
    expect(await meAs(token)).toBe('401 UNAUTHENTICATED');
  });

  test('maximum age: issued longer ago than JWT_MAX_AGE_SECONDS, or valid for longer than it, is refused with 401', async () => {
    const sub = userId('clerk.glanmor@accord.example');
    const now = Math.floor(Date.now() / 1000);
    const old = await craft({ tv: 1 }, (j) => j.setSubject(sub).setIssuedAt(now - 1000).setExpirationTime(now + 3600));
    expect(await meAs(old)).toBe('401 UNAUTHENTICATED');
    const long = await craft({ tv: 1 }, (j) => j.setSubject(sub).setIssuedAt(now).setExpirationTime(now + 30 * 86400));
    expect(await meAs(long)).toBe('401 UNAUTHENTICATED');
    const withinAge = await craft({ tv: 1 }, (j) => j.setSubject(sub).setIssuedAt(now - 800).setExpirationTime(now + 60));
    expect(await meAs(withinAge)).toBe('clerk.glanmor@accord.example');
  });

  test('a sub that is not a UUID, or a malformed token, is a 401 (never a 500)', async () => {
    const exp = (j: SignJWT) => j.setIssuedAt().setExpirationTime('5m');
    const tokens = [
      await craft({ tv: 1 }, (j) => exp(j.setSubject('not-a-uuid'))),
      await craft({ tv: 1 }, (j) => exp(j.setSubject("00000000-0000-0000-0000-00000000000'; --"))),
      await craft({ tv: 1 }, (j) => exp(j.setSubject(''))),
      await craft({ tv: 1, sub: 42 }, exp),
      await craft({ tv: 1 }, exp), // no sub
      await craft({ tv: 'one' }, (j) => exp(j.setSubject(userId('clerk.glanmor@accord.example')))),
      await craft({}, (j) => exp(j.setSubject(userId('clerk.glanmor@accord.example')))), // no token version
      'abc',
      'a.b.c',
      '..',
      `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('not json').toString('base64url')}.x`,
      'ü'.repeat(50),
    ];
    for (const token of tokens) expect([token, await meAs(token)]).toEqual([token, '401 UNAUTHENTICATED']);
  });

  test('a password change bumps the token version: the old token fails at once, a new sign-in works', async () => {
    const email = 'clerk.kingsford@accord.example';
    const before = await signIn(stack.baseUrl, email);
    expect(await meAs(before.token)).toBe(email);
    const versionBefore = await tokenVersionOf(email);
    const res = await gql(stack.baseUrl, UPDATE, { id: userId(email), v: await versionOf(email), i: { password: NEW_PASSWORD, currentPassword: 'accord-demo-2026' } }, before);
    expect(res.errors).toBeUndefined();
    expect(await tokenVersionOf(email)).toBe(versionBefore + 1);
    expect(await meAs(before.token)).toBe('401 UNAUTHENTICATED');
    const after = await signIn(stack.baseUrl, email, NEW_PASSWORD);
    expect(await meAs(after.token)).toBe(email);
    // Changing the name alone does not sign anyone out.
    const renamed = await gql(stack.baseUrl, UPDATE, { id: userId(email), v: await versionOf(email), i: { displayName: 'Kingsford Clerk' } }, after);
    expect(renamed.errors).toBeUndefined();
    expect(await meAs(after.token)).toBe(email);
  });

  test('disabling bumps the token version: the token fails, and still fails once the account is enabled again', async () => {
    const email = 'clerk.eastvale@accord.example';
    const { token } = await signIn(stack.baseUrl, email);
    expect(await meAs(token)).toBe(email);
    await stack.db.admin.query('UPDATE users SET disabled_at = now() WHERE email = $1', [email]);
    expect(await meAs(token)).toBe('401 UNAUTHENTICATED');
    await stack.db.admin.query('UPDATE users SET disabled_at = NULL WHERE email = $1', [email]);
    expect(await meAs(token)).toBe('401 UNAUTHENTICATED');
    expect(await meAs((await signIn(stack.baseUrl, email)).token)).toBe(email);
  });

  test('losing a role bumps the token version: membership removed through the API, or its role changed', async () => {
    const mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');
    const email = 'deputy.one@cwmbran.example';
    const created = await gql(stack.baseUrl, CREATE, { i: { email, displayName: 'Deputy One', password: NEW_PASSWORD, councilId: stack.db.councils.cwmbran, role: 'CLERK' } }, mo);
    expect(created.errors).toBeUndefined();
    stack.db.users[email] = created.data.createUser.id;
    const add = await gql(stack.baseUrl, 'mutation($i: AddMembershipInput!) { addMembership(input: $i) { id } }', { i: { userId: userId(email), councilId: stack.db.councils.torfaen, role: 'VIEWER' } }, mo);
    expect(add.errors).toBeUndefined();

    // Gaining a role signs nobody out.
    const first = await signIn(stack.baseUrl, email, NEW_PASSWORD);
    expect(await meAs(first.token)).toBe(email);

    const removed = await gql(stack.baseUrl, 'mutation($id: ID!) { removeMembership(id: $id) }', { id: add.data.addMembership.id }, mo);
    expect(removed.errors).toBeUndefined();
    expect(await meAs(first.token)).toBe('401 UNAUTHENTICATED');

    const second = await signIn(stack.baseUrl, email, NEW_PASSWORD);
    expect(await meAs(second.token)).toBe(email);
    await stack.db.admin.query("UPDATE memberships SET role = 'viewer' WHERE user_id = $1", [userId(email)]);
    expect(await meAs(second.token)).toBe('401 UNAUTHENTICATED');
    expect(await meAs((await signIn(stack.baseUrl, email, NEW_PASSWORD)).token)).toBe(email);
  });

  test('the queue board refuses a token of an old version too', async () => {
    const admin = await signIn(stack.baseUrl, 'admin@accord.example');
    const post = (token: string) => fetch(`${stack.baseUrl}/admin/queues/session`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect((await post(admin.token)).status).toBe(204);
    await stack.db.admin.query("UPDATE users SET token_version = token_version + 1 WHERE email = 'admin@accord.example'");
    expect((await post(admin.token)).status).toBe(401);
  });

  describe('changing passwords', () => {
    let mo: { token: string };
    let clerk: { token: string };
    const second = 'second.clerk@cwmbran.example';

    beforeAll(async () => {
      mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');
      clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
      const created = await gql(stack.baseUrl, CREATE, { i: { email: second, displayName: 'Second Clerk', password: NEW_PASSWORD, councilId: stack.db.councils.cwmbran, role: 'CLERK' } }, clerk);
      expect(created.errors).toBeUndefined();
      stack.db.users[second] = created.data.createUser.id;
    });

    test('one\'s own password: the current one is required and must be right', async () => {
      const email = 'clerk.ashbury@accord.example';
      const me = await signIn(stack.baseUrl, email);
      const change = (i: Record<string, unknown>) => gql(stack.baseUrl, UPDATE, { id: userId(email), v: 1, i }, me);
      const missing = await change({ password: NEW_PASSWORD });
      expect([codeOf(missing), fieldOf(missing)]).toEqual(['BAD_USER_INPUT', 'currentPassword']);
      const wrong = await change({ password: NEW_PASSWORD, currentPassword: 'not-my-password-at-all' });
      expect([codeOf(wrong), fieldOf(wrong)]).toEqual(['BAD_USER_INPUT', 'currentPassword']);
      expect(await meAs(me.token)).toBe(email); // nothing changed
      expect((await gql(stack.baseUrl, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', { e: email, p: NEW_PASSWORD })).data).toBeNull();
      const ok = await change({ password: NEW_PASSWORD, currentPassword: 'accord-demo-2026' });
      expect(ok.errors).toBeUndefined();
      expect(await meAs((await signIn(stack.baseUrl, email, NEW_PASSWORD)).token)).toBe(email);
    });

    test('a clerk cannot reset another clerk\'s password at their own council', async () => {
      const v = await versionOf(second);
      const res = await gql(stack.baseUrl, UPDATE, { id: userId(second), v, i: { password: 'taken-over-by-a-clerk-1' } }, clerk);
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(await versionOf(second)).toBe(v);
      // The clerk may still change the other clerk's name (managing members is theirs).
      const renamed = await gql(stack.baseUrl, UPDATE, { id: userId(second), v, i: { displayName: 'Second Clerk (deputy)' } }, clerk);
      expect(renamed.errors).toBeUndefined();
    });

    test('a monitoring officer resets a password in scope (the person can sign in with it, old tokens fail), not outside', async () => {
      const old = await signIn(stack.baseUrl, second, NEW_PASSWORD);
      const reset = await gql(stack.baseUrl, UPDATE, { id: userId(second), v: await versionOf(second), i: { password: 'reset-by-the-monitoring-officer' } }, mo);
      expect(reset.errors).toBeUndefined();
      expect(await meAs(old.token)).toBe('401 UNAUTHENTICATED');
      expect(await meAs((await signIn(stack.baseUrl, second, 'reset-by-the-monitoring-officer')).token)).toBe(second);

      // Outside the scope: another council's monitoring officer does not even see the person.
      const westmere = await signIn(stack.baseUrl, 'mo.westmere@accord.example');
      const outside = await gql(stack.baseUrl, UPDATE, { id: userId(second), v: await versionOf(second), i: { password: 'reset-by-another-officer' } }, westmere);
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(outside));

      // Someone who also serves a council outside Torfaen's tree: only a platform admin (or they) may.
      const admin = await signIn(stack.baseUrl, 'admin@accord.example');
      const add = await gql(stack.baseUrl, 'mutation($i: AddMembershipInput!) { addMembership(input: $i) { id } }', { i: { userId: userId(second), councilId: stack.db.councils.glanmor, role: 'VIEWER' } }, admin);
      expect(add.errors).toBeUndefined();
      const v = await versionOf(second);
      const refused = await gql(stack.baseUrl, UPDATE, { id: userId(second), v, i: { password: 'reset-by-the-monitoring-officer-2' } }, mo);
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(await versionOf(second)).toBe(v);
      const byAdmin = await gql(stack.baseUrl, UPDATE, { id: userId(second), v, i: { password: 'reset-by-the-platform-admin' } }, admin);
      expect(byAdmin.errors).toBeUndefined();
      expect(await meAs((await signIn(stack.baseUrl, second, 'reset-by-the-platform-admin')).token)).toBe(second);
    });

    test('the policy refuses common passwords and ones containing the e-mail, naming the field', async () => {
      const input = (password: string, email = 'new.viewer@cwmbran.example') => ({ i: { email, displayName: 'New Viewer', password, councilId: stack.db.councils.cwmbran, role: 'VIEWER' } });
      for (const password of ['aaaaaaaaaaaa', 'qwerty123456', 'password2026!', 'new.viewer-2026-x', 'my new.viewer@cwmbran.example']) {
        const res = await gql(stack.baseUrl, CREATE, input(password), clerk);
        expect([password, codeOf(res), fieldOf(res)]).toEqual([password, 'BAD_USER_INPUT', 'password']);
      }
      const count = await stack.db.admin.query("SELECT count(*)::int AS n FROM users WHERE email = 'new.viewer@cwmbran.example'");
      expect(count.rows[0].n).toBe(0);

      // The same on a change of one's own password, with the person's own e-mail.
      const me = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
      const own = await gql(stack.baseUrl, UPDATE, { id: userId('clerk.cwmbran@accord.example'), v: await versionOf('clerk.cwmbran@accord.example'), i: { password: 'i-am-clerk.cwmbran', currentPassword: 'accord-demo-2026' } }, me);
      expect([codeOf(own), fieldOf(own)]).toEqual(['BAD_USER_INPUT', 'password']);
      expect(await meAs(me.token)).toBe('clerk.cwmbran@accord.example');
    });
  });

  test('wrong current passwords count against the sign-in throttle: a stolen token cannot guess its way to the password', async () => {
    const email = 'clerk.glanmor@accord.example';
    const me = await signIn(stack.baseUrl, email);
    const change = (currentPassword: string) =>
      gql(stack.baseUrl, UPDATE, { id: userId(email), v: 1, i: { password: NEW_PASSWORD, currentPassword } }, me);
    for (let i = 0; i < 5; i++) expect(fieldOf(await change(`guess-number-${i}`))).toBe('currentPassword');
    const locked = await change('accord-demo-2026');
    expect([locked.status, codeOf(locked)]).toEqual([429, 'RATE_LIMITED']);
    const signInLocked = await gql(stack.baseUrl, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', { e: email, p: 'accord-demo-2026' });
    expect([signInLocked.status, codeOf(signInLocked)]).toEqual([429, 'RATE_LIMITED']);
    expect(await versionOf(email)).toBe(1);
  });
});
