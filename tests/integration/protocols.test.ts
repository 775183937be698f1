import { startStack, type Stack } from '../support/stack';
import { codeOf, fieldOf, gql, signIn } from '../support/graphql';

const PROTOCOL = `query($c: ID!) { protocol(councilId: $c) { id title council { slug }
  adopted { id number status version adoptedOn nextReviewDue clauses { id number text version } roles { key title kind organisation }
            chains { concern severity about steps { handler action } } responseStandards { category acknowledgeWithinDays respondWithinDays clauses } problems { path } }
  draft { id } versions { number status } } }`;
const ROUTE = `query($c: ID!, $concern: VocabularyKey!, $about: VocabularyKey, $severity: Severity) {
  escalationRoute(councilId: $c, concern: $concern, about: $about, severity: $severity) {
    steps { index handler skipped handlerRole { title } officeHolders { name email } action clauses { number text } }
    externalBody { title } protocolVersion { number } } }`;
const DEADLINES = `query($c: ID!, $cat: EnquiryCategoryKey!, $at: DateTime!, $urgent: Boolean) {
  responseDeadlines(councilId: $c, category: $cat, receivedAt: $at, urgent: $urgent) {
    startDay acknowledgeBy respondBy respondBeforeMeeting calendar escalateTo { key title } clauses { number } } }`;

