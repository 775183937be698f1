import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startStack, type Stack } from '../support/stack';
import { codeOf, fieldOf, gql, signIn, type GqlResult } from '../support/graphql';

/**
 * Issue 12, points 6 and 12, through the public API:
 * - cases in the council's own vocabulary: a council's own enquiry categories and concern kinds
 *   (its adopted protocol's `vocabulary`) open cases, either case in, lower case out; deadlines from
 *   the category's own standard, else the one for every category ("*"), counted over GOV.UK's bank
 *   holidays; a concern of an own kind follows its chain(s); another council's words are refused;
 * - adoption keeps or asks the next review date, never drops it or overwrites a typed one unasked.
 */

/**
 * GOV.UK's England and Wales bank holidays the counts below cross (https://www.gov.uk/bank-holidays.json,
 * england-and-wales; Open Government Licence v3.0), written out here so the expected dates are not
 * computed by the code under test. Checked against ../shared's copy of GOV.UK's list when present.
 */
const GOVUK_HOLIDAYS = ['2025-12-25', '2025-12-26', '2026-01-01', '2026-04-03', '2026-04-06'];

/** Day n counted the ICO's way: day 1 is the first working day after the date of receipt (weekends and GOV.UK's holidays skipped). */
function workingDay(receivedOn: string, n: number): string {
  const d = new Date(`${receivedOn}T12:00:00Z`);
  for (let left = n; left > 0; ) {
    d.setUTCDate(d.getUTCDate() + 1);
    const iso = d.toISOString().slice(0, 10);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !GOVUK_HOLIDAYS.includes(iso)) left--;
  }
  return d.toISOString().slice(0, 10);
}

const OPEN = `mutation($i: OpenCaseInput!) { openCase(input: $i) {
  id kind category concern raisedByRole handlerRole startDay acknowledgeBy respondBy stepDue clauses steps { handler workingDays } } }`;
const DRAFT = 'mutation($p: ID!) { startProtocolDraft(protocolId: $p) { id version } }';
const SAVE_DOC = 'mutation($v: ID!, $e: Int!, $d: JSON!) { saveDraftDocument(versionId: $v, expectedVersion: $e, document: $d) { version } }';
const ADOPT = 'mutation($id: ID!, $v: Int!, $i: AdoptInput!) { adoptProtocolVersion(id: $id, expectedVersion: $v, input: $i) { id status nextReviewDue } }';

const clauses = ['1', '2', '3', '4', '5'].map((n) => ({ id: `c${n}`, number: `${n}.`, text: `Clause ${n}.` }));
const roles = [
  { key: 'member', title: 'Member', kind: 'member', clauses: ['c1'] },
  { key: 'clerk', title: 'Town Clerk', kind: 'officer', clauses: ['c1'] },
  { key: 'chairman', title: 'Chairman', kind: 'member', clauses: ['c1'] },
  { key: 'full_council', title: 'Full Council', kind: 'body', clauses: ['c1'] },
  { key: 'political_assistant', title: 'Political Assistant', titleCy: 'Cynorthwyydd Gwleidyddol', kind: 'officer', builtIn: 'officer', clauses: ['c1'] },
];
const base = { format: 2, title: 'Member/Officer Protocol', clauses, roles, expectations: [], accessRules: [], disclosureExceptions: [], correspondenceRules: [], obligations: [], adviceRoutes: [] };

