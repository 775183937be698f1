import { createLogger, systemContext, UserService } from '@accord/api';
import { startWorker, type RunningWorker } from '@accord/worker';
import { startStack, type Stack } from '../support/stack';
import { codeOf, fieldOf, gql, signIn } from '../support/graphql';
import { startSmtpSink, type SmtpSink } from '../support/smtp';

/**
 * Onboarding a council's clerk by invitation (inviteUser, acceptInvitation) on a real API, Postgres
 * and SMTP sink: the account, membership and Clerk office holder made in one step, the e-mail with a
 * one-time link, the clerk setting their own password from it; refused alike when used, expired or
 * mistyped; another council's ids answered as not found. The e-mail goes through the mail outbox:
 * written in the invitation's transaction and sent by the worker after commit (none for a rollback;
 * retried while the mail server refuses, and then sent once).
 */

const INVITE = `mutation($i: InviteUserInput!) { inviteUser(input: $i) { expiresAt officeHolder user { id email locale inviteExpiresAt memberships { councilId role } } } }`;
const ACCEPT = `mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { token user { id email } } }`;
const NEW_COUNCIL = `mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id name } }`;
const GOOD_PASSWORD = 'llanfair-pwll-quarry-2026';

let sink: SmtpSink;
let stack: Stack;
let worker: RunningWorker;

beforeAll(async () => {
  sink = await startSmtpSink();
  // A Redis prefix of this file's own: no other file's worker takes its outbox jobs.
  stack = await startStack({ SMTP_PORT: String(sink.port), REDIS_PREFIX: `accord-test-${process.env.ACCORD_TEST_RUN}-onboarding`, REMINDER_BACKOFF_MS: '100', RECONCILE_EVERY_MS: '500' });
  worker = await startWorker(stack.db.config, createLogger('worker', 'silent'));
});
afterAll(async () => {
  await worker?.close();
  await stack?.stop();
  await sink?.stop();
});

const until = async (what: string, check: () => Promise<boolean>, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
};
const sentTo = (address: string) => sink.messages.filter((m) => m.to.includes(address));

