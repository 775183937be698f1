/**
 * Format v2 of the protocol's rule bodies (issue 12; /work/prompts/format-v2.md points 1-5 and 8):
 * each row cites the behaviour it checks, by the point.
 */
import { decideAccess, type AccessRequester } from './access-decision';
import { longDate, PHRASES } from './answer-text';
import { describeCounting } from './calendar';
import { escalationRoute, type RouteQuestion, type RouteRoles } from './escalation';
import { describeHandler, handlerRoles, withoutRole } from './handlers';
import { protocolProblems, standardFor, type AccessRule, type DisclosureException, type EscalationChain, type EscalationStep, type Handler, type ProtocolDocument, type Role } from './protocol';
import { parseRule } from './protocol.schema';
import { isA, rolesItIs } from './roles';
import { itemKey } from './protocol-items';

const role = (key: string, title: string, kind: Role['kind'], extra: Partial<Role> = {}): Role => ({ key, title, kind, clauses: [], ...extra });
const roles: Role[] = [
  role('member', 'Member', 'member'),
  role('group_leader', 'Group Leader', 'member', { titleCy: 'Arweinydd Grŵp' }),
  role('chief_executive', 'Chief Executive', 'officer', { titleCy: 'Prif Weithredwr' }),
  role('director', 'Director', 'officer', { reportsTo: 'chief_executive', titleCy: 'Cyfarwyddwr' }),
  role('head_of_service', 'Head of Service', 'officer', { reportsTo: 'director', titleCy: 'Pennaeth Gwasanaeth' }),
  role('monitoring_officer', 'Monitoring Officer', 'officer', { titleCy: 'Swyddog Monitro' }),
  role('political_assistant', 'Political Assistant', 'officer', { builtIn: 'officer' }),
  role('executive_head', 'Executive Head', 'officer', { builtIn: 'director' }),
  role('other_staff', 'Other staff', 'officer'),
  role('officer', 'Officer', 'officer'),
  role('ombudsman', 'Ombudsman', 'external'),
];

const step = (h: string | Handler, extra: Partial<EscalationStep> = {}): EscalationStep => ({
  ...(typeof h === 'string' ? { handler: h } : { handledBy: h }),
  action: 'investigate_and_report',
  description: 'looks into it',
  notify: [],
  preconditions: [],
  clauses: ['1'],
  ...extra,
});

const doc = (over: Partial<ProtocolDocument>): ProtocolDocument => ({
  title: 'Protocol',
  clauses: [{ number: '1', text: 'One.' }, { number: '2', text: 'Two.' }],
  roles,
  expectations: [],
  chains: [],
  responseStandards: [],
  accessRules: [],
  disclosureExceptions: [],
  correspondenceRules: [],
  obligations: [],
  adviceRoutes: [],
  review: { clauses: [] },
  ...over,
});