/** Kingsford's own words: two enquiry categories and a concern kind, routed two ways. */
const kingsfordDoc = {
  ...base,
  vocabulary: {
    concernKinds: [{ key: 'employee_grievance', title: 'Employee grievance', titleCy: 'Cwyn gan gyflogai' }],
    enquiryCategories: [
      { key: 'service_request', title: 'Service request', titleCy: 'Cais am wasanaeth' },
      { key: 'allotment_request', title: 'Allotment request' },
    ],
  },
  chains: [
    {
      id: 'informal',
      when: { raisedBy: 'member', description: 'Raised by a member' },
      concern: 'employee_grievance',
      severity: 'any',
      steps: [{ handledBy: { role: 'political_assistant' }, action: 'raise_concern', description: 'Raised with the assistant.', workingDays: 5, clauses: ['c2'] }],
      clauses: ['c2'],
    },
    {
      id: 'formal',
      when: { seeks: 'formal grievance', description: 'A formal grievance' },
      concern: 'employee_grievance',
      severity: 'any',
      steps: [{ handledBy: { role: 'chairman' }, action: 'formal_complaint', description: 'A formal grievance to the Chairman.', workingDays: 10, clauses: ['c3'] }],
      clauses: ['c3'],
    },
  ],
  responseStandards: [
    { category: 'service_request', handledBy: { role: 'clerk' }, acknowledgeWithinDays: 2, respondWithinDays: 5, escalateTo: [], description: 'Service requests.', clauses: ['c4'] },
    { category: '*', handledBy: { role: 'clerk' }, acknowledgeWithinDays: 1, respondWithinDays: 10, escalateTo: [], description: 'Every other enquiry.', clauses: ['c5'] },
  ],
  review: { clauses: [] },
};

/** Eastvale's own words, which are not Kingsford's. */
const eastvaleDoc = {
  ...base,
  vocabulary: { concernKinds: [{ key: 'planning_dispute', title: 'Planning dispute' }], enquiryCategories: [{ key: 'licensing', title: 'Licensing' }] },
  chains: [{ concern: 'planning_dispute', severity: 'any', steps: [{ handledBy: { role: 'clerk' }, action: 'raise_concern', description: 'To the clerk.', clauses: ['c2'] }], clauses: ['c2'] }],
  responseStandards: [{ category: 'licensing', handledBy: { role: 'clerk' }, respondWithinDays: 10, escalateTo: [], description: 'Licensing.', clauses: ['c4'] }],
  review: { clauses: [] },
};

