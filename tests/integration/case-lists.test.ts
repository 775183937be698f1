import { startStack, type Stack } from '../support/stack';
import { countStatements } from '../support/statements';
import { codeOf, fieldOf, gql, signIn } from '../support/graphql';

/** What the admin's casework screens ask: cases sorted and filtered by deadline, edits with expectedVersion, and the dashboard in one request. */

const OPEN = 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference status version acknowledgeBy respondBy stepDue nextDeadline } }';
const LIST = `query($f: CaseFilter, $s: CaseSort, $o: Int! = 0, $l: Int! = 25) {
  cases(filter: $f, sort: $s, offset: $o, limit: $l) { totalCount items { reference subject status nextDeadline } } }`;
const MOVE = 'mutation($id: ID!, $a: CaseAction!, $v: Int!) { moveCase(id: $id, action: $a, expectedVersion: $v) { status version nextDeadline } }';
const UPDATE = 'mutation($id: ID!, $v: Int!, $i: UpdateCaseInput!) { updateCase(id: $id, expectedVersion: $v, input: $i) { subject raisedByEmail version events { kind note } } }';
const DASH = `query($d: LocalDate, $s: DashboardCouncilSort, $f: DashboardCouncilFilter, $l: Int! = 25) { dashboard(today: $d) {
  councilCount total { openCases overdue dueToday dueThisWeek unreadNotifications casesPastDeadline }
  reviewStatus { overdue dueSoon current none }
  rows(sort: $s, filter: $f, limit: $l) { totalCount items { name nextReviewDue reviewStatus openCases overdue dueToday dueThisWeek council { slug } } } } }`;

