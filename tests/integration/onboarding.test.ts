import { startStack, type Stack } from '../support/stack';
import { codeOf, fieldOf, gql, signIn } from '../support/graphql';
import { startSmtpSink, type SmtpSink } from '../support/smtp';

/**
 * Onboarding a council's clerk by invitation (inviteUser, acceptInvitation) on a real API, Postgres
 * and SMTP sink: the account, membership and Clerk office holder made in one step, the e-mail with a
 * one-time link, the clerk setting their own password from it; refused alike when used, expired or
 * mistyped; nothing kept when the e-mail cannot be sent; another council's ids answered as not found.
 */

const INVITE = `mutation($i: InviteUserInput!) { inviteUser(input: $i) { expiresAt officeHolder user { id email locale inviteExpiresAt memberships { councilId role } } } }`;
const ACCEPT = `mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { token user { id email } } }`;
const NEW_COUNCIL = `mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id name } }`;
const GOOD_PASSWORD = 'llanfair-pwll-quarry-2026';

let sink: SmtpSink;
let stack: Stack;

beforeAll(async () => {
  sink = await startSmtpSink();
  stack = await startStack({ SMTP_PORT: String(sink.port) });
});
afterAll(async () => {
  await stack?.stop();
  await sink?.stop();
});

const tokenIn = (text: string) => text.match(/#token=([A-Za-z0-9_-]+)/)?.[1];

describe('inviting a clerk', () => {
  test('a monitoring officer creates a council and invites its clerk: account, membership, Clerk office holder, one e-mail; the clerk sets their password from the link once', async () => {
    const mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');
    const council = await gql(stack.baseUrl, NEW_COUNCIL, { i: { name: 'Pontnewydd Community Council', slug: 'pontnewydd', kind: 'COMMUNITY', nation: 'WALES', parentId: stack.db.councils.torfaen } }, mo);
    expect(council.errors).toBeUndefined();
    const councilId = council.data.createCouncil.id;

    const before = sink.messages.length;
    const invited = await gql(stack.baseUrl, INVITE, { i: { councilId, email: 'Clerk@Pontnewydd.example', displayName: 'Rhian Morgan' } }, mo);
    expect(invited.errors).toBeUndefined();
    const inv = invited.data.inviteUser;
    expect(inv.officeHolder).toBe(true);
    expect(inv.user.email).toBe('clerk@pontnewydd.example');
    expect(inv.user.locale).toBe('cy'); // a council in Wales
    expect(inv.user.memberships).toEqual([{ councilId, role: 'CLERK' }]);
    const hours = (Date.parse(inv.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71);
    expect(hours).toBeLessThanOrEqual(72);

    // The Clerk office holder from today: routes now name them.
    const holders = (await gql(stack.baseUrl, 'query($c: ID!) { officeHolders(councilId: $c) { roleKey name email } }', { c: councilId }, mo)).data.officeHolders;
    expect(holders).toEqual([{ roleKey: 'clerk', name: 'Rhian Morgan', email: 'clerk@pontnewydd.example' }]);
    // Only the link's hash is stored.
    const [row] = (await stack.db.admin.query('SELECT invite_token_hash, invite_expires_at FROM users WHERE email = $1', ['clerk@pontnewydd.example'])).rows;
    expect(row.invite_token_hash).toMatch(/^[0-9a-f]{64}$/);

    // One e-mail, Welsh then English, with the one-time link.
    await sink.waitFor(before + 1);
    const mail = sink.messages[before];
    expect(mail.to).toEqual(['clerk@pontnewydd.example']);
    expect(mail.subject).toContain('Pontnewydd Community Council');
    expect(mail.text.indexOf('Annwyl Rhian Morgan')).toBeLessThan(mail.text.indexOf('Dear Rhian Morgan'));
    const token = tokenIn(mail.text)!;
    expect(token).toBeTruthy();
    expect(mail.text).toContain(`/admin/invitation#token=${token}`);

    // Until they set a password, no password signs them in.
    expect(codeOf(await gql(stack.baseUrl, 'mutation { signIn(email: "clerk@pontnewydd.example", password: "accord-demo-2026") { token } }'))).toBe('UNAUTHENTICATED');

    // A weak password is refused beside its field, and the link still works after.
    const weak = await gql(stack.baseUrl, ACCEPT, { t: token, p: 'password123' });
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    expect(fieldOf(weak)).toBe('password');
    const accepted = await gql(stack.baseUrl, ACCEPT, { t: token, p: GOOD_PASSWORD });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptInvitation.user.email).toBe('clerk@pontnewydd.example');
    // Their token works, and so does signing in with the new password.
    const me = await gql(stack.baseUrl, '{ me { user { email } } }', undefined, { token: accepted.data.acceptInvitation.token });
    expect(me.errors).toBeUndefined();
    await signIn(stack.baseUrl, 'clerk@pontnewydd.example', GOOD_PASSWORD);
    const [after] = (await stack.db.admin.query('SELECT invite_token_hash FROM users WHERE email = $1', ['clerk@pontnewydd.example'])).rows;
    expect(after.invite_token_hash).toBeNull();

    // Used once: refused after, as a mistyped one is.
    const again = await gql(stack.baseUrl, ACCEPT, { t: token, p: 'another-long-passphrase-99' });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(fieldOf(again)).toBe('token');
    expect(codeOf(await gql(stack.baseUrl, ACCEPT, { t: 'not-a-token', p: GOOD_PASSWORD }))).toBe('BAD_USER_INPUT');
  });

  test('an expired link is refused', async () => {
    const mo = await signIn(stack.baseUrl, 'mo.westmere@accord.example');
    const before = sink.messages.length;
    const invited = await gql(stack.baseUrl, INVITE, { i: { councilId: stack.db.councils.kingsford, email: 'deputy@kingsford.example', displayName: 'Sam Deputy', officeHolder: false } }, mo);
    expect(invited.errors).toBeUndefined();
    expect(invited.data.inviteUser.user.locale).toBe('en');
    expect(invited.data.inviteUser.officeHolder).toBe(false);
    await sink.waitFor(before + 1);
    const token = tokenIn(sink.messages[before].text)!;
    await stack.db.admin.query(`UPDATE users SET invite_expires_at = now() - interval '1 minute' WHERE email = 'deputy@kingsford.example'`);
    const late = await gql(stack.baseUrl, ACCEPT, { t: token, p: GOOD_PASSWORD });
    expect(codeOf(late)).toBe('BAD_USER_INPUT');
    expect(fieldOf(late)).toBe('token');
  });

  test('when the e-mail cannot be sent, nothing is kept (no account, membership or office holder)', async () => {
    const mo = await signIn(stack.baseUrl, 'mo.westmere@accord.example');
    sink.refusing = true;
    try {
      const r = await gql(stack.baseUrl, INVITE, { i: { councilId: stack.db.councils.kingsford, email: 'nobody@kingsford.example', displayName: 'Nobody Kept' } }, mo);
      expect(codeOf(r)).toBe('SERVICE_UNAVAILABLE');
    } finally {
      sink.refusing = false;
    }
    expect((await stack.db.admin.query(`SELECT count(*)::int AS n FROM users WHERE email = 'nobody@kingsford.example'`)).rows[0].n).toBe(0);
    expect((await stack.db.admin.query(`SELECT count(*)::int AS n FROM office_holders WHERE name = 'Nobody Kept'`)).rows[0].n).toBe(0);
  });

  test("tenancy: another council's id is not found; a clerk cannot invite a monitoring officer; an anonymous caller cannot invite", async () => {
    const westmereMo = await signIn(stack.baseUrl, 'mo.westmere@accord.example');
    const elsewhere = await gql(stack.baseUrl, INVITE, { i: { councilId: stack.db.councils.cwmbran, email: 'x@cwmbran.example', displayName: 'Not Theirs' } }, westmereMo);
    expect(codeOf(elsewhere)).toBe('NOT_FOUND');
    const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    const upward = await gql(stack.baseUrl, INVITE, { i: { councilId: stack.db.councils.ashbury, email: 'boss@ashbury.example', displayName: 'Would Be Boss', role: 'MONITORING_OFFICER' } }, clerk);
    expect(codeOf(upward)).toBe('FORBIDDEN');
    const anonymous = await gql(stack.baseUrl, INVITE, { i: { councilId: stack.db.councils.ashbury, email: 'anon@ashbury.example', displayName: 'Anon' } });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect((await stack.db.admin.query(`SELECT count(*)::int AS n FROM users WHERE email IN ('x@cwmbran.example', 'boss@ashbury.example', 'anon@ashbury.example')`)).rows[0].n).toBe(0);
  });
});