describe('protocols as data', () => {
  let stack: Stack;
  let clerk: { token: string };
  let ashburyClerk: { token: string };

  beforeAll(async () => {
    stack = await startStack();
    clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    ashburyClerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
  });
  afterAll(() => stack.stop());

  test('each demo council has its adopted protocol, clause by clause, consistent', async () => {
    const admin = await signIn(stack.baseUrl, 'admin@accord.example');
    for (const [slug, minClauses] of [['cwmbran', 30], ['glanmor', 80], ['ashbury', 130], ['kingsford', 25], ['eastvale', 50]] as const) {
      const res = await gql(stack.baseUrl, PROTOCOL, { c: stack.db.councils[slug] }, admin);
      expect(res.errors).toBeUndefined();
      const p = res.data.protocol;
      expect(p.council.slug).toBe(slug);
      expect(p.adopted).toMatchObject({ number: 1, status: 'ADOPTED' });
      expect(p.adopted.clauses.length).toBeGreaterThanOrEqual(minClauses);
      expect(p.adopted.problems).toEqual([]);
      expect(p.draft).toBeNull();
    }
  });

  test('a complaint about the Clerk of Cwmbran goes to the Chairman, named, with the clause', async () => {
    const res = await gql(stack.baseUrl, ROUTE, { c: stack.db.councils.cwmbran, concern: 'ABOUT_CLERK', about: 'CLERK' }, clerk);
    expect(res.errors).toBeUndefined();
    const [first] = res.data.escalationRoute.steps;
    expect(first.handler).toBe('chairman'); // format 2: keys as the protocol stores them
    expect(first.officeHolders).toEqual([{ name: 'Cllr Gareth Davies', email: 'chair@cwmbran.example' }]);
    expect(first.clauses.map((c: any) => c.number)).toContain('15');
    expect(first.clauses[0].text).toMatch(/Chairman/);
  });

  test('Ashbury ward enquiry: acknowledge in 2, respond in 10 working days, escalate to the Executive Director then the Chief Executive', async () => {
    // Friday 28 August 2026, 10:00 London: Monday 31 August is the summer bank holiday in England.
    const res = await gql(stack.baseUrl, DEADLINES, { c: stack.db.councils.ashbury, cat: 'WARD_MATTER', at: '2026-08-28T09:00:00Z' }, ashburyClerk);
    expect(res.errors).toBeUndefined();
    expect(res.data.responseDeadlines).toMatchObject({
      startDay: '2026-08-28',
      acknowledgeBy: '2026-09-02',
      respondBy: '2026-09-14',
      respondBeforeMeeting: false,
      clauses: [{ number: '106' }],
    });
    expect(res.data.responseDeadlines.escalateTo.map((r: any) => r.key)).toEqual(['director', 'chief_executive']);
    expect(res.data.responseDeadlines.calendar).toMatch(/England and Wales/);
    const policy = await gql(stack.baseUrl, DEADLINES, { c: stack.db.councils.ashbury, cat: 'POLICY_MATTER', at: '2026-08-28T09:00:00Z' }, ashburyClerk);
    expect(policy.data.responseDeadlines).toMatchObject({ acknowledgeBy: '2026-09-01', respondBy: null, respondBeforeMeeting: true });
  });

  test('after the council\'s cut-off time an enquiry counts from the next working day', async () => {
    const admin = await signIn(stack.baseUrl, 'admin@accord.example');
    const { rows } = await stack.db.admin.query('SELECT version FROM councils WHERE id = $1', [stack.db.councils.ashbury]);
    const set = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { updateCouncil(id: $id, expectedVersion: $v, input: { responseCutOff: "16:00" }) { responseCutOff } }', { id: stack.db.councils.ashbury, v: rows[0].version }, admin);
    expect(set.data.updateCouncil.responseCutOff).toBe('16:00');
    // Thursday 3 September 2026 at 16:30 London (15:30 UTC): day 0 is Friday 4 September.
    const late = await gql(stack.baseUrl, DEADLINES, { c: stack.db.councils.ashbury, cat: 'PLANNING', at: '2026-09-03T15:30:00Z' }, ashburyClerk);
    expect(late.data.responseDeadlines).toMatchObject({ startDay: '2026-09-04', respondBy: '2026-09-09' });
    const early = await gql(stack.baseUrl, DEADLINES, { c: stack.db.councils.ashbury, cat: 'PLANNING', at: '2026-09-03T14:30:00Z' }, ashburyClerk);
    expect(early.data.responseDeadlines).toMatchObject({ startDay: '2026-09-03', respondBy: '2026-09-08' });
    const bad = await gql(stack.baseUrl, 'mutation($id: ID!) { updateCouncil(id: $id, expectedVersion: 99, input: { responseCutOff: "25:00" }) { id } }', { id: stack.db.councils.ashbury }, admin);
    expect(fieldOf(bad)).toBe('responseCutOff');
  });

  test('a draft starts as a copy, is edited, and is adopted; the old version is superseded and untouched', async () => {
    const p = (await gql(stack.baseUrl, PROTOCOL, { c: stack.db.councils.cwmbran }, clerk)).data.protocol;
    const adoptedClause = p.adopted.clauses.find((c: any) => c.number === '15');

    const refused = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { updateProtocolClause(id: $id, expectedVersion: $v, input: { text: "changed" }) { id } }', { id: adoptedClause.id, v: adoptedClause.version }, clerk);
    expect(codeOf(refused)).toBe('CONFLICT');

    const draft = await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id number status version clauses { id number text version } } }', { p: p.id }, clerk);
    expect(draft.errors).toBeUndefined();
    expect(draft.data.startProtocolDraft).toMatchObject({ number: 2, status: 'DRAFT' });
    expect(draft.data.startProtocolDraft.clauses.map((c: any) => [c.number, c.text])).toEqual(p.adopted.clauses.map((c: any) => [c.number, c.text]));
    const again = await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id } }', { p: p.id }, clerk);
    expect(codeOf(again)).toBe('CONFLICT');

    const clause = draft.data.startProtocolDraft.clauses.find((c: any) => c.number === '15');
    const edit = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { updateProtocolClause(id: $id, expectedVersion: $v, input: { text: "Complaints about the Clerk go to the Chairman, who reports to the Council." }) { version } }', { id: clause.id, v: clause.version }, clerk);
    expect(edit.data.updateProtocolClause.version).toBe(clause.version + 1);
    const staleClause = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { updateProtocolClause(id: $id, expectedVersion: $v, input: { text: "second" }) { version } }', { id: clause.id, v: clause.version }, clerk);
    expect(codeOf(staleClause)).toBe('CONFLICT');

    // Renumbering a clause keeps its id, which the rules cite: no citation breaks and no rule changes (format 2).
    const renumber = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { updateProtocolClause(id: $id, expectedVersion: $v, input: { number: "15A" }) { version key number } }', { id: clause.id, v: clause.version + 1 }, clerk);
    expect(renumber.errors).toBeUndefined();
    expect(renumber.data.updateProtocolClause).toMatchObject({ key: '15', number: '15A' });
    const d = draft.data.startProtocolDraft;
    const cites = async () => (await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { problems { path } chains { about steps { clauses } } } }', { id: d.id }, clerk)).data.protocolVersion;
    const renumbered = await cites();
    expect(renumbered.problems).toEqual([]);
    expect(renumbered.chains.find((c: any) => c.about === 'clerk').steps[0].clauses).toContain('15');
    await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { updateProtocolClause(id: $id, expectedVersion: $v, input: { number: "15" }) { version } }', { id: clause.id, v: clause.version + 2 }, clerk);
    expect((await cites()).chains.find((c: any) => c.about === 'clerk').steps[0].clauses).toContain('15');

    // A draft that cites a clause it does not have cannot be adopted.
    const chainRule = (await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { rules(section: CHAIN) { key version body } } }', { id: d.id }, clerk)).data.protocolVersion.rules[0];
    await stack.db.admin.query(`UPDATE protocol_items SET body = jsonb_set(body, '{clauses}', '["404"]') WHERE version_id = $1 AND key = $2`, [d.id, chainRule.key]);
    const draftVersion = async () => (await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { version } }', { id: d.id }, clerk)).data.protocolVersion.version;
    const stale = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: { adoptedOn: "2026-11-20", adoptedBy: FULL_COUNCIL }) { id } }', { id: d.id, v: d.version }, clerk);
    expect(codeOf(stale)).toBe('CONFLICT'); // edited since it was read
    const blocked = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: { adoptedOn: "2026-11-20", adoptedBy: FULL_COUNCIL }) { id } }', { id: d.id, v: await draftVersion() }, clerk);
    expect(codeOf(blocked)).toBe('CONFLICT');
    expect(blocked.errors![0].message).toMatch(/404/);
    await stack.db.admin.query(`UPDATE protocol_items SET body = $3 WHERE version_id = $1 AND key = $2`, [d.id, chainRule.key, JSON.stringify(chainRule.body)]);

    const adopted = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: { adoptedOn: "2026-11-20", adoptedBy: FULL_COUNCIL }) { status adoptedOn } }', { id: d.id, v: await draftVersion() }, clerk);
    expect(adopted.errors).toBeUndefined();
    expect(adopted.data.adoptProtocolVersion).toEqual({ status: 'ADOPTED', adoptedOn: '2026-11-20' });
    const after = (await gql(stack.baseUrl, PROTOCOL, { c: stack.db.councils.cwmbran }, clerk)).data.protocol;
    expect(after.versions).toEqual([{ number: 2, status: 'ADOPTED' }, { number: 1, status: 'SUPERSEDED' }]);
    expect(after.adopted.clauses.find((c: any) => c.number === '15').text).toMatch(/reports to the Council/);
    const old = await stack.db.admin.query(`SELECT c.text FROM protocol_clauses c JOIN protocol_versions v ON v.id = c.version_id WHERE v.council_id = $1 AND v.number = 1 AND c.number = '15'`, [stack.db.councils.cwmbran]);
    expect(old.rows[0].text).toBe(adoptedClause.text);
  });

  test('a clerk adds a step to an escalation chain in a draft; after adoption the route has it', async () => {
    const kingsford = await signIn(stack.baseUrl, 'clerk.kingsford@accord.example');
    const c = stack.db.councils.kingsford;
    const p = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c }, kingsford)).data.protocol;
    const draft = (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id rules(section: CHAIN) { id key version body } } }', { p: p.id }, kingsford)).data.startProtocolDraft;
    const entry = draft.rules.find((r: any) => r.key.startsWith('officer_about_member'));
    const SAVE = 'mutation($v: ID!, $r: JSON!, $e: Int) { saveProtocolRule(versionId: $v, section: CHAIN, rule: $r, expectedVersion: $e) { key version } }';
    const before = (await gql(stack.baseUrl, ROUTE, { c, concern: 'OFFICER_ABOUT_MEMBER' }, kingsford)).data.escalationRoute.steps.length;

    // Bad input: an unknown action, a role the protocol does not define, a clause it does not have.
    const step = { handler: 'full_council', action: 'decision', description: 'Full Council decides', clauses: ['25'] };
    const badAction = await gql(stack.baseUrl, SAVE, { v: draft.id, r: { ...entry.body, steps: [...entry.body.steps, { ...step, action: 'shout' }] }, e: entry.version }, kingsford);
    expect([codeOf(badAction), fieldOf(badAction)]).toEqual(['BAD_USER_INPUT', `rule.steps.${entry.body.steps.length}.action`]);
    const badRole = await gql(stack.baseUrl, SAVE, { v: draft.id, r: { ...entry.body, steps: [...entry.body.steps, { ...step, handler: 'mayor' }] }, e: entry.version }, kingsford);
    expect([codeOf(badRole), fieldOf(badRole)]).toEqual(['BAD_USER_INPUT', `rule.steps.${entry.body.steps.length}.handler`]);
    const badClause = await gql(stack.baseUrl, SAVE, { v: draft.id, r: { ...entry.body, steps: [...entry.body.steps, { ...step, clauses: ['99'] }] }, e: entry.version }, kingsford);
    expect(codeOf(badClause)).toBe('BAD_USER_INPUT');
    expect(badClause.errors![0].message).toMatch(/99/);
    const duplicate = await gql(stack.baseUrl, SAVE, { v: draft.id, r: entry.body }, kingsford);
    expect(codeOf(duplicate)).toBe('CONFLICT');

    const saved = await gql(stack.baseUrl, SAVE, { v: draft.id, r: { ...entry.body, steps: [...entry.body.steps, step] }, e: entry.version }, kingsford);
    expect(saved.errors).toBeUndefined();
    expect(saved.data.saveProtocolRule.version).toBe(entry.version + 1);
    // Not yet in force.
    expect((await gql(stack.baseUrl, ROUTE, { c, concern: 'OFFICER_ABOUT_MEMBER' }, kingsford)).data.escalationRoute.steps).toHaveLength(before);

    const v = (await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { version } }', { id: draft.id }, kingsford)).data.protocolVersion.version;
    const adopt = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: { adoptedOn: "2026-11-23", adoptedBy: FULL_COUNCIL }) { nextReviewDue } }', { id: draft.id, v }, kingsford);
    expect(adopt.errors).toBeUndefined();
    const route = (await gql(stack.baseUrl, ROUTE, { c, concern: 'OFFICER_ABOUT_MEMBER' }, kingsford)).data.escalationRoute;
    expect(route.steps).toHaveLength(before + 1);
    expect(route.steps[before]).toMatchObject({ handler: 'full_council', action: 'DECISION', clauses: [{ number: '25' }] });
    expect(route.protocolVersion.number).toBe(2);
  });

  test('clauses are added after a given clause and removed only when nothing cites them', async () => {
    const glanmor = await signIn(stack.baseUrl, 'clerk.glanmor@accord.example');
    const p = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c: stack.db.councils.glanmor }, glanmor)).data.protocol;
    const draft = (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id clauses { id number version position } } }', { p: p.id }, glanmor)).data.startProtocolDraft;
    const ADD = 'mutation($v: ID!, $i: AddClauseInput!) { addProtocolClause(versionId: $v, input: $i) { id number position version } }';
    const added = await gql(stack.baseUrl, ADD, { v: draft.id, i: { number: '4.1A', text: 'A new clause.', after: '4.1' } }, glanmor);
    expect(added.errors).toBeUndefined();
    const numbers = (await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { clauses { number } } }', { id: draft.id }, glanmor)).data.protocolVersion.clauses.map((c: any) => c.number);
    expect(numbers.slice(numbers.indexOf('4.1'), numbers.indexOf('4.1') + 3)).toEqual(['4.1', '4.1A', '4.2']);
    expect(codeOf(await gql(stack.baseUrl, ADD, { v: draft.id, i: { number: '4.1A', text: 'again' } }, glanmor))).toBe('CONFLICT');
    expect(fieldOf(await gql(stack.baseUrl, ADD, { v: draft.id, i: { number: '4.1B', text: 'x', after: '99.9' } }, glanmor))).toBe('after');

    const MOVE = 'mutation($id: ID!, $v: Int!, $after: String) { moveProtocolClause(id: $id, expectedVersion: $v, after: $after) { number position version } }';
    const moved = await gql(stack.baseUrl, MOVE, { id: added.data.addProtocolClause.id, v: 1, after: '4.3' }, glanmor);
    expect(moved.errors).toBeUndefined();
    const reordered = (await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { clauses { number } } }', { id: draft.id }, glanmor)).data.protocolVersion.clauses.map((c: any) => c.number);
    expect(reordered.slice(reordered.indexOf('4.1'), reordered.indexOf('4.1') + 4)).toEqual(['4.1', '4.2', '4.3', '4.1A']);
    expect(reordered).toHaveLength(numbers.length);
    expect(codeOf(await gql(stack.baseUrl, MOVE, { id: added.data.addProtocolClause.id, v: 1, after: '4.1' }, glanmor))).toBe('CONFLICT'); // stale
    expect(fieldOf(await gql(stack.baseUrl, MOVE, { id: added.data.addProtocolClause.id, v: 2, after: '4.1A' }, glanmor))).toBe('after');

    const REMOVE = 'mutation($id: ID!, $v: Int!) { removeProtocolClause(id: $id, expectedVersion: $v) }';
    const cited = draft.clauses.find((c: any) => c.number === '4.2');
    expect(codeOf(await gql(stack.baseUrl, REMOVE, { id: cited.id, v: cited.version }, glanmor))).toBe('CONFLICT');
    const removed = await gql(stack.baseUrl, REMOVE, { id: added.data.addProtocolClause.id, v: 2 }, glanmor);
    expect(removed.data.removeProtocolClause).toBe(added.data.addProtocolClause.id);
  });

  test('access decisions follow the protocol, with the ground and the clause', async () => {
    const ASK = `query($c: ID!, $cl: Classification!, $r: AccessRequesterInput!) { accessDecision(councilId: $c, classification: $cl, requester: $r) {
      decision allowed reason decidedBy { key title } clauses { number } } }`;
    const c = stack.db.councils.ashbury;
    const committee = await gql(stack.baseUrl, ASK, { c, cl: 'CONFIDENTIAL', r: { role: 'MEMBER', committeeMember: true } }, ashburyClerk);
    expect(committee.data.accessDecision).toMatchObject({ decision: 'ALLOWED', allowed: true });
    expect(committee.data.accessDecision.clauses.map((x: any) => x.number)).toContain('112');
    const outsider = await gql(stack.baseUrl, ASK, { c, cl: 'CONFIDENTIAL', r: { role: 'MEMBER' } }, ashburyClerk);
    expect(outsider.data.accessDecision).toMatchObject({ decision: 'REFUSED', allowed: false });
    // Public information asks no need to know (clause 120, issue 15).
    const open = await gql(stack.baseUrl, ASK, { c, cl: 'PUBLIC', r: { role: 'MEMBER' } }, ashburyClerk);
    expect(open.data.accessDecision).toMatchObject({ decision: 'ALLOWED', decidedBy: null });
    expect(open.data.accessDecision.clauses.map((x: any) => x.number)).toContain('120');
  });

  test('compare shows the draft against the adopted version, clause by clause and rule by rule', async () => {
    const p = (await gql(stack.baseUrl, PROTOCOL, { c: stack.db.councils.eastvale }, await signIn(stack.baseUrl, 'clerk.eastvale@accord.example'))).data.protocol;
    const eastvale = await signIn(stack.baseUrl, 'clerk.eastvale@accord.example');
    const draft = (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id clauses { id number version } } }', { p: p.id }, eastvale)).data.startProtocolDraft;
    const COMPARE = 'query($a: ID!, $b: ID!) { compareProtocolVersions(baseId: $a, otherId: $b) { clauses { number change textBefore textAfter } rules { section key change } } }';
    const same = await gql(stack.baseUrl, COMPARE, { a: p.adopted.id, b: draft.id }, eastvale);
    expect(same.data.compareProtocolVersions).toEqual({ clauses: [], rules: [] });
    const clause = draft.clauses[3];
    await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { updateProtocolClause(id: $id, expectedVersion: $v, input: { text: "Amended text." }) { id } }', { id: clause.id, v: clause.version }, eastvale);
    const diff = await gql(stack.baseUrl, COMPARE, { a: p.adopted.id, b: draft.id }, eastvale);
    expect(diff.data.compareProtocolVersions.clauses).toEqual([
      { number: clause.number, change: 'CHANGED', textBefore: p.adopted.clauses[3].text, textAfter: 'Amended text.' },
    ]);
  });

  test('another council\'s protocol, versions, clauses and questions: NOT_FOUND', async () => {
    const other = stack.db.councils.glanmor;
    const ids = (await stack.db.admin.query(`SELECT p.id AS p, v.id AS v, v.version, (SELECT id FROM protocol_clauses WHERE version_id = v.id LIMIT 1) AS c, (SELECT id FROM protocol_items WHERE version_id = v.id LIMIT 1) AS item FROM protocols p JOIN protocol_versions v ON v.protocol_id = p.id WHERE p.council_id = $1`, [other])).rows[0];
    const cases: [string, Record<string, unknown>][] = [
      ['query($c: ID!) { protocol(councilId: $c) { id } }', { c: other }],
      ['query($id: ID!) { protocolVersion(id: $id) { id } }', { id: ids.v }],
      ['mutation($id: ID!) { startProtocolDraft(protocolId: $id) { id } }', { id: ids.p }],
      ['mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: { adoptedOn: "2026-01-01", adoptedBy: FULL_COUNCIL }) { id } }', { id: ids.v, v: ids.version }],
      ['mutation($id: ID!) { updateProtocolClause(id: $id, expectedVersion: 1, input: { text: "x" }) { id } }', { id: ids.c }],
      ['query($c: ID!) { escalationRoute(councilId: $c, concern: MEMBER_ABOUT_OFFICER) { steps { index } } }', { c: other }],
      ['query($c: ID!) { responseDeadlines(councilId: $c, category: GENERAL_CORRESPONDENCE, receivedAt: "2026-01-05T10:00:00Z") { respondBy } }', { c: other }],
      ['query($c: ID!) { accessDecision(councilId: $c, classification: CONFIDENTIAL, requester: { role: MEMBER }) { allowed } }', { c: other }],
      ['query($a: ID!, $b: ID!) { compareProtocolVersions(baseId: $a, otherId: $b) { clauses { number } } }', { a: ids.v, b: ids.v }],
      ['mutation($v: ID!) { saveProtocolRule(versionId: $v, section: ROLE, rule: { key: "clerk", title: "x", kind: "officer" }) { id } }', { v: ids.v }],
      ['mutation($v: ID!) { addProtocolClause(versionId: $v, input: { number: "99", text: "x" }) { id } }', { v: ids.v }],
      ['mutation($id: ID!) { removeProtocolClause(id: $id, expectedVersion: 1) }', { id: ids.c }],
      ['mutation($id: ID!) { removeProtocolRule(id: $id, expectedVersion: 1) }', { id: ids.item }],
    ];
    for (const [query, vars] of cases) {
      const res = await gql(stack.baseUrl, query, vars, clerk);
      expect({ query, code: codeOf(res) }).toEqual({ query, code: 'NOT_FOUND' });
    }
  });
});