// Issue point 7 / contract 1: the council's own role keys, one role per key, tagged with a built-in kind.
describe('open vocabularies: roles (point 7)', () => {
  test.each<[string, Partial<ProtocolDocument>, string | null, RegExp | null]>([
    ['a role of the council\'s own ("Political assistant") is fine', {}, null, null],
    ['"Other staff" beside "Officer"', { roles: [...roles] }, null, null],
    ['a key with capitals is refused, briefly', { roles: [role('Political Assistant', 'x', 'officer')] }, 'roles[0].key', /lower-case letters/],
    ['a builtIn tag that is not built in', { roles: [role('x', 'x', 'officer', { builtIn: 'pope' as never })] }, 'roles[0].builtIn', /not a built-in role/],
    ['naming an undefined role: short message, no list of 47 keys', { chains: [{ concern: 'member_about_officer', severity: 'any', steps: [step('political_adviser')], clauses: [] }] }, 'chains[0].steps[0].handler', /^"political_adviser" is not one of this protocol's roles$/],
  ])('%s', (_n, over, path, message) => {
    const problems = protocolProblems(doc(over));
    if (path === null) expect(problems).toEqual([]);
    else expect(problems).toContainEqual({ path, message: expect.stringMatching(message!) });
  });

  test.each<[string, string, boolean]>([
    ['political_assistant', 'officer', true],
    ['executive_head', 'director', true],
    ['executive_head', 'officer', true],
    ['other_staff', 'officer', true],
    ['other_staff', 'member', false],
    ['group_leader', 'member', true],
  ])('a role tagged with a built-in kind compares as it: %s is a %s → %s', (key, wanted, expected) => {
    expect(isA(key, wanted, roles)).toBe(expected);
  });

  test('the line of a tagged role: itself, its tag, the tag\'s parents', () => {
    expect(rolesItIs('executive_head', roles)).toEqual(['executive_head', 'director', 'officer']);
  });

  test.each<[string, unknown, boolean]>([
    ['vocabulary input in capitals is accepted and stored lower case', { key: 'POLITICAL_ASSISTANT', title: 'Political Assistant', kind: 'OFFICER', builtIn: 'OFFICER' }, true],
    ['Welsh title', { key: 'clerk', title: 'Clerk', titleCy: 'Clerc', kind: 'officer' }, true],
  ])('%s', (_n, input, ok) => {
    const r = parseRule('role', input);
    expect(r.ok).toBe(ok);
    if (r.ok) expect(r.value.key).toBe((input as { key: string }).key.toLowerCase());
  });
});

// Issue point 6 / contract 2: the built-in concern kinds and categories plus the council's own; category "*".
describe('open vocabularies: concern kinds and enquiry categories (point 6)', () => {
  const vocabulary = { concernKinds: [{ key: 'employee_grievance', title: 'Employee grievance' }], enquiryCategories: [{ key: 'service_request', title: 'Service request', titleCy: 'Cais am wasanaeth' }] };
  const standard = (category: string) => ({ category, handler: 'monitoring_officer', respondWithinDays: 10, escalateTo: [], description: 'x', clauses: ['1'] });
  test.each<[string, Partial<ProtocolDocument>, string | null]>([
    ['an own concern kind', { vocabulary, chains: [{ concern: 'employee_grievance', severity: 'any', steps: [step('director')], clauses: [] }] }, null],
    ['an own category', { vocabulary, responseStandards: [standard('service_request')] }, null],
    ['"*": every category without a standard of its own', { responseStandards: [standard('*'), standard('planning')] }, null],
    ['two "*" standards', { responseStandards: [standard('*'), standard('*')] }, 'responseStandards[1].category'],
    ['an undeclared concern kind', { chains: [{ concern: 'employee_grievance', severity: 'any', steps: [step('director')], clauses: [] }] }, 'chains[0].concern'],
    ['an undeclared category', { responseStandards: [standard('service_request')] }, 'responseStandards[0].category'],
    ['an own key that is built in already', { vocabulary: { enquiryCategories: [{ key: 'planning', title: 'Planning' }] } }, 'vocabulary.enquiryCategories[0].key'],
    ['an own key twice', { vocabulary: { concernKinds: [{ key: 'a_b', title: 'x' }, { key: 'a_b', title: 'y' }] } }, 'vocabulary.concernKinds[1].key'],
  ])('%s', (_n, over, path) => {
    const problems = protocolProblems(doc(over));
    if (path === null) expect(problems).toEqual([]);
    else expect(problems.map((p) => p.path)).toContain(path);
  });

  test.each<[string, string | null]>([
    ['planning', 'planning'],
    ['ward_matter', '*'],
    ['service_request', '*'],
  ])('standardFor(%s) → %s', (category, expected) => {
    const standards = [standard('planning'), standard('*')];
    expect(standardFor(standards, category)?.category ?? null).toBe(expected);
  });

  test('"*" and vocabulary in capitals parse', () => {
    expect(parseRule('response_standard', { ...standard('*'), description: 'All member enquiries' }).ok).toBe(true);
    const r = parseRule('chain', { concern: 'MEMBER_ABOUT_OFFICER', severity: 'ANY', steps: [{ handler: 'CLERK', action: 'INFORMAL_DISCUSSION', description: 'x' }] });
    expect(r.ok && [r.value.concern, r.value.severity, r.value.steps[0]!.handler, r.value.steps[0]!.action]).toEqual(['member_about_officer', 'any', 'clerk', 'informal_discussion']);
  });
});

// Issue points 3 and 5 / contract 3: handler expressions; answers list every person and procedure.
describe('handler expressions (points 3, 5)', () => {
  const complaints: Handler = { procedure: { name: "the council's official complaints procedure", nameCy: 'gweithdrefn gwynion swyddogol y cyngor', url: 'https://example.org/complaints' } };
  const title = (k: string) => `the ${roles.find((r) => r.key === k)!.title}`;
  test.each<[string, Handler, string, string[]]>([
    ['a role', { role: 'director' }, 'the Director', ['director']],
    ['"or a person they nominate"', { role: 'group_leader', orNominee: true }, 'the Group Leader, or a person they nominate', ['group_leader']],
    ['"A or B"', { anyOf: [{ role: 'director' }, { role: 'head_of_service' }] }, 'the Director or the Head of Service', ['director', 'head_of_service']],
    ['"A and B"', { allOf: [{ role: 'chief_executive' }, { role: 'group_leader' }] }, 'the Chief Executive and the Group Leader', ['chief_executive', 'group_leader']],
    ['a procedure', complaints, "the council's official complaints procedure", []],
    ['three alternatives, one of them a procedure', { anyOf: [{ role: 'director' }, { role: 'head_of_service' }, complaints] }, "the Director, the Head of Service or the council's official complaints procedure", ['director', 'head_of_service']],
  ])('%s', (_n, h, words, named) => {
    expect(describeHandler(h, title)).toBe(words);
    expect(handlerRoles(h)).toEqual(named);
  });

  test('Welsh: the procedure\'s Welsh name, the Welsh joiner', () => {
    const cy = (k: string) => PHRASES.cy.the(roles.find((r) => r.key === k)!.titleCy ?? k);
    expect(describeHandler({ anyOf: [{ role: 'director' }, complaints] }, cy, 'cy')).toBe('y Cyfarwyddwr neu gweithdrefn gwynion swyddogol y cyngor');
    expect(describeHandler({ role: 'group_leader', orNominee: true }, cy, 'cy')).toBe('yr Arweinydd Grŵp, neu berson y maent yn ei enwebu');
  });

  test.each<[string, Handler, string, Handler | null]>([
    ['an alternative who is the subject is dropped', { anyOf: [{ role: 'director' }, { role: 'head_of_service' }] }, 'director', { role: 'head_of_service' }],
    ['a joint handler who is the subject is dropped', { allOf: [{ role: 'chief_executive' }, { role: 'group_leader' }, { role: 'director' }] }, 'director', { allOf: [{ role: 'chief_executive' }, { role: 'group_leader' }] }],
    ['the subject\'s nominee goes with them', { role: 'director', orNominee: true }, 'director', null],
    ['a procedure stays', { anyOf: [{ role: 'director' }, complaints] }, 'director', complaints],
  ])('withoutRole: %s', (_n, h, subject, expected) => {
    expect(withoutRole(h, subject)).toEqual(expected);
  });

  test.each<[string, Handler, string]>([
    ['undefined role inside anyOf', { anyOf: [{ role: 'director' }, { role: 'deputy_director' }] }, 'chains[0].steps[0].handledBy.anyOf[1].role'],
    ['anyOf of one', { anyOf: [{ role: 'director' }] }, 'chains[0].steps[0].handledBy.anyOf'],
    ['procedure without a name', { procedure: { name: ' ' } }, 'chains[0].steps[0].handledBy.procedure.name'],
  ])('problems: %s', (_n, h, path) => {
    const problems = protocolProblems(doc({ chains: [{ concern: 'member_about_officer', severity: 'any', steps: [step(h)], clauses: [] }] }));
    expect(problems.map((p) => p.path)).toContain(path);
  });

  test('a step with neither handler nor handledBy is a problem, and a parse error', () => {
    const problems = protocolProblems(doc({ chains: [{ concern: 'member_about_officer', severity: 'any', steps: [{ ...step('director'), handler: undefined }], clauses: [] }] }));
    expect(problems).toContainEqual({ path: 'chains[0].steps[0].handler', message: 'says who handles it: a handler or handledBy' });
    const r = parseRule('chain', { concern: 'member_about_officer', severity: 'any', steps: [{ action: 'advice', description: 'x' }] });
    expect(!r.ok && r.path).toBe('steps.0.handler');
  });

  test('handledBy parses, recursively; handledBy wins over handler in the route', () => {
    const input = { concern: 'member_about_officer', severity: 'any', steps: [{ handler: 'clerk', handledBy: { anyOf: [{ role: 'director', orNominee: true }, { procedure: { name: 'Complaints procedure' } }] }, action: 'formal_complaint', description: 'x' }] };
    const r = parseRule('chain', input);
    expect(r.ok).toBe(true);
    const route = escalationRoute([r.ok ? r.value : (null as never)], { concern: 'member_about_officer', severity: 'any' }, roles)!;
    expect(route.steps[0]).toMatchObject({ handler: 'director', handlerText: 'the Director, or a person they nominate or Complaints procedure' });
  });

  test('the route names every handler, and leaves the subject out with a note (points 3, 11)', () => {
    const chain: EscalationChain = {
      concern: 'member_about_officer',
      severity: 'any',
      steps: [step({ anyOf: [{ role: 'director' }, { role: 'head_of_service' }] }), step({ allOf: [{ role: 'chief_executive' }, { role: 'director' }] }), step(complaints)],
      clauses: [],
    };
    const all = escalationRoute([chain], { concern: 'member_about_officer', severity: 'any' }, roles)!;
    expect(all.steps.map((s) => s.handlerText)).toEqual(['the Director or the Head of Service', 'the Chief Executive and the Director', "the council's official complaints procedure"]);
    expect(all.steps[2]).toMatchObject({ handler: null, skipped: null });
    const aboutDirector = escalationRoute([chain], { concern: 'member_about_officer', severity: 'any', about: 'director' }, roles)!;
    expect(aboutDirector.steps.map((s) => [s.handledBy, s.notes])).toEqual([
      [{ role: 'head_of_service' }, ['The Director does not take this step: the concern is about them.']],
      [{ role: 'chief_executive' }, ['The Director does not take this step: the concern is about them.']],
      [complaints, []],
    ]);
    // The Head of Service reports to the Director: flagged (point 11).
    expect(aboutDirector.warnings.map((w) => [w.step, w.handler])).toEqual([[0, 'head_of_service']]);
  });
});

// Issue point 4 / contract 4: several chains per concern kind, chosen by `when`, with the reason or the choices.
describe('several chains per concern kind (point 4)', () => {
  const formal: EscalationChain = {
    id: 'formal_complaint',
    when: { seeks: 'formal complaint', description: 'A formal complaint about an officer', descriptionCy: 'Cwyn ffurfiol am swyddog' },
    concern: 'member_about_officer',
    severity: 'any',
    steps: [step('director')],
    clauses: ['1'],
  };
  const informal: EscalationChain = {
    id: 'group_leader',
    when: { seeks: 'informal resolution', raisedBy: 'member', description: 'Raising it with the Group Leader' },
    concern: 'member_about_officer',
    severity: 'any',
    steps: [step('group_leader')],
    clauses: ['2'],
  };
  const general: EscalationChain = { concern: 'member_about_officer', severity: 'any', steps: [step('chief_executive')], clauses: ['1'] };

  test.each<[string, EscalationChain[], Partial<RouteQuestion>, string | null, string, (string | null)[]]>([
    ['the caller says what they seek: the formal complaint', [formal, informal], { seeks: 'formal complaint' }, 'formal_complaint', 'A formal complaint about an officer (seeking formal complaint)', []],
    ['seeks matched loosely (case, underscores)', [formal, informal], { seeks: 'Formal_Complaint' }, 'formal_complaint', 'A formal complaint about an officer (seeking formal complaint)', []],
    ['the informal route, raised by a Member (a Group Leader is a Member)', [formal, informal], { seeks: 'informal resolution', raisedBy: 'group_leader' }, 'group_leader', 'Raising it with the Group Leader (raised by the Group Leader, seeking informal resolution)', []],
    ['the caller does not say: the choices, no chain', [formal, informal], {}, null, 'The protocol gives more than one route for this concern: choose one (see choices).', ['formal_complaint', 'group_leader']],
    ['a general route with particular ones: the general, with choices', [general, formal], {}, null, 'The general route for this concern; the protocol gives other routes for particular cases (see choices).', [null, 'formal_complaint']],
    ['the particular ones do not fit: the general, no choices', [general, formal], { seeks: 'an apology' }, null, "The general route: the protocol's other routes for this concern do not fit the question.", []],
    ['the caller picks by id', [formal, informal], { chainId: 'group_leader' }, 'group_leader', 'The route asked for.', []],
    ['one chain: the only route', [general], {}, null, 'The only route the protocol gives for this concern.', []],
  ])('%s', (_n, chains, q, chainId, because, choices) => {
    const route = escalationRoute(chains, { concern: 'member_about_officer', severity: 'any', ...q }, roles)!;
    if (chainId) expect(route.chain?.id).toBe(chainId);
    if (choices.length && !route.chain) expect(route.steps).toEqual([]);
    expect(route.chosenBecause).toBe(because);
    expect(route.choices.map((c) => c.chainId)).toEqual(choices);
  });

  test('the reason in Welsh, from the protocol\'s Welsh text', () => {
    const route = escalationRoute([formal, informal], { concern: 'member_about_officer', severity: 'any', seeks: 'formal complaint' }, roles, 'cy')!;
    expect(route.chosenBecause).toBe('Cwyn ffurfiol am swyddog (yn ceisio formal complaint)');
  });

  test.each<[string, EscalationChain[], string | null]>([
    ['two chains told apart by when: no problem', [formal, informal], null],
    ['a general chain beside a particular one: no problem', [general, formal], null],
    ['two chains nothing tells apart: add "when", never overwrite', [general, { ...general, clauses: ['2'] }], 'chains[1].when'],
    ['the same when twice', [formal, { ...formal, id: 'other' }], 'chains[1].when'],
    ['two chains with one id', [formal, { ...informal, id: 'formal_complaint' }], 'chains[1].id'],
    ['raisedBy neither a role nor a kind', [{ ...formal, when: { raisedBy: 'mayor', description: 'x' } }], 'chains[0].when.raisedBy'],
  ])('problems: %s', (_n, chains, path) => {
    const problems = protocolProblems(doc({ chains }));
    if (path === null) expect(problems).toEqual([]);
    else {
      expect(problems.map((p) => p.path)).toContain(path);
      expect(problems.map((p) => p.message).join()).not.toMatch(/overwrit|expectedVersion/);
    }
  });

  test('the duplicate message suggests when', () => {
    const [p] = protocolProblems(doc({ chains: [general, { ...general }] }));
    expect(p!.message).toBe('chains[0] serves the same concern, severity and subject: give one of them a "when" (raisedBy or seeks) saying which applies');
  });
});

// Issue point 8 / contract 5: NOT_COVERED, relations, exceptions limited to classifications, several consultees.
describe('access v2 (point 8)', () => {
  const rules: AccessRule[] = [
    { classification: 'exempt', description: 'Casework', grants: [{ kind: 'role', role: 'member', relation: 'requester' }], clauses: ['1'] },
    { classification: 'confidential', description: 'Need to know', grants: [{ kind: 'need_to_know', decidedBy: 'monitoring_officer' }], clauses: ['2'] },
  ];
  const exceptions: DisclosureException[] = [
    { key: 'public_interest', description: 'Public interest', classifications: ['confidential'], consult: ['monitoring_officer', 'chief_executive'], clauses: ['2'] },
    { key: 'consent', description: 'With consent', clauses: ['1'] },
    { key: 'required_by_law', description: 'By law', consult: 'monitoring_officer', classifications: ['employee_personal'], clauses: ['1'] },
  ];
  test.each<[string, AccessRule['classification'], AccessRequester, string, string[], string[]]>([
    ['only the Member who asked: the one who asked', 'exempt', { role: 'member', relations: ['requester'] }, 'allowed', ['1'], ['consent']],
    ['only the Member who asked: another Member', 'exempt', { role: 'group_leader' }, 'refused', ['1'], ['consent']],
    ['nothing said about a classification: NOT_COVERED, no clause', 'commercially_sensitive', { role: 'member' }, 'not_covered', [], ['consent']],
    ['an exception limited to its classification, with two consultees', 'confidential', { role: 'member' }, 'needs_decision', ['2'], ['public_interest', 'consent']],
    ['public information: no exceptions needed', 'public', { role: 'member' }, 'allowed', [], []],
  ])('%s', (_n, classification, who, decision, clauses, keys) => {
    const d = decideAccess(rules, classification, who, roles, exceptions);
    expect([d.decision, d.clauses, d.exceptions.map((e) => e.exception.key)]).toEqual([decision, clauses, keys]);
  });

  test('the refusal says why: only the one who asked', () => {
    expect(decideAccess(rules, 'exempt', { role: 'member' }, roles).reason).toMatch(/only the one who asked/);
  });

  test('several consultees, one or a list', () => {
    const d = decideAccess(rules, 'confidential', { role: 'member' }, roles, exceptions);
    expect(d.exceptions[0]!.consult).toEqual(['monitoring_officer', 'chief_executive']);
    expect(decideAccess(rules, 'employee_personal', { role: 'member' }, roles, exceptions).exceptions.map((e) => e.consult)).toEqual([[], ['monitoring_officer']]);
  });

  test.each<[string, DisclosureException, string | null]>([
    ['several consultees', exceptions[0]!, null],
    ['an undefined consultee in a list', { ...exceptions[0]!, consult: ['monitoring_officer', 'data_officer'] }, 'disclosureExceptions[0].consult[1]'],
    ['an unknown classification', { ...exceptions[0]!, classifications: ['secret' as never] }, 'disclosureExceptions[0].classifications[0]'],
  ])('exception problems: %s', (_n, e, path) => {
    const problems = protocolProblems(doc({ clauses: [{ number: '1', text: 'x' }, { number: '2', text: 'y' }], disclosureExceptions: [e] }));
    if (path === null) expect(problems).toEqual([]);
    else expect(problems.map((p) => p.path)).toContain(path);
  });

  test('relation and several consultees parse; a bad relation does not', () => {
    expect(parseRule('access_rule', { classification: 'EXEMPT', grants: [{ kind: 'role', role: 'member', relation: 'REQUESTER' }], description: 'x' }).ok).toBe(true);
    expect(parseRule('disclosure_exception', { key: 'public_interest', description: 'x', consult: ['monitoring_officer', 'chief_executive'], classifications: ['confidential'] }).ok).toBe(true);
    const r = parseRule('access_rule', { classification: 'exempt', grants: [{ kind: 'anyone', relation: 'cousin' }], description: 'x' });
    expect(!r.ok && r.path).toBe('grants.0.relation');
  });
});

// Issue point 11: the subject never hears of it; handlers under the subject are flagged, in either language.
describe('the subject never hears of it, in English and Welsh (points 11, 15)', () => {
  const chain: EscalationChain = {
    concern: 'about_head_of_paid_service',
    severity: 'any',
    about: 'chief_executive',
    steps: [step('director', { notify: ['chief_executive', 'group_leader'], consult: ['chief_executive'] }), step('monitoring_officer')],
    clauses: ['1'],
  };
  test.each<[string, 'en' | 'cy', string, string]>([
    ['English', 'en', 'The Chief Executive is not told or consulted: the concern is about them.', 'Step 1: The Director reports to the Chief Executive, whom the concern is about.'],
    ['Welsh', 'cy', "Ni roddir gwybod i'r Prif Weithredwr ac nid ymgynghorir â'r Prif Weithredwr: mae'r pryder amdanynt.", "Cam 1: mae'r Cyfarwyddwr yn adrodd i'r Prif Weithredwr, sef testun y pryder."],
  ])('%s', (_n, lang, note, warning) => {
    const route = escalationRoute([chain], { concern: 'about_head_of_paid_service', severity: 'serious' }, roles as RouteRoles, lang)!;
    expect(route.steps[0]!.notify).toEqual(['group_leader']);
    expect(route.steps[0]!.notes).toEqual([note]);
    expect(route.warnings.map((w) => w.message)).toEqual([warning]);
  });
});

// Issue point 15 / contract 8: the counting sentences exist in Welsh too.
describe('counting sentences in both languages (point 15)', () => {
  test.each([
    ['ico', 'working_days'],
    ['next_working_day', 'working_days'],
    ['ico', 'calendar_days'],
    ['ico', 'hours'],
  ] as const)('English catalogue = describeCounting (%s, %s); Welsh differs', (receipt, unit) => {
    expect(PHRASES.en.counting(receipt, unit)).toBe(describeCounting({ receipt, unit }));
    expect(PHRASES.cy.counting(receipt, unit)).not.toBe(PHRASES.en.counting(receipt, unit));
  });

  test.each<[string, 'en' | 'cy', string, string, 'ico' | 'next_working_day', string]>([
    ['Saturday receipt, ICO', 'en', '2026-03-07', '2026-03-07', 'ico', 'Received Saturday 7 March 2026; counted from that day (day 0).'],
    ['Saturday receipt, next working day', 'en', '2026-03-07', '2026-03-09', 'next_working_day', 'Received Saturday 7 March 2026; counted from Monday 9 March 2026 (day 0), the next working day.'],
    ['Saturday receipt, next working day, Welsh', 'cy', '2026-03-07', '2026-03-09', 'next_working_day', 'Derbyniwyd ddydd Sadwrn 7 Mawrth 2026; cyfrifir o ddydd Llun 9 Mawrth 2026 (diwrnod 0), y diwrnod gwaith nesaf.'],
    ['Good Friday, Welsh', 'cy', '2026-04-03', '2026-04-03', 'ico', "Derbyniwyd ddydd Gwener 3 Ebrill 2026; cyfrifir o'r diwrnod hwnnw (diwrnod 0)."],
  ])('%s', (_n, lang, received, start, receipt, sentence) => {
    expect(PHRASES[lang].countedFrom(received, start, receipt)).toBe(sentence);
  });

  test('every phrase exists in both languages', () => {
    expect(Object.keys(PHRASES.cy).sort()).toEqual(Object.keys(PHRASES.en).sort());
    expect(longDate('cy', '2026-12-25')).toBe('dydd Gwener 25 Rhagfyr 2026');
  });
});

// Issue point 4: two chains for one concern are two rules (their stored keys differ), so neither overwrites the other.
describe('the stored key of a chain (point 4)', () => {
  const base: EscalationChain = { concern: 'member_about_officer', severity: 'any', steps: [step('director')], clauses: [] };
  test.each<[string, EscalationChain, string]>([
    ['a v1 chain keeps its key', base, 'member_about_officer/any'],
    ['a chain with an id', { ...base, id: 'formal_complaint' }, 'member_about_officer/any/formal_complaint'],
    ['a chain told apart by when', { ...base, when: { raisedBy: 'member', seeks: 'Formal complaint', description: 'x' } }, 'member_about_officer/any/when:member:formal_complaint'],
    ['a when with only a description does not tell it apart', { ...base, when: { description: 'x' } }, 'member_about_officer/any'],
  ])('%s', (_n, chain, key) => {
    expect(itemKey('chain', chain)).toBe(key);
  });
});
