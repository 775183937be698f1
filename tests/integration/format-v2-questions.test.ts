import { startStack, type Stack } from '../support/stack';
import { codeOf, fieldOf, gql, signIn } from '../support/graphql';

/**
 * Format 2 rule bodies through the API (issue 12 points 3-8, 11, 15): a council that is not a seed
 * enters its own roles, concern kinds and categories, "A or B" and procedure handlers and two routes
 * for one concern in one saveDraftDocument call, adopts, and the questions answer from it: which route
 * and why (or the choices), in English or Welsh; "*" standards; access for "only the Member who asked".
 */
describe('format 2 rule bodies answer the questions', () => {
  let stack: Stack;
  let clerk: { token: string };
  let other: { token: string };
  let c: string;

  const clauses = ['1', '2', '3', '4', '5'].map((n) => ({ id: `c${n}`, number: `${n}.`, text: `Clause ${n}.` }));
  const step = (handledBy: unknown, extra: object = {}) => ({ handledBy, action: 'raise_concern', description: 'Raised here.', descriptionCy: 'Codir yma.', clauses: ['c2'], ...extra });
  const document = {
    format: 2,
    title: 'Member/Officer Protocol',
    clauses,
    vocabulary: { concernKinds: [{ key: 'employee_grievance', title: 'Employee grievance', titleCy: 'Cwyn gan gyflogai' }], enquiryCategories: [{ key: 'service_request', title: 'Service request' }] },
    roles: [
      { key: 'member', title: 'Member', kind: 'member', clauses: ['c1'] },
      { key: 'group_leader', title: 'Group Leader', titleCy: 'Arweinydd Grŵp', kind: 'member', clauses: ['c1'] },
      { key: 'chief_executive', title: 'Chief Executive', titleCy: 'Prif Weithredwr', kind: 'officer', clauses: ['c1'] },
      { key: 'director', title: 'Director', titleCy: 'Cyfarwyddwr', kind: 'officer', reportsTo: 'chief_executive', clauses: ['c1'] },
      { key: 'head_of_service', title: 'Head of Service', titleCy: 'Pennaeth Gwasanaeth', kind: 'officer', reportsTo: 'director', clauses: ['c1'] },
      { key: 'political_assistant', title: 'Political Assistant', kind: 'officer', builtIn: 'officer', clauses: ['c1'] },
    ],
    chains: [
      {
        id: 'formal_complaint',
        when: { seeks: 'formal complaint', description: 'A formal complaint about an officer', descriptionCy: 'Cwyn ffurfiol am swyddog' },
        concern: 'member_about_officer',
        severity: 'any',
        steps: [step({ anyOf: [{ role: 'director' }, { role: 'head_of_service' }] }), step({ procedure: { name: "the council's complaints procedure", nameCy: 'gweithdrefn gwynion y cyngor' } })],
        clauses: ['c2'],
      },
      {
        id: 'group_leader',
        when: { raisedBy: 'member', seeks: 'informal resolution', description: 'Raising it with the Group Leader' },
        concern: 'member_about_officer',
        severity: 'any',
        steps: [step({ role: 'group_leader', orNominee: true }, { notify: ['chief_executive'] })],
        clauses: ['c2'],
      },
      { concern: 'employee_grievance', severity: 'any', steps: [step({ role: 'political_assistant' })], clauses: ['c3'] },
    ],
    responseStandards: [{ category: '*', handledBy: { role: 'head_of_service' }, respondWithinDays: 10, escalateTo: [], description: 'All member enquiries.', clauses: ['c4'] }],
    accessRules: [{ classification: 'exempt', grants: [{ kind: 'role', role: 'member', relation: 'requester' }], description: 'Casework.', clauses: ['c5'] }],
    disclosureExceptions: [{ key: 'public_interest', description: 'Public interest.', classifications: ['exempt'], consult: ['chief_executive', 'director'], clauses: ['c5'] }],
    review: { clauses: [] },
  };
  const ROUTE = `query($c: ID!, $k: VocabularyKey!, $a: VocabularyKey, $by: VocabularyKey, $seeks: String, $id: VocabularyKey, $l: AnswerLanguage) {
    escalationRoute(councilId: $c, concern: $k, about: $a, raisedBy: $by, seeks: $seeks, chainId: $id, language: $l) {
      chain { id } chosenBecause choices { chainId description } subject warnings { message }
      steps { handler handledBy handlerText handlerRoles { key } procedures { name } description notes notify { key } } } }`;
  const route = async (vars: object, who = clerk) => gql(stack.baseUrl, ROUTE, { c, k: 'MEMBER_ABOUT_OFFICER', ...vars }, who);

  beforeAll(async () => {
    stack = await startStack();
    clerk = await signIn(stack.baseUrl, 'clerk.kingsford@accord.example');
    other = await signIn(stack.baseUrl, 'clerk.eastvale@accord.example');
    c = stack.db.councils.kingsford;
    const protocol = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c }, clerk)).data.protocol;
    const draft = (await gql(stack.baseUrl, 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id version } }', { p: protocol.id }, clerk)).data.startProtocolDraft;
    const saved = await gql(stack.baseUrl, 'mutation($v: ID!, $e: Int!, $d: JSON!) { saveDraftDocument(versionId: $v, expectedVersion: $e, document: $d) { version } }', { v: draft.id, e: draft.version, d: document }, clerk);
    expect(saved.errors).toBeUndefined();
    const adopted = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: {}) { status vocabulary { concernKinds { key titleCy } } } }', { id: draft.id, v: saved.data.saveDraftDocument.version }, clerk);
    expect(adopted.errors).toBeUndefined();
    expect(adopted.data.adoptProtocolVersion.vocabulary.concernKinds).toEqual([{ key: 'employee_grievance', titleCy: 'Cwyn gan gyflogai' }]);
  });
  afterAll(() => stack.stop());

  test('point 4: the route asked for by what the member seeks, and why; every handler of "A or B"; a procedure step', async () => {
    const res = await route({ seeks: 'formal complaint' });
    expect(res.errors).toBeUndefined();
    const r = res.data.escalationRoute;
    expect([r.chain.id, r.chosenBecause, r.choices]).toEqual(['formal_complaint', 'A formal complaint about an officer (seeking formal complaint)', []]);
    expect(r.steps.map((s: any) => [s.handler, s.handlerText, s.handlerRoles.map((x: any) => x.key), s.procedures.map((p: any) => p.name)])).toEqual([
      ['director', 'the Director or the Head of Service', ['director', 'head_of_service'], []],
      [null, "the council's complaints procedure", [], ["the council's complaints procedure"]],
    ]);
  });

  test('point 4: a question that does not say: the choices, no chain; then chosen by id', async () => {
    const open = (await route({})).data.escalationRoute;
    expect([open.chain, open.steps, open.choices.map((x: any) => x.chainId)]).toEqual([null, [], ['formal_complaint', 'group_leader']]);
    const picked = (await route({ id: 'GROUP_LEADER' })).data.escalationRoute;
    expect([picked.chain.id, picked.steps[0].handlerText]).toEqual(['group_leader', 'the Group Leader, or a person they nominate']);
  });

  test('points 11 and 15: about the Director, in Welsh: the Director leaves the step with a note; the Head of Service is flagged', async () => {
    const res = await route({ seeks: 'formal complaint', a: 'director', l: 'CY' });
    expect(res.errors).toBeUndefined();
    const r = res.data.escalationRoute;
    expect(r.chosenBecause).toBe('Cwyn ffurfiol am swyddog (yn ceisio formal complaint)');
    expect(r.steps[0]).toMatchObject({ handledBy: { role: 'head_of_service' }, handlerText: 'y Pennaeth Gwasanaeth', description: 'Codir yma.', notes: ["Nid y Cyfarwyddwr sy'n ymdrin â'r cam hwn: mae'r pryder amdanynt."] });
    expect(r.steps[1].procedures).toEqual([{ name: 'gweithdrefn gwynion y cyngor' }]);
    expect(r.warnings.map((w: any) => w.message)).toEqual(["Cam 1: mae'r Pennaeth Gwasanaeth yn adrodd i'r Cyfarwyddwr, sef testun y pryder."]);
  });

  test('points 6 and 7: the council\'s own concern kind and role; its own category takes the "*" standard', async () => {
    const own = await gql(stack.baseUrl, ROUTE, { c, k: 'employee_grievance' }, clerk);
    expect(own.data.escalationRoute.steps[0].handlerRoles).toEqual([{ key: 'political_assistant' }]);
    const due = await gql(stack.baseUrl, 'query($c: ID!, $cat: EnquiryCategoryKey!, $l: AnswerLanguage) { responseDeadlines(councilId: $c, category: $cat, receivedAt: "2026-03-07T10:00:00Z", language: $l) { standard { category } respondBy countedFrom counting } }', { c, cat: 'SERVICE_REQUEST', l: 'CY' }, clerk);
    expect(due.errors).toBeUndefined();
    // Received Saturday 7 March 2026 (ICO reading): day 1 is Monday 9 March, day 10 Friday 20 March.
    expect(due.data.responseDeadlines).toMatchObject({ standard: { category: '*' }, respondBy: '2026-03-20', countedFrom: "Derbyniwyd ddydd Sadwrn 7 Mawrth 2026; cyfrifir o'r diwrnod hwnnw (diwrnod 0)." });
    expect(due.data.responseDeadlines.counting).toMatch(/^diwrnodau gwaith; diwrnod 1 yw'r diwrnod gwaith cyntaf/);
  });

  test('point 8: only the Member who asked; exceptions limited to the classification, with two consultees; silence is NOT_COVERED', async () => {
    const ASK = 'query($c: ID!, $cl: Classification!, $r: AccessRequesterInput!) { accessDecision(councilId: $c, classification: $cl, requester: $r) { decision clauses { key } exceptions { exception { key } consult { key } } } }';
    const asked = (await gql(stack.baseUrl, ASK, { c, cl: 'EXEMPT', r: { role: 'member', relations: ['REQUESTER'] } }, clerk)).data.accessDecision;
    expect(asked).toEqual({ decision: 'ALLOWED', clauses: [{ key: 'c5' }], exceptions: [{ exception: { key: 'PUBLIC_INTEREST' }, consult: [{ key: 'chief_executive' }, { key: 'director' }] }] });
    const another = (await gql(stack.baseUrl, ASK, { c, cl: 'EXEMPT', r: { role: 'GROUP_LEADER' } }, clerk)).data.accessDecision;
    expect(another.decision).toBe('REFUSED');
    const silent = (await gql(stack.baseUrl, ASK, { c, cl: 'PARTY_GROUP', r: { role: 'member' } }, clerk)).data.accessDecision;
    expect([silent.decision, silent.clauses]).toEqual(['NOT_COVERED', []]);
  });

  test('bad vocabulary answers BAD_USER_INPUT naming the field, briefly; another council\'s id is NOT_FOUND', async () => {
    const badRole = await route({ a: 'archbishop' });
    expect([codeOf(badRole), fieldOf(badRole), badRole.errors![0].message]).toEqual(['BAD_USER_INPUT', 'about', 'about: "archbishop" is not one of this protocol\'s roles']);
    const badConcern = await gql(stack.baseUrl, ROUTE, { c, k: 'weather' }, clerk);
    expect([codeOf(badConcern), fieldOf(badConcern)]).toEqual(['BAD_USER_INPUT', 'concern']);
    expect(codeOf(await route({ id: 'no_such_chain' }))).toBe('NOT_FOUND');
    expect(codeOf(await route({ seeks: 'formal complaint' }, other))).toBe('NOT_FOUND');
  });
});