describe('office holders', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  test('a clerk records who holds a role; routes name them; bad input names the field; another council\'s are NOT_FOUND', async () => {
    const clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    const c = stack.db.councils.cwmbran;
    const ADD = 'mutation($c: ID!, $i: OfficeHolderInput!) { addOfficeHolder(councilId: $c, input: $i) { id version name } }';
    const bad = await gql(stack.baseUrl, ADD, { c, i: { roleKey: 'CHAIRMAN', name: 'X', email: 'not-mail' } }, clerk);
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['BAD_USER_INPUT', 'email']);
    const dates = await gql(stack.baseUrl, ADD, { c, i: { roleKey: 'CHAIRMAN', name: 'X', fromDate: '2026-05-01', toDate: '2026-04-01' } }, clerk);
    expect(fieldOf(dates)).toBe('toDate');

    const vice = await gql(stack.baseUrl, ADD, { c, i: { roleKey: 'CHAIRMAN', name: 'Cllr Ffion Jones', email: 'Vice@Cwmbran.example', deputy: true } }, clerk);
    expect(vice.errors).toBeUndefined();
    const route = await gql(stack.baseUrl, `query($c: ID!) { escalationRoute(councilId: $c, concern: ABOUT_CLERK, about: CLERK) { steps { officeHolders { name email } } } }`, { c }, clerk);
    expect(route.data.escalationRoute.steps[0].officeHolders).toEqual([
      { name: 'Cllr Gareth Davies', email: 'chair@cwmbran.example' },
      { name: 'Cllr Ffion Jones', email: 'vice@cwmbran.example' },
    ]);

    const UPDATE = 'mutation($id: ID!, $v: Int!, $i: OfficeHolderInput!) { updateOfficeHolder(id: $id, expectedVersion: $v, input: $i) { version toDate } }';
    const ended = await gql(stack.baseUrl, UPDATE, { id: vice.data.addOfficeHolder.id, v: 1, i: { roleKey: 'CHAIRMAN', name: 'Cllr Ffion Jones', deputy: true, toDate: '2026-01-31' } }, clerk);
    expect(ended.data.updateOfficeHolder).toEqual({ version: 2, toDate: '2026-01-31' });
    expect(codeOf(await gql(stack.baseUrl, UPDATE, { id: vice.data.addOfficeHolder.id, v: 1, i: { roleKey: 'CHAIRMAN', name: 'Y' } }, clerk))).toBe('CONFLICT');
    const today = await gql(stack.baseUrl, 'query($c: ID!) { officeHolders(councilId: $c) { name } }', { c }, clerk);
    expect(today.data.officeHolders.map((h: any) => h.name)).not.toContain('Cllr Ffion Jones');

    const other = (await stack.db.admin.query('SELECT id FROM office_holders WHERE council_id = $1 LIMIT 1', [stack.db.councils.glanmor])).rows[0].id;
    for (const [q, v] of [
      ['query($c: ID!) { officeHolders(councilId: $c) { id } }', { c: stack.db.councils.glanmor }],
      ['mutation($c: ID!) { addOfficeHolder(councilId: $c, input: { roleKey: CLERK, name: "x" }) { id } }', { c: stack.db.councils.glanmor }],
      ['mutation($id: ID!) { updateOfficeHolder(id: $id, expectedVersion: 1, input: { roleKey: CLERK, name: "x" }) { id } }', { id: other }],
      ['mutation($id: ID!) { removeOfficeHolder(id: $id, expectedVersion: 1) }', { id: other }],
    ] as const) {
      expect(codeOf(await gql(stack.baseUrl, q, v, clerk))).toBe('NOT_FOUND');
    }
  });
});

