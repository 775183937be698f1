import { SignJWT } from 'jose';
import { issueToken } from '@accord/api';
import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn } from '../support/graphql';

const ME = '{ me { user { email } platformAdmin readOnly } }';
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token expiresAt user { email } } }';

describe('sign-in and credentials', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  test('a demo clerk signs in and the token works', async () => {
    const res = await gql(stack.baseUrl, SIGN_IN, { e: 'Clerk.Cwmbran@accord.example ', p: 'accord-demo-2026' });
    expect(res.errors).toBeUndefined();
    expect(res.data.signIn.user.email).toBe('clerk.cwmbran@accord.example');
    const ttl = new Date(res.data.signIn.expiresAt).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(stack.db.config.auth.jwtTtlSeconds * 1000);
    const me = await gql(stack.baseUrl, ME, {}, { token: res.data.signIn.token });
    expect(me.data.me).toEqual({ user: { email: 'clerk.cwmbran@accord.example' }, platformAdmin: false, readOnly: false });
  });

  test('a wrong password and an unknown user get the same UNAUTHENTICATED answer', async () => {
    const wrong = await gql(stack.baseUrl, SIGN_IN, { e: 'clerk.cwmbran@accord.example', p: 'not-the-password' });
    const unknown = await gql(stack.baseUrl, SIGN_IN, { e: 'nobody@accord.example', p: 'accord-demo-2026' });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    expect(wrong.data).toBeNull();
  });

  test('passwords are stored as argon2id hashes with at least OWASP parameters', async () => {
    const { rows } = await stack.db.admin.query("SELECT password_hash FROM users WHERE email = 'clerk.cwmbran@accord.example'");
    const [, algorithm, , params] = rows[0].password_hash.split('$');
    expect(algorithm).toBe('argon2id');
    const p = Object.fromEntries(params.split(',').map((kv: string) => kv.split('=').map(String)));
    expect(Number(p.m)).toBeGreaterThanOrEqual(19456); // KiB: 19 MiB
    expect(Number(p.t)).toBeGreaterThanOrEqual(2);
    expect(Number(p.p)).toBeGreaterThanOrEqual(1);
  });

  test('no credential: queries are refused with UNAUTHENTICATED', async () => {
    const res = await gql(stack.baseUrl, '{ councils { totalCount } }');
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });

  test('an expired token is refused', async () => {
    const userId = stack.db.users['clerk.cwmbran@accord.example'];
    const { token } = await issueToken(stack.db.config.auth.jwtSecret, userId, 60, new Date(Date.now() - 3600_000));
    const res = await gql(stack.baseUrl, ME, {}, { token });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.status).toBe(401);
  });

  test('a tampered token is refused: changed subject, or signed with another key', async () => {
    const { token } = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    const [h, p, s] = token.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    payload.sub = stack.db.users['admin@accord.example'];
    const forged = [h, Buffer.from(JSON.stringify(payload)).toString('base64url'), s].join('.');
    expect(codeOf(await gql(stack.baseUrl, ME, {}, { token: forged }))).toBe('UNAUTHENTICATED');

    const otherKey = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(stack.db.users['admin@accord.example'])
      .setIssuer('accord')
      .setAudience('accord-api')
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode('an-attacker-secret-an-attacker-secret-00'));
    expect(codeOf(await gql(stack.baseUrl, ME, {}, { token: otherKey }))).toBe('UNAUTHENTICATED');

    const none = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${p}.`;
    expect(codeOf(await gql(stack.baseUrl, ME, {}, { token: none }))).toBe('UNAUTHENTICATED');
  });

  describe('API keys', () => {
    const CREATE = 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id prefix active } } }';

    test('a key is shown once, stored only as a hash, reads its council, and cannot mutate', async () => {
      const clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
      const created = await gql(stack.baseUrl, CREATE, { i: { name: 'Council website', councilId: stack.db.councils.cwmbran } }, clerk);
      expect(created.errors).toBeUndefined();
      const { secret, apiKey } = created.data.createApiKey;
      expect(secret.startsWith(apiKey.prefix)).toBe(true);

      const stored = await stack.db.admin.query('SELECT * FROM api_keys WHERE id = $1', [apiKey.id]);
      expect(JSON.stringify(stored.rows[0])).not.toContain(secret.slice(apiKey.prefix.length + 1));
      expect(stored.rows[0].secret_hash).toHaveLength(32);

      const read = await gql(stack.baseUrl, '{ councils { items { slug } } me { readOnly user { id } } }', {}, { apiKey: secret });
      expect(read.errors).toBeUndefined();
      expect(read.data.councils.items.map((c: any) => c.slug)).toEqual(['cwmbran']);
      expect(read.data.me).toEqual({ readOnly: true, user: null });
      const used = await stack.db.admin.query('SELECT last_used_at FROM api_keys WHERE id = $1', [apiKey.id]);
      expect(used.rows[0].last_used_at).not.toBeNull();

      const write = await gql(
        stack.baseUrl,
        'mutation($id: ID!) { updateCouncil(id: $id, expectedVersion: 1, input: { name: "Hacked" }) { name } }',
        { id: stack.db.councils.cwmbran },
        { apiKey: secret },
      );
      expect(codeOf(write)).toBe('FORBIDDEN');
      const name = await stack.db.admin.query('SELECT name FROM councils WHERE id = $1', [stack.db.councils.cwmbran]);
      expect(name.rows[0].name).toBe('Cwmbran Community Council');
    });

    test('a revoked key stops working at once', async () => {
      const clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
      const created = await gql(stack.baseUrl, CREATE, { i: { name: 'Casework system', councilId: stack.db.councils.cwmbran } }, clerk);
      const { secret, apiKey } = created.data.createApiKey;
      expect((await gql(stack.baseUrl, '{ councils { totalCount } }', {}, { apiKey: secret })).data.councils.totalCount).toBe(1);

      const revoked = await gql(stack.baseUrl, 'mutation($id: ID!) { revokeApiKey(id: $id) { active revokedAt } }', { id: apiKey.id }, clerk);
      expect(revoked.data.revokeApiKey.active).toBe(false);
      const after = await gql(stack.baseUrl, '{ councils { totalCount } }', {}, { apiKey: secret });
      expect(codeOf(after)).toBe('UNAUTHENTICATED');
    });

    test('a monitoring officer\'s key may reach the councils below; a clerk\'s may not', async () => {
      const mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');
      const created = await gql(stack.baseUrl, CREATE, { i: { name: 'County site', councilId: stack.db.councils.torfaen, includeDescendants: true } }, mo);
      const slugs = await gql(stack.baseUrl, '{ councils { items { slug } } }', {}, { apiKey: created.data.createApiKey.secret });
      expect(slugs.data.councils.items.map((c: any) => c.slug).sort()).toEqual(['cwmbran', 'torfaen']);

      const clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
      const refused = await gql(stack.baseUrl, CREATE, { i: { name: 'x', councilId: stack.db.councils.cwmbran, includeDescendants: true } }, clerk);
      expect(codeOf(refused)).toBe('FORBIDDEN');
    });
  });
});