describe('case lists, case edits and the dashboard rows', () => {
  let stack: Stack;
  let ashbury: { token: string };
  let glanmor: { token: string };
  let mo: { token: string };
  const opened: Record<string, { id: string; version: number; reference: string; acknowledgeBy: string; respondBy: string; nextDeadline: string }> = {};
  const ward = (subject: string, receivedAt: string) => ({
    councilId: stack.db.councils.ashbury,
    kind: 'ENQUIRY',
    category: 'WARD_MATTER',
    raisedByRole: 'MEMBER',
    raisedByName: 'Cllr Anna Shaw',
    receivedAt,
    subject,
  });

  beforeAll(async () => {
    stack = await startStack();
    ashbury = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    glanmor = await signIn(stack.baseUrl, 'clerk.glanmor@accord.example');
    mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');
    // Ashbury's ward matters: acknowledge in 2 working days, respond in 10 (clause 106).
    for (const [key, subject, at] of [
      ['aug', 'Blocked drain on Mill Lane', '2026-08-28T09:00:00Z'], // day 0 Fri 28 Aug: ack Wed 2 Sep, respond Mon 14 Sep
      ['sep', 'Street light out', '2026-09-07T09:00:00Z'], // day 0 Mon 7 Sep: ack Wed 9 Sep, respond Mon 21 Sep
      ['oct', 'Overgrown hedge', '2026-10-05T09:00:00Z'], // day 0 Mon 5 Oct: ack Wed 7 Oct, respond Mon 19 Oct
    ] as const) {
      const res = await gql(stack.baseUrl, OPEN, { i: ward(subject, at) }, ashbury);
      expect(res.errors).toBeUndefined();
      opened[key] = res.data.openCase;
    }
  });
  afterAll(() => stack.stop());

  test('a live case\'s next deadline is its acknowledgement, then its response; the list sorts and filters by it', async () => {
    expect(opened.aug).toMatchObject({ acknowledgeBy: '2026-09-02', respondBy: '2026-09-14', nextDeadline: '2026-09-02' });
    const acked = await gql(stack.baseUrl, MOVE, { id: opened.aug.id, a: 'ACKNOWLEDGE', v: opened.aug.version }, ashbury);
    expect(acked.data.moveCase).toMatchObject({ status: 'ACKNOWLEDGED', nextDeadline: '2026-09-14' });

    const soonest = await gql(stack.baseUrl, LIST, { s: { field: 'NEXT_DEADLINE', direction: 'ASC' } }, ashbury);
    expect(soonest.errors).toBeUndefined();
    expect(soonest.data.cases.items.map((c: any) => [c.subject, c.nextDeadline])).toEqual([
      ['Street light out', '2026-09-09'],
      ['Blocked drain on Mill Lane', '2026-09-14'],
      ['Overgrown hedge', '2026-10-07'],
    ]);
    const latest = await gql(stack.baseUrl, LIST, { s: { field: 'NEXT_DEADLINE', direction: 'DESC' }, l: 1 }, ashbury);
    expect(latest.data.cases).toMatchObject({ totalCount: 3, items: [{ subject: 'Overgrown hedge' }] });

    // Past a deadline on 10 September: the September enquiry (not acknowledged by the 9th); the August one is acknowledged and due on the 14th.
    const overdue = await gql(stack.baseUrl, LIST, { f: { overdueOn: '2026-09-10' } }, ashbury);
    expect(overdue.data.cases.items.map((c: any) => c.subject)).toEqual(['Street light out']);
    const week = await gql(stack.baseUrl, LIST, { f: { dueFrom: '2026-09-10', dueTo: '2026-09-17' } }, ashbury);
    expect(week.data.cases.items.map((c: any) => c.subject)).toEqual(['Blocked drain on Mill Lane']);
    const found = await gql(stack.baseUrl, LIST, { f: { search: 'HEDGE' } }, ashbury);
    expect(found.data.cases.items.map((c: any) => c.reference)).toEqual([opened.oct.reference]);
    const bySubject = await gql(stack.baseUrl, LIST, { s: { field: 'SUBJECT', direction: 'ASC' } }, ashbury);
    expect(bySubject.data.cases.items.map((c: any) => c.subject)).toEqual(['Blocked drain on Mill Lane', 'Overgrown hedge', 'Street light out']);
    expect(codeOf(await gql(stack.baseUrl, LIST, { f: { dueFrom: '10/09/2026' } }, ashbury))).toBe('BAD_USER_INPUT');
    // Another council's clerk sees none of them.
    expect((await gql(stack.baseUrl, LIST, { f: { search: 'hedge' } }, glanmor)).data.cases.totalCount).toBe(0);
  });

  test('updateCase checks its fields as openCase does, keeps the deadlines, and a stale version is a CONFLICT', async () => {
    const c = opened.oct;
    const blank = await gql(stack.baseUrl, UPDATE, { id: c.id, v: c.version, i: { subject: '  ' } }, ashbury);
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    expect(fieldOf(blank)).toBe('subject');
    expect(blank.errors![0].message).toBe('subject: must be 1 to 200 characters');
    const badEmail = await gql(stack.baseUrl, UPDATE, { id: c.id, v: c.version, i: { raisedByEmail: 'not-an-address' } }, ashbury);
    expect(fieldOf(badEmail)).toBe('raisedByEmail');
    const badOpen = await gql(stack.baseUrl, OPEN, { i: { ...ward('x', '2026-10-05T09:00:00Z'), raisedByEmail: 'not-an-address' } }, ashbury);
    expect(badOpen.errors![0].message).toBe(badEmail.errors![0].message);

    const ok = await gql(stack.baseUrl, UPDATE, { id: c.id, v: c.version, i: { subject: 'Overgrown hedge on Church Walk', raisedByEmail: 'Anna.Shaw@Ashbury.example' } }, ashbury);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.updateCase).toMatchObject({ subject: 'Overgrown hedge on Church Walk', raisedByEmail: 'anna.shaw@ashbury.example', version: c.version + 1 });
    expect(ok.data.updateCase.events.at(-1)).toEqual({ kind: 'note', note: 'Details changed: subject, raisedByEmail' });
    const stale = await gql(stack.baseUrl, UPDATE, { id: c.id, v: c.version, i: { subject: 'Someone else' } }, ashbury);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions).toMatchObject({ expectedVersion: c.version, actualVersion: c.version + 1 });
    const deadlines = await gql(stack.baseUrl, 'query($id: ID!) { case(id: $id) { acknowledgeBy respondBy subject } }', { id: c.id }, ashbury);
    expect(deadlines.data.case).toEqual({ acknowledgeBy: '2026-10-07', respondBy: '2026-10-19', subject: 'Overgrown hedge on Church Walk' });
    // Another council's clerk: the case does not exist for them.
    expect(codeOf(await gql(stack.baseUrl, UPDATE, { id: c.id, v: c.version + 1, i: { subject: 'x' } }, glanmor))).toBe('NOT_FOUND');
  });

  test('the dashboard counts a clerk\'s deadlines by day, with unread notifications and the review status', async () => {
    await stack.db.admin.query(
      `INSERT INTO notifications (council_id, kind, subject, body, dedupe_key) VALUES ($1, 'review_due', 'Review due', 'Please review', 'test:unread')`,
      [stack.db.councils.ashbury],
    );
    // On 9 September: the September enquiry is due today (acknowledge), the August one this week (respond by the 14th), the October one later.
    const res = await gql(stack.baseUrl, DASH, { d: '2026-09-09' }, ashbury);
    expect(res.errors).toBeUndefined();
    const d = res.data.dashboard;
    expect(d.total).toMatchObject({ openCases: 3, overdue: 0, dueToday: 1, dueThisWeek: 1, unreadNotifications: 1 });
    expect(d.rows).toMatchObject({ totalCount: 1, items: [{ name: 'Ashbury Borough Council', council: { slug: 'ashbury' }, dueToday: 1, dueThisWeek: 1 }] });
    const later = (await gql(stack.baseUrl, DASH, { d: '2026-09-15' }, ashbury)).data.dashboard.total;
    expect(later).toMatchObject({ overdue: 2, dueToday: 0, dueThisWeek: 0 });
    // The dashboard's overdue count is what the overdue filter lists.
    expect((await gql(stack.baseUrl, LIST, { f: { overdueOn: '2026-09-15' } }, ashbury)).data.cases.totalCount).toBe(later.overdue);
  });

  test('the monitoring officer\'s rows: every council in the tree with its review status, sorted and filtered, nothing outside it', async () => {
    const today = new Date().toISOString().slice(0, 10);
    // The demo states no review dates its texts do not give: this test sets Cwmbran's 17 days ahead and Torfaen's 240.
    await stack.db.admin.query(`UPDATE councils SET next_review_due = current_date + 17 WHERE id = $1`, [stack.db.councils.cwmbran]);
    await stack.db.admin.query(`UPDATE councils SET next_review_due = current_date + 240 WHERE id = $1`, [stack.db.councils.torfaen]);
    const res = await gql(stack.baseUrl, DASH, { s: { field: 'NEXT_REVIEW_DUE', direction: 'ASC' } }, mo);
    expect(res.errors).toBeUndefined();
    const d = res.data.dashboard;
    expect(d.councilCount).toBe(2);
    expect(d.rows.totalCount).toBe(2);
    expect(d.rows.items.map((r: any) => [r.name, r.reviewStatus])).toEqual([
      ['Cwmbran Community Council', 'DUE_SOON'],
      ['Torfaen County Borough Council', 'CURRENT'],
    ]);
    expect(d.rows.items.every((r: any) => r.nextReviewDue > today)).toBe(true);
    expect(d.reviewStatus).toEqual({ overdue: 0, dueSoon: 1, current: 1, none: 0 });
    const desc = (await gql(stack.baseUrl, DASH, { s: { field: 'NAME', direction: 'DESC' } }, mo)).data.dashboard.rows.items.map((r: any) => r.council.slug);
    expect(desc).toEqual(['torfaen', 'cwmbran']);
    const dueOnly = (await gql(stack.baseUrl, DASH, { f: { reviewStatus: ['DUE_SOON', 'OVERDUE'] } }, mo)).data.dashboard.rows;
    expect(dueOnly.items.map((r: any) => r.council.slug)).toEqual(['cwmbran']);
    // A year on, both are overdue.
    const later = (await gql(stack.baseUrl, DASH, { d: '2030-01-01' }, mo)).data.dashboard.reviewStatus;
    expect(later).toEqual({ overdue: 2, dueSoon: 0, current: 0, none: 0 });
    expect(codeOf(await gql(stack.baseUrl, DASH, { l: 500 }, mo))).toBe('BAD_USER_INPUT');
  });

  test('the dashboard makes the same number of statements for 3 councils as for 200 (no query per council)', async () => {
    const spy = countStatements();
    try {
      const measure = async () => {
        spy.count = 0;
        const res = await gql(stack.baseUrl, DASH, { l: 200 }, mo);
        expect(res.errors).toBeUndefined();
        return { rows: res.data.dashboard.rows.items.length, statements: spy.count };
      };
      const small = await measure();
      await stack.db.admin.query(
        `INSERT INTO councils (name, slug, kind, nation, parent_id, next_review_due)
         SELECT 'Parish ' || i, 'parish-' || i, 'community', 'wales', $1, current_date + i FROM generate_series(1, 198) i`,
        [stack.db.councils.torfaen],
      );
      const large = await measure();
      expect(small.rows).toBe(2);
      expect(large.rows).toBe(200);
      expect(large.statements).toBe(small.statements);
      expect(small.statements).toBeLessThanOrEqual(8);
    } finally {
      spy.restore();
    }
  });
});