describe('model protocols', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  test('the Torfaen monitoring officer publishes a model; a new community council below starts from it; other counties cannot see it', async () => {
    const mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');
    const cwmbranClerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    const cwmbranAdopted = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { adopted { id } } }', { c: stack.db.councils.cwmbran }, mo)).data.protocol.adopted.id;

    const refused = await gql(stack.baseUrl, 'mutation($c: ID!) { createModelProtocol(councilId: $c, title: "Mine") { id } }', { c: stack.db.councils.cwmbran }, cwmbranClerk);
    expect(codeOf(refused)).toBe('FORBIDDEN');

    const model = (
      await gql(
        stack.baseUrl,
        'mutation($c: ID!, $v: ID!) { createModelProtocol(councilId: $c, title: "Torfaen model protocol for community councils", fromVersionId: $v) { id version isModel published draft { id version } } }',
        { c: stack.db.councils.torfaen, v: cwmbranAdopted },
        mo,
      )
    ).data.createModelProtocol;
    expect(model).toMatchObject({ isModel: true, published: false });
    const adopted = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: { adoptedOn: "2026-11-01", adoptedBy: STANDARDS_COMMITTEE }) { id } }', { id: model.draft.id, v: model.draft.version }, mo);
    expect(adopted.errors).toBeUndefined();

    // A new council below Torfaen, with its own clerk.
    const council = (await gql(stack.baseUrl, 'mutation($p: ID!) { createCouncil(input: { name: "Pontnewydd Community Council", slug: "pontnewydd", kind: COMMUNITY, nation: WALES, parentId: $p }) { id } }', { p: stack.db.councils.torfaen }, mo)).data.createCouncil;
    await gql(stack.baseUrl, 'mutation($c: ID!) { createUser(input: { email: "clerk@pontnewydd.example", displayName: "Pontnewydd Clerk", password: "a-long-enough-password", councilId: $c, role: CLERK }) { id } }', { c: council.id }, mo);
    const clerk = await signIn(stack.baseUrl, 'clerk@pontnewydd.example', 'a-long-enough-password');

    const MODELS = 'query($c: ID!) { modelProtocols(councilId: $c) { id title } }';
    expect((await gql(stack.baseUrl, MODELS, { c: council.id }, clerk)).data.modelProtocols).toEqual([]); // not published yet
    const published = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { publishModelProtocol(id: $id, expectedVersion: $v) { published } }', { id: model.id, v: model.version }, mo);
    expect(published.data.publishModelProtocol.published).toBe(true);
    expect((await gql(stack.baseUrl, MODELS, { c: council.id }, clerk)).data.modelProtocols).toEqual([{ id: model.id, title: 'Torfaen model protocol for community councils' }]);

    const created = await gql(stack.baseUrl, 'mutation($c: ID!, $m: ID!) { createProtocol(councilId: $c, modelId: $m) { id title model { id } draft { id clauses { number } } adopted { id } } }', { c: council.id, m: model.id }, clerk);
    expect(created.errors).toBeUndefined();
    const p = created.data.createProtocol;
    // The model's own title is not the council's (issue 12, point 14): the default, unless the model leaves one with placeholders.
    expect(p).toMatchObject({ title: 'Member/Officer Protocol', model: { id: model.id }, adopted: null });
    expect(p.draft.clauses.length).toBeGreaterThan(30);
    const modelAdopted = adopted.data.adoptProtocolVersion.id;
    const diff = await gql(stack.baseUrl, 'query($a: ID!, $b: ID!) { compareProtocolVersions(baseId: $a, otherId: $b) { clauses { number } rules { key } } }', { a: modelAdopted, b: p.draft.id }, clerk);
    expect(diff.data.compareProtocolVersions).toEqual({ clauses: [], rules: [] });
    expect(codeOf(await gql(stack.baseUrl, 'mutation($c: ID!) { createProtocol(councilId: $c) { id } }', { c: council.id }, clerk))).toBe('CONFLICT');

    // Another county's clerk sees neither the model nor its versions.
    const kingsford = await signIn(stack.baseUrl, 'clerk.kingsford@accord.example');
    expect((await gql(stack.baseUrl, MODELS, { c: stack.db.councils.kingsford }, kingsford)).data.modelProtocols).toEqual([]);
    expect(codeOf(await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { id } }', { id: modelAdopted }, kingsford))).toBe('NOT_FOUND');
    // The clerk below can read the model but not change it.
    expect(codeOf(await gql(stack.baseUrl, 'mutation($id: ID!) { startProtocolDraft(protocolId: $id) { id } }', { id: model.id }, clerk))).toBe('FORBIDDEN');
  });

  test('a model is edited like any draft (one document), and its placeholders are filled for the council that starts from it', async () => {
    const mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');
    const model = (await gql(stack.baseUrl, 'mutation($c: ID!) { createModelProtocol(councilId: $c, title: "Model protocol (from Torfaen)") { id version draft { id version } } }', { c: stack.db.councils.torfaen }, mo)).data.createModelProtocol;
    const doc = {
      format: 2,
      title: 'Member/Officer Protocol of {{council.name}}',
      titleCy: 'Protocol Aelodau/Swyddogion {{council.nameCy}}',
      clauses: [
        { id: 'scope', number: '1', text: 'This protocol applies to every member of {{council.name}}, a {{council.kind}} in {{council.nation}}.' },
        { id: 'clerk', number: '2', text: 'The Clerk is the proper officer of {{council.name}}.' },
      ],
      roles: [{ key: 'clerk', title: 'Clerk to {{council.name}}', kind: 'officer', clauses: ['clerk'] }],
      review: { reviewEveryMonths: 12, clauses: ['scope'] },
    };
    const saved = await gql(stack.baseUrl, 'mutation($v: ID!, $e: Int!, $d: JSON!) { saveDraftDocument(versionId: $v, expectedVersion: $e, document: $d) { id version } }', { v: model.draft.id, e: model.draft.version, d: doc }, mo);
    expect(saved.errors).toBeUndefined();
    const adopted = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: {}) { id } }', { id: model.draft.id, v: saved.data.saveDraftDocument.version }, mo);
    expect(adopted.errors).toBeUndefined();
    const fresh = (await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { id } }', { id: model.draft.id }, mo)).data;
    expect(fresh.protocolVersion.id).toBe(model.draft.id);
    const current = (await gql(stack.baseUrl, 'query($c: ID!) { modelProtocols(councilId: $c) { id version } }', { c: stack.db.councils.torfaen }, mo)).data.modelProtocols.find((m: any) => m.id === model.id);
    expect((await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { publishModelProtocol(id: $id, expectedVersion: $v) { published } }', { id: model.id, v: current.version }, mo)).errors).toBeUndefined();

    const council = (await gql(stack.baseUrl, 'mutation($p: ID!) { createCouncil(input: { name: "Croesyceiliog Community Council", slug: "croesyceiliog", kind: COMMUNITY, nation: WALES, parentId: $p }) { id } }', { p: stack.db.councils.torfaen }, mo)).data.createCouncil;
    const created = await gql(stack.baseUrl, 'mutation($c: ID!, $m: ID!) { createProtocol(councilId: $c, modelId: $m) { title draft { clauses { key number text } roles { key title } } } }', { c: council.id, m: model.id }, mo);
    expect(created.errors).toBeUndefined();
    const p = created.data.createProtocol;
    expect(p.title).toBe('Member/Officer Protocol of Croesyceiliog Community Council');
    expect(p.draft.clauses).toEqual([
      { key: 'scope', number: '1', text: 'This protocol applies to every member of Croesyceiliog Community Council, a community council in Wales.' },
      { key: 'clerk', number: '2', text: 'The Clerk is the proper officer of Croesyceiliog Community Council.' },
    ]);
    expect(p.draft.roles).toEqual([{ key: 'clerk', title: 'Clerk to Croesyceiliog Community Council' }]);
    // The model itself keeps its placeholders.
    const kept = (await gql(stack.baseUrl, 'query($id: ID!) { protocolVersion(id: $id) { clauses { text } } }', { id: model.draft.id }, mo)).data.protocolVersion.clauses[1].text;
    expect(kept).toBe('The Clerk is the proper officer of {{council.name}}.');
  });

  test("a council's existing protocol follows a published model; its draft compares against the model's adopted version", async () => {
    const mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');
    const clerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    const kingsfordClerk = await signIn(stack.baseUrl, 'clerk.kingsford@accord.example');
    const c = stack.db.councils.cwmbran;
    const OWN = 'query($c: ID!) { protocol(councilId: $c) { id version modelId model { id title adopted { id } } adopted { id } draft { id } } }';
    const FOLLOW = 'mutation($id: ID!, $v: Int!, $m: ID) { followModelProtocol(id: $id, expectedVersion: $v, modelId: $m) { id version modelId model { id } } }';
    const own = (await gql(stack.baseUrl, OWN, { c }, clerk)).data.protocol;
    expect(own.modelId).toBeNull();

    const model = (
      await gql(stack.baseUrl, 'mutation($c: ID!, $v: ID!) { createModelProtocol(councilId: $c, title: "Torfaen model (from Cwmbran)", fromVersionId: $v) { id version draft { id version } } }', { c: stack.db.councils.torfaen, v: own.adopted.id }, mo)
    ).data.createModelProtocol;
    const adopted = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: { adoptedOn: "2026-11-01", adoptedBy: STANDARDS_COMMITTEE }) { id } }', { id: model.draft.id, v: model.draft.version }, mo);
    expect(adopted.errors).toBeUndefined();

    // Unpublished, the model is not visible below: the same answer as an id that does not exist.
    const hidden = await gql(stack.baseUrl, FOLLOW, { id: own.id, v: own.version, m: model.id }, clerk);
    expect(codeOf(hidden)).toBe('NOT_FOUND');
    const published = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { publishModelProtocol(id: $id, expectedVersion: $v) { published } }', { id: model.id, v: model.version }, mo);
    expect(published.errors).toBeUndefined();

    // Only a model can be followed; another county's clerk cannot reach the model or Cwmbran's protocol.
    const notModel = await gql(stack.baseUrl, FOLLOW, { id: own.id, v: own.version, m: own.id }, clerk);
    expect([codeOf(notModel), fieldOf(notModel)]).toEqual(['BAD_USER_INPUT', 'modelId']);
    const kingsford = (await gql(stack.baseUrl, OWN, { c: stack.db.councils.kingsford }, kingsfordClerk)).data.protocol;
    expect(codeOf(await gql(stack.baseUrl, FOLLOW, { id: kingsford.id, v: kingsford.version, m: model.id }, kingsfordClerk))).toBe('NOT_FOUND');
    expect(codeOf(await gql(stack.baseUrl, FOLLOW, { id: own.id, v: own.version, m: model.id }, kingsfordClerk))).toBe('NOT_FOUND');
    // A model does not follow a model.
    const modelFollows = await gql(stack.baseUrl, FOLLOW, { id: model.id, v: model.version + 1, m: model.id }, mo);
    expect([codeOf(modelFollows), fieldOf(modelFollows)]).toEqual(['BAD_USER_INPUT', 'id']);

    const followed = await gql(stack.baseUrl, FOLLOW, { id: own.id, v: own.version, m: model.id }, clerk);
    expect(followed.errors).toBeUndefined();
    expect(followed.data.followModelProtocol).toMatchObject({ modelId: model.id, model: { id: model.id }, version: own.version + 1 });
    // A stale version is a conflict, and changes nothing.
    const stale = await gql(stack.baseUrl, FOLLOW, { id: own.id, v: own.version, m: null }, clerk);
    expect(codeOf(stale)).toBe('CONFLICT');
    const now = (await gql(stack.baseUrl, OWN, { c }, clerk)).data.protocol;
    expect(now).toMatchObject({ modelId: model.id, model: { id: model.id, title: 'Torfaen model (from Cwmbran)', adopted: { id: adopted.data.adoptProtocolVersion.id } }, adopted: { id: own.adopted.id } });
    // The model's council is above the clerk's scope: asked for, it is null, and the rest of the answer stands.
    const withCouncil = await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { council { name } model { id council { name } } } }', { c }, clerk);
    expect(withCouncil.errors).toBeUndefined();
    expect(withCouncil.data.protocol).toEqual({ council: { name: 'Cwmbran Community Council' }, model: { id: model.id, council: null } });
    const asMo = await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { model { council { name } } } }', { c }, mo);
    expect(asMo.data.protocol.model.council).toEqual({ name: 'Torfaen County Borough Council' });

    // The council's draft starts from its own adopted version (nothing was copied); one clause edited is the one difference from the model.
    const draft = (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id basedOnId clauses { id number text version } } }', { p: own.id }, clerk)).data.startProtocolDraft;
    expect(draft.basedOnId).toBe(own.adopted.id);
    const clause = draft.clauses[3];
    const edit = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!, $t: String!) { updateProtocolClause(id: $id, expectedVersion: $v, input: { text: $t }) { id } }', { id: clause.id, v: clause.version, t: `${clause.text} (amended locally)` }, clerk);
    expect(edit.errors).toBeUndefined();
    const diff = await gql(stack.baseUrl, 'query($a: ID!, $b: ID!) { compareProtocolVersions(baseId: $a, otherId: $b) { clauses { number change textBefore textAfter } rules { key } } }', { a: now.model.adopted.id, b: draft.id }, clerk);
    expect(diff.data.compareProtocolVersions).toEqual({ clauses: [{ number: clause.number, change: 'CHANGED', textBefore: clause.text, textAfter: `${clause.text} (amended locally)` }], rules: [] });

    // Following none again.
    const unfollowed = await gql(stack.baseUrl, FOLLOW, { id: own.id, v: own.version + 1, m: null }, clerk);
    expect(unfollowed.data.followModelProtocol).toMatchObject({ modelId: null, model: null });
    const audit = await gql(stack.baseUrl, 'query($c: ID!) { auditLog(councilId: $c, limit: 50) { items { action } } }', { c }, mo);
    const actions = (audit.data?.auditLog?.items ?? []).map((i: any) => i.action);
    expect(actions).toEqual(expect.arrayContaining(['protocol.follow_model', 'protocol.unfollow_model']));
  });
});

