import { startStack, type Stack } from '../support/stack';
import { codeOf, fieldOf, gql, signIn } from '../support/graphql';

/**
 * The parts of the format beyond chains and standards, through the API: general
 * obligations and advice routes, expectations changed by key, access that needs
 * approval or a second ground, and amendments on the review schedule.
 */
describe('protocol format through the API', () => {
  let stack: Stack;
  let clerk: { token: string };
  let draft: { id: string; clauses: { number: string }[] };
  let first: string;
  let second: string;
  const SAVE = 'mutation($v: ID!, $s: RuleSection!, $r: JSON!, $e: Int, $k: String) { saveProtocolRule(versionId: $v, section: $s, rule: $r, expectedVersion: $e, key: $k) { id key version body } }';
  const version = async () => (await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { version } }', { id: draft.id }, clerk)).data.protocolVersion.version;

  beforeAll(async () => {
    stack = await startStack();
    clerk = await signIn(stack.baseUrl, 'clerk.eastvale@accord.example');
    const p = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c: stack.db.councils.eastvale }, clerk)).data.protocol;
    draft = (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id clauses { number } } }', { p: p.id }, clerk)).data.startProtocolDraft;
    [first, second] = draft.clauses.map((c) => c.number);
  });
  afterAll(() => stack.stop());

  test('every field of every rule of the five demo protocols can be served', async () => {
    const admin = await signIn(stack.baseUrl, 'admin@accord.example');
    const ALL = `query($c: ID!) { protocol(councilId: $c) { adopted {
      roles { key title kind organisation politicallyRestricted clauses }
      expectations { direction text clauses }
      chains { concern severity about category seriousStartsAt externalBody clauses entryPoints { step when }
               steps { handler alternatives action description workingDays notify mayNotify consult jointWith preconditions clauses } }
      responseStandards { category handler acknowledgeWithinDays respondWithinDays respondBeforeMeeting escalateTo description clauses
                          urgent { acknowledgeWithinDays respondWithinDays description } alternatives { handler when } extension { terms description } }
      accessRules { classification description clauses grants { kind role decidedBy committee approvedBy condition description
                    alsoRequires { kind role decidedBy committee condition description } } }
      disclosureExceptions { key description consult clauses }
      correspondenceRules { key description exceptRoles clauses }
      obligations { kind appliesTo text reportTo register clauses }
      adviceRoutes { topic description advisers required clauses }
      amendedBy amendments { on scope clauses } markdown problems { path message } } } }`;
    for (const slug of ['cwmbran', 'glanmor', 'ashbury', 'kingsford', 'eastvale']) {
      const res = await gql(stack.baseUrl, ALL, { c: stack.db.councils[slug] }, admin);
      expect({ slug, errors: res.errors }).toEqual({ slug, errors: undefined });
      expect({ slug, problems: res.data.protocol.adopted.problems }).toEqual({ slug, problems: [] });
    }
  });

  test('obligations and advice routes are saved, checked and read back', async () => {
    const obligation = { kind: 'disclosure', appliesTo: ['member'], text: 'Declare a close personal relationship with an employee', reportTo: ['monitoring_officer'], register: "Register of Members' Interests", clauses: [first] };
    const saved = await gql(stack.baseUrl, SAVE, { v: draft.id, s: 'OBLIGATION', r: obligation }, clerk);
    expect(saved.errors).toBeUndefined();
    const n = Number(saved.data.saveProtocolRule.key.split('/')[1]);
    expect(saved.data.saveProtocolRule.key).toMatch(/^disclosure\/\d+$/);
    // A second disclosure takes the next number.
    const next = await gql(stack.baseUrl, SAVE, { v: draft.id, s: 'OBLIGATION', r: { ...obligation, text: 'Declare gifts' } }, clerk);
    expect(next.data.saveProtocolRule.key).toBe(`disclosure/${n + 1}`);

    const badRole = await gql(stack.baseUrl, SAVE, { v: draft.id, s: 'OBLIGATION', r: { ...obligation, reportTo: ['mayor'] } }, clerk);
    expect([codeOf(badRole), fieldOf(badRole)]).toEqual(['BAD_USER_INPUT', 'rule.reportTo.0']);
    const noOne = await gql(stack.baseUrl, SAVE, { v: draft.id, s: 'OBLIGATION', r: { ...obligation, appliesTo: [] } }, clerk);
    expect([codeOf(noOne), fieldOf(noOne)]).toEqual(['BAD_USER_INPUT', 'rule.appliesTo']);

    const advice = { topic: 'interpretation_of_protocol', description: 'Questions of interpretation go to the Monitoring Officer', advisers: ['monitoring_officer'], required: true, clauses: [second] };
    expect((await gql(stack.baseUrl, SAVE, { v: draft.id, s: 'ADVICE_ROUTE', r: advice }, clerk)).errors).toBeUndefined();
    const again = await gql(stack.baseUrl, SAVE, { v: draft.id, s: 'ADVICE_ROUTE', r: advice }, clerk);
    expect(codeOf(again)).toBe('CONFLICT');

    const read = await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { obligations { kind appliesTo text reportTo register clauses } adviceRoutes { topic advisers required clauses } markdown } }', { id: draft.id }, clerk);
    expect(read.errors).toBeUndefined();
    const v = read.data.protocolVersion;
    expect(v.obligations).toContainEqual({ kind: 'DISCLOSURE', appliesTo: ['member'], text: obligation.text, reportTo: ['monitoring_officer'], register: obligation.register, clauses: [first] });
    expect(v.adviceRoutes).toContainEqual({ topic: 'interpretation_of_protocol', advisers: ['monitoring_officer'], required: true, clauses: [second] });
    expect(v.markdown).toContain('Declare a close personal relationship');
    expect(v.markdown).toContain('interpretation of protocol');
  });

  test('an expectation is changed by its key, and only that one', async () => {
    const add = async (text: string) => (await gql(stack.baseUrl, SAVE, { v: draft.id, s: 'EXPECTATION', r: { direction: 'officers_from_members', text, clauses: [first] } }, clerk)).data.saveProtocolRule;
    const a = await add('Respect for political neutrality');
    const b = await add('Reasonable deadlines');
    expect(a.key).not.toBe(b.key);
    const changed = await gql(stack.baseUrl, SAVE, { v: draft.id, s: 'EXPECTATION', r: { ...b.body, text: 'Reasonable deadlines, agreed in advance' }, e: b.version, k: b.key }, clerk);
    expect(changed.errors).toBeUndefined();
    expect(changed.data.saveProtocolRule).toMatchObject({ id: b.id, key: b.key, version: b.version + 1 });
    const rules = (await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { rules(section: EXPECTATION) { key body } } }', { id: draft.id }, clerk)).data.protocolVersion.rules;
    expect(rules.find((r: any) => r.key === a.key).body.text).toBe('Respect for political neutrality');
    expect(rules.find((r: any) => r.key === b.key).body.text).toBe('Reasonable deadlines, agreed in advance');

    const noKey = await gql(stack.baseUrl, SAVE, { v: draft.id, s: 'EXPECTATION', r: b.body, e: b.version + 1 }, clerk);
    expect([codeOf(noKey), fieldOf(noKey)]).toEqual(['BAD_USER_INPUT', 'key']);
    const otherWay = await gql(stack.baseUrl, SAVE, { v: draft.id, s: 'EXPECTATION', r: { ...b.body, direction: 'members_from_officers' }, e: b.version + 1, k: b.key }, clerk);
    expect([codeOf(otherWay), fieldOf(otherWay)]).toEqual(['BAD_USER_INPUT', 'key']);
  });

  test('amendments on the review schedule are checked and kept', async () => {
    const SET = 'mutation($id: ID!, $v: Int!, $i: ReviewScheduleInput!) { setProtocolReview(id: $id, expectedVersion: $v, input: $i) { amendedBy amendments { on scope clauses } } }';
    const bad = await gql(stack.baseUrl, SET, { id: draft.id, v: await version(), i: { reviewEveryMonths: 12, amendments: [{ on: '2021-09-09', scope: 'Member enquiries', clauses: ['no-such'] }] } }, clerk);
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['BAD_USER_INPUT', 'amendments.0.clauses']);
    const ok = await gql(stack.baseUrl, SET, { id: draft.id, v: await version(), i: { reviewEveryMonths: 12, amendedBy: 'FULL_COUNCIL', amendments: [{ on: '2021-09-09', scope: 'Member enquiries', clauses: [first] }] } }, clerk);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.setProtocolReview).toEqual({ amendedBy: 'full_council', amendments: [{ on: '2021-09-09', scope: 'Member enquiries', clauses: [first] }] });
  });

  test('access that needs approval before release, or a second ground, is decided so once adopted', async () => {
    const rule = {
      classification: 'commercially_sensitive',
      description: 'Released only once a senior officer agrees',
      grants: [
        { kind: 'need_to_know', decidedBy: 'service_manager', approvedBy: ['service_manager', 'director'] },
        { kind: 'committee_member', alsoRequires: [{ kind: 'role', role: 'cabinet_member' }] },
      ],
      clauses: [first],
    };
    const existing = (await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { rules(section: ACCESS_RULE) { key version } } }', { id: draft.id }, clerk)).data.protocolVersion.rules.find((r: any) => r.key === 'commercially_sensitive');
    const saved = await gql(stack.baseUrl, SAVE, { v: draft.id, s: 'ACCESS_RULE', r: rule, e: existing?.version ?? null }, clerk);
    expect(saved.errors).toBeUndefined();
    const adopt = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: { adoptedOn: "2026-11-23", adoptedBy: FULL_COUNCIL }) { number } }', { id: draft.id, v: await version() }, clerk);
    expect(adopt.errors).toBeUndefined();

    const ASK = 'query($c: ID!, $r: AccessRequesterInput!) { accessDecision(councilId: $c, classification: COMMERCIALLY_SENSITIVE, requester: $r) { decision allowed approvers { key } reason } }';
    const ask = async (r: object) => (await gql(stack.baseUrl, ASK, { c: stack.db.councils.eastvale, r }, clerk)).data.accessDecision;
    const approval = await ask({ role: 'MEMBER', needToKnow: true });
    expect(approval).toMatchObject({ decision: 'NEEDS_APPROVAL', allowed: false });
    expect(approval.approvers.map((r: any) => r.key)).toEqual(['service_manager', 'director']);
    expect(await ask({ role: 'CABINET_MEMBER', committeeMember: true, needToKnow: false })).toMatchObject({ decision: 'ALLOWED', allowed: true });
    expect(await ask({ role: 'MEMBER', committeeMember: true, needToKnow: false })).toMatchObject({ decision: 'REFUSED' });
  });
});