describe('cases in the council\'s own vocabulary; adoption keeps or asks the review date', () => {
  let stack: Stack;
  let kingsford: { token: string };
  let eastvale: { token: string };
  let ashbury: { token: string };
  let admin: { token: string };
  let k: string;
  let e: string;

  /** Enters a whole document as a new draft of the council's protocol; the draft's id and version. */
  const draftOf = async (councilId: string, who: { token: string }, doc: object) => {
    const p = (await gql(stack.baseUrl, 'query($c: ID!) { protocol(councilId: $c) { id } }', { c: councilId }, who)).data.protocol;
    const draft = (await gql(stack.baseUrl, DRAFT, { p: p.id }, who)).data.startProtocolDraft;
    const saved = await gql(stack.baseUrl, SAVE_DOC, { v: draft.id, e: draft.version, d: doc }, who);
    expect(saved.errors).toBeUndefined();
    return { id: draft.id as string, version: saved.data.saveDraftDocument.version as number };
  };
  /** Adopts the document; a refused draft is discarded (the draft is left as it was, which the caller has checked). */
  const adopt = async (councilId: string, who: { token: string }, doc: object, input: object) => {
    const draft = await draftOf(councilId, who, doc);
    const res = await gql(stack.baseUrl, ADOPT, { id: draft.id, v: draft.version, i: input }, who);
    if (res.errors) {
      expect((await stack.db.admin.query(`SELECT status FROM protocol_versions WHERE id = $1`, [draft.id])).rows[0].status).toBe('draft');
      expect((await gql(stack.baseUrl, 'mutation($v: ID!, $e: Int!) { discardDraft(versionId: $v, expectedVersion: $e) }', { v: draft.id, e: draft.version }, who)).errors).toBeUndefined();
    }
    return res;
  };

  beforeAll(async () => {
    stack = await startStack();
    [kingsford, eastvale, ashbury, admin] = await Promise.all(
      ['clerk.kingsford@accord.example', 'clerk.eastvale@accord.example', 'clerk.ashbury@accord.example', 'admin@accord.example'].map((m) => signIn(stack.baseUrl, m)),
    );
    k = stack.db.councils.kingsford;
    e = stack.db.councils.eastvale;
    // In force from 2025 (after the seed's 2024 version), so the receipts below fall under it.
    for (const [c, who, doc] of [[k, kingsford, kingsfordDoc], [e, eastvale, eastvaleDoc]] as const) {
      const res = await adopt(c, who, doc, { adoptedOn: '2025-01-01', keepNextReviewDue: true });
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(() => stack.stop());

  const enquiry = (category: string, receivedAt: string, extra: object = {}) => ({
    councilId: k, kind: 'ENQUIRY', category, raisedByRole: 'member', raisedByName: 'Cllr Test', subject: `Enquiry ${category}`, receivedAt, ...extra,
  });

  test('GOV.UK\'s list holds the holidays the expected dates skip (when ../shared has it)', () => {
    const file = path.join(__dirname, '..', '..', '..', 'shared', 'reference', 'bank-holidays-england-and-wales.json');
    if (!existsSync(file)) return;
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const events: { date: string }[] = json.events ?? json['england-and-wales']?.events ?? [];
    const dates = new Set(events.map((x) => x.date));
    expect(GOVUK_HOLIDAYS.filter((d) => !dates.has(d))).toEqual([]);
  });

  test.each([
    // Thursday before Easter 2026: Good Friday 3 April and Easter Monday 6 April skipped; day 1 is Tuesday 7 April.
    ['an own category with its own standard (either case in)', 'SERVICE_REQUEST', 'service_request', '2026-04-02T09:00:00Z', '2026-04-02', 2, 5, ['c4']],
    ['an own category with no standard of its own: the "*" standard', 'allotment_request', 'allotment_request', '2026-04-02T09:00:00Z', '2026-04-02', 1, 10, ['c5']],
    // Christmas Eve 2025: Christmas, Boxing Day and New Year's Day skipped; day 1 is Monday 29 December.
    ['a built-in category the protocol sets no standard for: the "*" standard', 'WARD_MATTER', 'ward_matter', '2025-12-24T10:00:00Z', '2025-12-24', 1, 10, ['c5']],
    ['the own category over Christmas', 'service_request', 'service_request', '2025-12-24T10:00:00Z', '2025-12-24', 2, 5, ['c4']],
  ])('%s: deadlines from its standard over GOV.UK\'s bank holidays', async (_why, sent, stored, receivedAt, receivedOn, ack, respond, cited) => {
    const res = await gql(stack.baseUrl, OPEN, { i: enquiry(sent, receivedAt) }, kingsford);
    expect(res.errors).toBeUndefined();
    expect(res.data.openCase).toMatchObject({
      category: stored,
      raisedByRole: 'member',
      handlerRole: 'clerk',
      startDay: receivedOn,
      acknowledgeBy: workingDay(receivedOn, ack),
      respondBy: workingDay(receivedOn, respond),
      clauses: cited,
    });
  });

  test('the questions integrations ask take the same own words: responseDeadlines and escalationRoute agree with the cases; another council\'s words are refused', async () => {
    const DEADLINES = 'query($c: ID!, $cat: EnquiryCategoryKey!, $at: DateTime!) { responseDeadlines(councilId: $c, category: $cat, receivedAt: $at) { acknowledgeBy respondBy } }';
    const own = await gql(stack.baseUrl, DEADLINES, { c: k, cat: 'SERVICE_REQUEST', at: '2026-04-02T09:00:00Z' }, kingsford);
    expect(own.errors).toBeUndefined();
    expect(own.data.responseDeadlines).toEqual({ acknowledgeBy: workingDay('2026-04-02', 2), respondBy: workingDay('2026-04-02', 5) });
    const every = await gql(stack.baseUrl, DEADLINES, { c: k, cat: 'allotment_request', at: '2025-12-24T10:00:00Z' }, kingsford);
    expect(every.data.responseDeadlines).toEqual({ acknowledgeBy: workingDay('2025-12-24', 1), respondBy: workingDay('2025-12-24', 10) });
    expect([codeOf(await gql(stack.baseUrl, DEADLINES, { c: k, cat: 'licensing', at: '2026-04-02T09:00:00Z' }, kingsford))]).toEqual(['BAD_USER_INPUT']);
    const ROUTE = 'query($c: ID!, $k: VocabularyKey!, $by: VocabularyKey) { escalationRoute(councilId: $c, concern: $k, raisedBy: $by) { chain { id } steps { handler } } }';
    const route = await gql(stack.baseUrl, ROUTE, { c: k, k: 'EMPLOYEE_GRIEVANCE', by: 'member' }, kingsford);
    expect(route.errors).toBeUndefined();
    expect(route.data.escalationRoute).toEqual({ chain: { id: 'informal' }, steps: [{ handler: 'political_assistant' }] });
    expect(codeOf(await gql(stack.baseUrl, ROUTE, { c: k, k: 'planning_dispute' }, kingsford))).toBe('BAD_USER_INPUT');
  });

  test('the expected dates, written out: Easter 2026 and Christmas 2025', () => {
    expect([workingDay('2026-04-02', 2), workingDay('2026-04-02', 5), workingDay('2025-12-24', 1), workingDay('2025-12-24', 10)]).toEqual(['2026-04-08', '2026-04-13', '2025-12-29', '2026-01-12']);
  });

  test('a concern of an own kind follows its chain: chosen by who raised it, or by the chainId given when the protocol gives several', async () => {
    const concern = (extra: object) => ({ councilId: k, kind: 'CONCERN', concern: 'EMPLOYEE_GRIEVANCE', raisedByName: 'Someone', subject: 'Grievance', receivedAt: '2026-04-02T09:00:00Z', ...extra });
    const byMember = await gql(stack.baseUrl, OPEN, { i: concern({ raisedByRole: 'MEMBER' }) }, kingsford);
    expect(byMember.errors).toBeUndefined();
    // The council's own role handles it, written in lower case.
    expect(byMember.data.openCase).toMatchObject({ concern: 'employee_grievance', handlerRole: 'political_assistant', stepDue: workingDay('2026-04-02', 5), clauses: ['c2'] });
    // Raised by the clerk: the informal route does not fit and the formal one depends on what is sought.
    const unsure = await gql(stack.baseUrl, OPEN, { i: concern({ raisedByRole: 'clerk' }) }, kingsford);
    expect([codeOf(unsure), fieldOf(unsure)]).toEqual(['BAD_USER_INPUT', 'chainId']);
    expect(unsure.errors![0].message).toContain('formal');
    const chosen = await gql(stack.baseUrl, OPEN, { i: concern({ raisedByRole: 'clerk', chainId: 'FORMAL' }) }, kingsford);
    expect(chosen.errors).toBeUndefined();
    expect(chosen.data.openCase).toMatchObject({ handlerRole: 'chairman', stepDue: workingDay('2026-04-02', 10), clauses: ['c3'] });
    const wrong = await gql(stack.baseUrl, OPEN, { i: concern({ raisedByRole: 'clerk', chainId: 'nonexistent' }) }, kingsford);
    expect([codeOf(wrong), fieldOf(wrong)]).toEqual(['BAD_USER_INPUT', 'chainId']);
    // Read back: the case list gives the own words in lower case too.
    const listed = await gql(stack.baseUrl, 'query($c: ID!) { cases(filter: { councilId: $c, handlerRole: POLITICAL_ASSISTANT }) { items { concern handlerRole steps { handler } } } }', { c: k }, kingsford);
    expect(listed.errors).toBeUndefined();
    expect(listed.data.cases.items).toEqual([{ concern: 'employee_grievance', handlerRole: 'political_assistant', steps: [{ handler: 'political_assistant' }] }]);
  });

  test.each<[string, object, string, RegExp]>([
    ['another council\'s own category', { category: 'licensing' }, 'category', /"licensing" is not an enquiry category of the protocol in force: see builtInVocabulary and the protocol's own \("vocabulary\.enquiryCategories"\)/],
    ['another council\'s own concern kind', { kind: 'CONCERN', category: null, concern: 'PLANNING_DISPUTE' }, 'concern', /"planning_dispute" is not a concern kind of the protocol in force: see builtInVocabulary/],
    ['a category nobody defines', { category: 'parking' }, 'category', /"parking" is not an enquiry category/],
    ['a role neither built in nor the protocol\'s', { raisedByRole: 'deputy_gardener' }, 'raisedByRole', /is not a role/],
  ])('refused, naming the key and where to look, nothing written: %s', async (_why, extra, field, message) => {
    const before = (await stack.db.admin.query('SELECT count(*)::int AS n FROM cases')).rows[0].n;
    const res = await gql(stack.baseUrl, OPEN, { i: enquiry('service_request', '2026-04-02T09:00:00Z', extra) }, kingsford);
    expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', field]);
    expect(res.errors![0].message).toMatch(message);
    expect(res.errors![0].message.length).toBeLessThan(160);
    expect((await stack.db.admin.query('SELECT count(*)::int AS n FROM cases')).rows[0].n).toBe(before);
  });

  test('Eastvale opens cases in its own words, which Kingsford cannot', async () => {
    const res = await gql(stack.baseUrl, OPEN, { i: { ...enquiry('LICENSING', '2026-04-02T09:00:00Z'), councilId: e } }, eastvale);
    expect(res.errors).toBeUndefined();
    expect(res.data.openCase.category).toBe('licensing');
  });

  test('the built-in words are listed where the refusal says to look', async () => {
    const res = await gql(stack.baseUrl, '{ builtInVocabulary { roles concernKinds enquiryCategories } }', {}, kingsford);
    expect(res.errors).toBeUndefined();
    expect(res.data.builtInVocabulary.enquiryCategories).toContain('WARD_MATTER');
    expect(res.data.builtInVocabulary.concernKinds).not.toContain('EMPLOYEE_GRIEVANCE');
  });

  test('isolation with real ids: Kingsford\'s clerk cannot open a case at Eastvale, read its case or adopt its draft', async () => {
    const opened = await gql(stack.baseUrl, OPEN, { i: { ...enquiry('licensing', '2026-04-02T09:00:00Z'), councilId: e } }, kingsford);
    expect(codeOf(opened)).toBe('NOT_FOUND');
    const theirs = (await stack.db.admin.query(`SELECT id FROM cases WHERE council_id = $1 AND category = 'licensing' LIMIT 1`, [e])).rows[0].id;
    expect(codeOf(await gql(stack.baseUrl, 'query($id: ID!) { case(id: $id) { id category } }', { id: theirs }, kingsford))).toBe('NOT_FOUND');
    const draft = await draftOf(e, eastvale, eastvaleDoc);
    expect(codeOf(await gql(stack.baseUrl, ADOPT, { id: draft.id, v: draft.version, i: { keepNextReviewDue: true } }, kingsford))).toBe('NOT_FOUND');
    const still = (await stack.db.admin.query(`SELECT status FROM protocol_versions WHERE id = $1`, [draft.id])).rows[0].status;
    expect(still).toBe('draft');
    expect((await gql(stack.baseUrl, 'mutation($v: ID!, $e: Int!) { discardDraft(versionId: $v, expectedVersion: $e) }', { v: draft.id, e: draft.version }, eastvale)).errors).toBeUndefined();
  });

  describe('adoption keeps or asks the next review date (Ashbury)', () => {
    const TYPED = '2027-03-31';
    const IN_FORCE = '2027-05-31';
    const council = async () =>
      (await gql(stack.baseUrl, 'query($c: ID!) { council(id: $c) { version nextReviewDue } }', { c: stack.db.councils.ashbury }, admin)).data.council as { version: number; nextReviewDue: string | null };
    /** The council's date as it stands before adopting: typed on the council, the one the version in force set, or none. */
    const arrange = async (state: 'typed' | 'in_force' | 'none') => {
      const c = stack.db.councils.ashbury;
      // As the last adoption or reaffirmation leaves it: the council's date is the version in force's.
      await stack.db.admin.query(`UPDATE protocol_versions SET next_review_due = $2 WHERE status = 'adopted' AND protocol_id IN (SELECT id FROM protocols WHERE council_id = $1 AND NOT is_model)`, [c, IN_FORCE]);
      await stack.db.admin.query(`UPDATE councils SET next_review_due = $2 WHERE id = $1`, [c, IN_FORCE]);
      if (state === 'in_force') return;
      // Then typed on the council (or cleared) through the API, as a clerk or monitoring officer would.
      const now = await council();
      const res = await gql(stack.baseUrl, 'mutation($id: ID!, $v: Int!, $d: LocalDate) { updateCouncil(id: $id, expectedVersion: $v, input: { nextReviewDue: $d }) { nextReviewDue } }', { id: c, v: now.version, d: state === 'typed' ? TYPED : null }, admin);
      expect(res.errors).toBeUndefined();
    };
    const every24 = { ...eastvaleDoc, review: { reviewEveryMonths: 24, clauses: [] } }; // adopted 2026-12-01 → 2028-12-01
    const noPeriod = { ...eastvaleDoc, review: { clauses: [] } };

    test.each<[string, 'typed' | 'in_force' | 'none', object, object, string | null | 'BAD_USER_INPUT']>([
      ['no period in the schedule: the typed date is kept', 'typed', noPeriod, {}, TYPED],
      ['no period, the date the last adoption set: kept', 'in_force', noPeriod, {}, IN_FORCE],
      ['no period, told to take the schedule\'s: nothing to take, the date is not dropped', 'typed', noPeriod, { keepNextReviewDue: false }, TYPED],
      ['a typed date and a schedule that computes another: asked (BAD_USER_INPUT)', 'typed', every24, {}, 'BAD_USER_INPUT'],
      ['... kept when asked to keep it', 'typed', every24, { keepNextReviewDue: true }, TYPED],
      ['... the schedule\'s when told not to keep it', 'typed', every24, { keepNextReviewDue: false }, '2028-12-01'],
      ['... a date given wins', 'typed', every24, { nextReviewDue: '2028-02-29' }, '2028-02-29'],
      ['the date the last adoption set: the new version starts its own cycle', 'in_force', every24, {}, '2028-12-01'],
      ['... unless asked to keep it', 'in_force', every24, { keepNextReviewDue: true }, IN_FORCE],
      ['no date held: the schedule\'s', 'none', every24, {}, '2028-12-01'],
      ['no date held and no period: none', 'none', noPeriod, {}, null],
    ])('%s', async (_why, state, doc, input, expected) => {
      await arrange(state);
      const before = await council();
      const res = await adopt(stack.db.councils.ashbury, ashbury, doc, { adoptedOn: '2026-12-01', ...input });
      if (expected === 'BAD_USER_INPUT') {
        expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', 'keepNextReviewDue']);
        expect(res.errors![0].message).toBe(`keepNextReviewDue: the council's next review date is ${TYPED}, this version's schedule gives 2028-12-01: say keepNextReviewDue or nextReviewDue`);
        expect(res.errors![0].extensions).toMatchObject({ council: TYPED, schedule: '2028-12-01' });
        // Nothing changed: the draft is still a draft, the council's date as it was.
        expect((await council()).nextReviewDue).toBe(before.nextReviewDue);
        return;
      }
      expect(res.errors).toBeUndefined();
      expect(res.data.adoptProtocolVersion).toMatchObject({ status: 'ADOPTED', nextReviewDue: expected });
      expect((await council()).nextReviewDue).toBe(expected);
    });

    test('the refusal is in Welsh when asked in Welsh', async () => {
      await arrange('typed');
      const draft = await draftOf(stack.db.councils.ashbury, ashbury, every24);
      const http = await fetch(`${stack.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ashbury.token}`, 'accept-language': 'cy' },
        body: JSON.stringify({ query: ADOPT, variables: { id: draft.id, v: draft.version, i: { adoptedOn: '2026-12-01' } } }),
      });
      const res = (await http.json()) as GqlResult;
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toContain('dyddiad adolygu nesaf y cyngor yw 2027-03-31');
      await gql(stack.baseUrl, 'mutation($v: ID!, $e: Int!) { discardDraft(versionId: $v, expectedVersion: $e) }', { v: draft.id, e: draft.version }, ashbury);
    });
  });
});