describe('calendar and review schedule', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  test('closure days move deadlines; they are kept per council', async () => {
    const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    const c = stack.db.councils.ashbury;
    const ASK = 'query($c: ID!) { responseDeadlines(councilId: $c, category: PLANNING, receivedAt: "2026-12-23T10:00:00Z") { respondBy calendar } }';
    // Wed 23 Dec + 3 working days: Thu 24, (25, 26, 27 off; Mon 28 is the Boxing Day substitute) Tue 29, Wed 30.
    expect((await gql(stack.baseUrl, ASK, { c }, clerk)).data.responseDeadlines.respondBy).toBe('2026-12-30');
    const ADD = 'mutation($c: ID!, $d: LocalDate!) { addCouncilClosure(councilId: $c, date: $d, reason: "Christmas closure") { id date } }';
    for (const d of ['2026-12-29', '2026-12-30', '2026-12-31']) expect((await gql(stack.baseUrl, ADD, { c, d }, clerk)).errors).toBeUndefined();
    const after = (await gql(stack.baseUrl, ASK, { c }, clerk)).data.responseDeadlines;
    expect(after.respondBy).toBe('2027-01-05'); // Thu 24, (29–31 closed, 1 Jan holiday) Mon 4, Tue 5
    expect(after.calendar).toMatch(/3 council closure days/);
    const dup = await gql(stack.baseUrl, ADD, { c, d: '2026-12-29' }, clerk);
    expect([codeOf(dup), fieldOf(dup)]).toEqual(['CONFLICT', 'date']);
    const bad = await gql(stack.baseUrl, ADD, { c, d: '2026-13-01' }, clerk);
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['BAD_USER_INPUT', 'd']);
    const listed = await gql(stack.baseUrl, 'query($c: ID!) { councilClosures(councilId: $c, from: "2026-12-30") { id date } }', { c }, clerk);
    expect(listed.data.councilClosures.map((d: any) => d.date)).toEqual(['2026-12-30', '2026-12-31']);
    expect((await gql(stack.baseUrl, 'mutation($id: ID!) { removeCouncilClosure(id: $id) }', { id: listed.data.councilClosures[0].id }, clerk)).errors).toBeUndefined();
  });

  test('a draft\'s review schedule gives the adopted version its next review date', async () => {
    const clerk = await signIn(stack.baseUrl, 'clerk.eastvale@accord.example');
    const p = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c: stack.db.councils.eastvale }, clerk)).data.protocol;
    const draft = (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id version } }', { p: p.id }, clerk)).data.startProtocolDraft;
    const SET = 'mutation($id: ID!, $v: Int!, $i: ReviewScheduleInput!) { setProtocolReview(id: $id, expectedVersion: $v, input: $i) { version reviewEveryMonths reviewingBody } }';
    expect(fieldOf(await gql(stack.baseUrl, SET, { id: draft.id, v: draft.version, i: { reviewEveryMonths: 0 } }, clerk))).toBe('reviewEveryMonths');
    expect(fieldOf(await gql(stack.baseUrl, SET, { id: draft.id, v: draft.version, i: { reviewEveryMonths: 12, clauses: ['99.9'] } }, clerk))).toBe('clauses');
    const set = await gql(stack.baseUrl, SET, { id: draft.id, v: draft.version, i: { reviewEveryMonths: 12, reviewingBody: 'STANDARDS_COMMITTEE' } }, clerk);
    expect(set.data.setProtocolReview).toEqual({ version: draft.version + 1, reviewEveryMonths: 12, reviewingBody: 'standards_committee' });
    const adopted = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: { adoptedOn: "2026-11-23", adoptedBy: FULL_COUNCIL }) { nextReviewDue } }', { id: draft.id, v: draft.version + 1 }, clerk);
    expect(adopted.data.adoptProtocolVersion.nextReviewDue).toBe('2027-11-23');
    const council = await gql(stack.baseUrl, 'query($c: ID!) { council(id: $c) { nextReviewDue } }', { c: stack.db.councils.eastvale }, clerk);
    expect(council.data.council.nextReviewDue).toBe('2027-11-23');
  });
});

describe('export', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  test('an integration with an API key exports the adopted protocol as JSON and as Markdown', async () => {
    const clerk = await signIn(stack.baseUrl, 'clerk.glanmor@accord.example');
    const { secret } = (await gql(stack.baseUrl, 'mutation($c: ID!) { createApiKey(input: { name: "Website", councilId: $c }) { secret } }', { c: stack.db.councils.glanmor }, clerk)).data.createApiKey;
    const res = await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { adopted { document markdown clauses { number } } } }', { c: stack.db.councils.glanmor }, { apiKey: secret });
    expect(res.errors).toBeUndefined();
    const { document, markdown, clauses } = res.data.protocol.adopted;
    expect(document.clauses.map((c: any) => c.number)).toEqual(clauses.map((c: any) => c.number));
    expect(document.responseStandards.find((s: any) => s.category === 'general_correspondence')).toMatchObject({ acknowledgeWithinDays: 5 });
    for (const { number } of clauses) expect(markdown).toContain(`**${number}** `);
  });
});