const tokenIn = (text: string) => text.match(/#token=([A-Za-z0-9_-]+)/)?.[1];

describe('inviting a clerk', () => {
  test('a monitoring officer creates a council and invites its clerk: account, membership, Clerk office holder, one e-mail; the clerk sets their password from the link once', async () => {
    const mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');
    const council = await gql(stack.baseUrl, NEW_COUNCIL, { i: { name: 'Pontnewydd Community Council', slug: 'pontnewydd', kind: 'COMMUNITY', nation: 'WALES', parentId: stack.db.councils.torfaen } }, mo);
    expect(council.errors).toBeUndefined();
    const councilId = council.data.createCouncil.id;

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
    await until('the invitation', async () => sentTo('clerk@pontnewydd.example').length === 1);
    const mail = sentTo('clerk@pontnewydd.example')[0];
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
    const invited = await gql(stack.baseUrl, INVITE, { i: { councilId: stack.db.councils.kingsford, email: 'deputy@kingsford.example', displayName: 'Sam Deputy', officeHolder: false } }, mo);
    expect(invited.errors).toBeUndefined();
    expect(invited.data.inviteUser.user.locale).toBe('en');
    expect(invited.data.inviteUser.officeHolder).toBe(false);
    await until('the invitation', async () => sentTo('deputy@kingsford.example').length === 1);
    const token = tokenIn(sentTo('deputy@kingsford.example')[0].text)!;
    await stack.db.admin.query(`UPDATE users SET invite_expires_at = now() - interval '1 minute' WHERE email = 'deputy@kingsford.example'`);
    const late = await gql(stack.baseUrl, ACCEPT, { t: token, p: GOOD_PASSWORD });
    expect(codeOf(late)).toBe('BAD_USER_INPUT');
    expect(fieldOf(late)).toBe('token');
  });

  test('the e-mail is written to the outbox in the same transaction: a rolled-back invitation sends nothing; a committed one goes once', async () => {
    const invite = async (email: string, commit: boolean) => {
      const ctx = systemContext(stack.db.config, stack.db.app);
      try {
        await new UserService().invite(ctx, { councilId: stack.db.councils.kingsford, email, displayName: 'Outbox Person', role: 'clerk' as never, officeHolder: false });
      } finally {
        await ctx.finish(commit);
      }
    };
    await invite('rolled-back@kingsford.example', false);
    await invite('committed@kingsford.example', true);
    await until('the committed invitation sent', async () => sentTo('committed@kingsford.example').length === 1);
    // The worker has been through the outbox since; give it a reconcile round more for the rolled-back one.
    await new Promise((ok) => setTimeout(ok, 1200));
    expect(sentTo('rolled-back@kingsford.example')).toEqual([]);
    expect(sentTo('committed@kingsford.example')).toHaveLength(1);
    const rows = (await stack.db.admin.query(`SELECT recipient, status, body FROM mail_outbox WHERE recipient LIKE '%@kingsford.example' AND recipient <> 'deputy@kingsford.example'`)).rows;
    // Sent, and its body (the one-time link) cleared.
    expect(rows).toEqual([{ recipient: 'committed@kingsford.example', status: 'sent', body: null }]);
    expect((await stack.db.admin.query(`SELECT count(*)::int AS n FROM users WHERE email = 'rolled-back@kingsford.example'`)).rows[0].n).toBe(0);
  });

  test('while the mail server refuses, the invitation is kept and its e-mail retried; once it accepts, the e-mail arrives once, with its Message-ID', async () => {
    const mo = await signIn(stack.baseUrl, 'mo.westmere@accord.example');
    sink.refusing = true;
    let id: string;
    try {
      const r = await gql(stack.baseUrl, INVITE, { i: { councilId: stack.db.councils.kingsford, email: 'retry@kingsford.example', displayName: 'Retry Person' } }, mo);
      expect(r.errors).toBeUndefined();
      id = r.data.inviteUser.user.id;
      // Its body is sealed in the outbox (the link is not readable there).
      const [pending] = (await stack.db.admin.query(`SELECT body FROM mail_outbox WHERE recipient = 'retry@kingsford.example'`)).rows;
      expect(pending.body).toMatch(/^v1\./);
      expect(pending.body).not.toContain('token');
      await until('two refused attempts', async () => (await stack.db.admin.query(`SELECT attempts FROM mail_outbox WHERE recipient = 'retry@kingsford.example'`)).rows[0].attempts >= 2);
      expect(sentTo('retry@kingsford.example')).toEqual([]);
      const [row] = (await stack.db.admin.query(`SELECT status, last_error FROM mail_outbox WHERE recipient = 'retry@kingsford.example'`)).rows;
      expect(row.status).toBe('pending');
      expect(row.last_error).toMatch(/451|unavailable/i);
    } finally {
      sink.refusing = false;
    }
    await until('the e-mail after the server came back', async () => sentTo('retry@kingsford.example').length >= 1);
    await new Promise((ok) => setTimeout(ok, 1200));
    const got = sentTo('retry@kingsford.example');
    expect(got).toHaveLength(1);
    // One Message-ID per council given (the membership's), kept across the retries.
    const [membership] = (await stack.db.admin.query('SELECT id FROM memberships WHERE user_id = $1', [id!])).rows;
    expect(got[0].messageId).toBe(`<invite.${membership.id}@accord>`);
    expect(got[0].text).toContain('/admin/invitation#token=');
    expect((await stack.db.admin.query(`SELECT status FROM mail_outbox WHERE recipient = 'retry@kingsford.example'`)).rows[0].status).toBe('sent');
  });

  test('someone with an account already: given the council, told by e-mail with no link, nothing of their other councils shown; a second invitation of someone still to set a password sends a new link and the old one stops working; inviting a member again is a CONFLICT', async () => {
    const mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');
    const council = (await gql(stack.baseUrl, NEW_COUNCIL, { i: { name: 'Llanfrechfa Community Council', slug: 'llanfrechfa', kind: 'COMMUNITY', nation: 'WALES', parentId: stack.db.councils.torfaen } }, mo)).data.createCouncil;
    // Ashbury's clerk (another area) also clerks here.
    const given = await gql(stack.baseUrl, INVITE, { i: { councilId: council.id, email: 'Clerk.Ashbury@accord.example', displayName: 'Typed Name' } }, mo);
    expect(given.errors).toBeUndefined();
    expect(given.data.inviteUser.expiresAt).toBeNull();
    expect(given.data.inviteUser.user.memberships).toEqual([{ councilId: council.id, role: 'CLERK' }]);
    expect(JSON.stringify(given)).not.toContain(stack.db.councils.ashbury);
    // (The worker may also send them reminders of Ashbury's cases: only this council's e-mail is looked at.)
    const access = () => sentTo('clerk.ashbury@accord.example').filter((m) => m.subject.includes('Llanfrechfa'));
    await until('the access e-mail', async () => access().length === 1);
    const mail = access()[0];
    const [ashburyName] = (await stack.db.admin.query('SELECT name FROM councils WHERE id = $1', [stack.db.councils.ashbury])).rows;
    expect(mail.text).not.toContain('#token=');
    expect(mail.text).not.toContain(ashburyName.name);
    expect(mail.text).toContain('/admin/');
    // Their password still signs them in, and they now have both councils.
    const them = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    const names = (await gql(stack.baseUrl, '{ me { memberships { council { name } } } }', undefined, them)).data.me.memberships.map((m: any) => m.council.name);
    expect(names).toContain('Llanfrechfa Community Council');
    expect(names).toContain(ashburyName.name);

    // Invited twice before setting a password (another council): a new link; the first stops working.
    const other = (await gql(stack.baseUrl, NEW_COUNCIL, { i: { name: 'Ponthir Village Council', slug: 'ponthir-village', kind: 'COMMUNITY', nation: 'WALES', parentId: stack.db.councils.torfaen } }, mo)).data.createCouncil;
    expect((await gql(stack.baseUrl, INVITE, { i: { councilId: council.id, email: 'deputy@llanfrechfa.example', displayName: 'Ceri Deputy', officeHolder: false } }, mo)).errors).toBeUndefined();
    await until('the first link', async () => sentTo('deputy@llanfrechfa.example').length === 1);
    const second = await gql(stack.baseUrl, INVITE, { i: { councilId: other.id, email: 'deputy@llanfrechfa.example', displayName: 'Ceri Deputy' } }, mo);
    expect(second.errors).toBeUndefined();
    expect(second.data.inviteUser.expiresAt).not.toBeNull();
    await until('the second link', async () => sentTo('deputy@llanfrechfa.example').length === 2);
    const [firstToken, secondToken] = sentTo('deputy@llanfrechfa.example').map((m) => tokenIn(m.text)!);
    expect(firstToken).not.toBe(secondToken);
    expect(fieldOf(await gql(stack.baseUrl, ACCEPT, { t: firstToken, p: GOOD_PASSWORD }))).toBe('token');
    expect((await gql(stack.baseUrl, ACCEPT, { t: secondToken, p: GOOD_PASSWORD })).errors).toBeUndefined();

    // Already a member here: CONFLICT, and nothing more is sent.
    const again = await gql(stack.baseUrl, INVITE, { i: { councilId: council.id, email: 'clerk.ashbury@accord.example', displayName: 'Again' } }, mo);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toBe('This person already has a role at this council');
    await new Promise((ok) => setTimeout(ok, 700));
    expect(access()).toHaveLength(1);
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
