import { confidentialReach, mayReadCase, nextStep, planCase, plannedReminders, standardDeadlines, transition, workingDaysBefore, type CaseAction, type CaseKind, type CaseStatus } from './casework';
import type { CalendarSpec } from './calendar';
import type { EscalationChain, ResponseStandard } from './protocol';

const standards: ResponseStandard[] = [
  { category: 'ward_matter', handler: 'democratic_services', acknowledgeWithinDays: 2, respondWithinDays: 10, escalateTo: ['director', 'chief_executive'], description: 'Ward', clauses: ['106'] },
  { category: 'complaint', handler: 'clerk', respondWithinDays: 20, urgent: { respondWithinDays: 5, description: 'Urgent' }, escalateTo: [], description: 'Complaints', clauses: ['12'] },
  { category: 'policy_matter', handler: 'clerk', acknowledgeWithinDays: 1, respondBeforeMeeting: true, escalateTo: [], description: 'Policy', clauses: ['13'] },
];
const chains: EscalationChain[] = [
  {
    concern: 'about_clerk',
    severity: 'any',
    about: 'clerk',
    clauses: ['15'],
    steps: [
      { handler: 'clerk', action: 'informal_discussion', description: 'Speak to the Clerk', workingDays: 5, notify: [], preconditions: [], clauses: ['15'] },
      { handler: 'chairman', action: 'investigate_and_report', description: 'The Chairman looks into it', workingDays: 10, notify: ['vice_chairman'], preconditions: [], clauses: ['15'] },
      { handler: 'full_council', action: 'decision', description: 'The Council decides', notify: [], preconditions: [], clauses: ['16'] },
    ],
  },
];
const england: CalendarSpec = { nation: 'england' };
const wales: CalendarSpec = { nation: 'wales' };
const scotland: CalendarSpec = { nation: 'scotland' };
const cutOff: CalendarSpec = { nation: 'england', cutOff: '16:00' };

describe('deadlines fixed at receipt', () => {
  test.each<[string, string, CalendarSpec, boolean, string, string | null, string | null, ('ico' | 'next_working_day')?]>([
    // Friday 28 August 2026, 10:00 London; Monday 31 August is the summer bank holiday in England and Wales.
    ['ward enquiry on the Friday before the August bank holiday, England', '2026-08-28T09:00:00Z', england, false, '2026-08-28', '2026-09-02', '2026-09-14'],
    ['the same in Wales', '2026-08-28T09:00:00Z', wales, false, '2026-08-28', '2026-09-02', '2026-09-14'],
    // Scotland's summer holiday was 3 August: 31 August is a working day there.
    ['the same in Scotland', '2026-08-28T09:00:00Z', scotland, false, '2026-08-28', '2026-09-01', '2026-09-11'],
    // Friday 27 November 2026: St Andrew's Day (Monday 30 November) is a holiday in Scotland only.
    ['before St Andrew\'s Day, Scotland', '2026-11-27T10:00:00Z', scotland, false, '2026-11-27', '2026-12-02', '2026-12-14'],
    ['before St Andrew\'s Day, England', '2026-11-27T10:00:00Z', england, false, '2026-11-27', '2026-12-01', '2026-12-11'],
    // Cut-off 16:00 London (15:00 UTC in November).
    ['before the cut-off counts from that day', '2026-11-24T14:59:00Z', cutOff, false, '2026-11-24', '2026-11-26', '2026-12-08'],
    ['after the cut-off counts from the next working day', '2026-11-24T16:30:00Z', cutOff, false, '2026-11-25', '2026-11-27', '2026-12-09'],
    // The ICO's reading (the default): the date of receipt is the Saturday, day 1 Monday 30 November.
    ['received on a Saturday: day 1 is Monday (ICO reading)', '2026-11-28T10:00:00Z', england, false, '2026-11-28', '2026-12-01', '2026-12-11'],
    // A standard that moves a receipt on a non-working day to the next working day: Monday is day 0.
    ['received on a Saturday under next_working_day: day 0 is Monday', '2026-11-28T10:00:00Z', england, false, '2026-11-30', '2026-12-02', '2026-12-14', 'next_working_day'],
    ['the two readings agree on a working day', '2026-11-27T10:00:00Z', england, false, '2026-11-27', '2026-12-01', '2026-12-11', 'next_working_day'],
    // (A rest parameter: jest would take an eighth declared parameter for a done callback.)
  ])('%s', (_name, at, calendar, urgent, start, ack, respond, ...convention) => {
    const receipt = convention[0];
    const own = receipt ? standards.map((s) => ({ ...s, receiptOnNonWorkingDay: receipt })) : standards;
    const r = planCase({ kind: 'enquiry', category: 'ward_matter', severity: 'any', receivedAt: new Date(at), urgent }, { standards: own, chains }, calendar);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([r.plan.startDay, r.plan.acknowledgeBy, r.plan.respondBy]).toEqual([start, ack, respond]);
    expect(r.plan.handler).toBe('democratic_services');
    expect(r.plan.steps.map((s) => s.handler)).toEqual(['democratic_services', 'director', 'chief_executive']);
    expect(r.plan.stepDue).toBe(respond);
  });

  test('urgent handling applies only when the standard has it', () => {
    const at = new Date('2026-11-23T10:00:00Z');
    const urgent = planCase({ kind: 'enquiry', category: 'complaint', severity: 'any', receivedAt: at, urgent: true }, { standards, chains }, england);
    const normal = planCase({ kind: 'enquiry', category: 'complaint', severity: 'any', receivedAt: at, urgent: false }, { standards, chains }, england);
    expect(urgent.ok && urgent.plan.respondBy).toBe('2026-11-30');
    expect(normal.ok && normal.plan.respondBy).toBe('2026-12-21');
    const ward = planCase({ kind: 'enquiry', category: 'ward_matter', severity: 'any', receivedAt: at, urgent: true }, { standards, chains }, england);
    expect(ward.ok && ward.plan.respondBy).toBe('2026-12-07');
  });

  // How each standard counts (issue 12 point 10): its unit, its own cut-off, urgent numbers in their own unit.
  const base = { handler: 'clerk' as const, escalateTo: [], description: 'x', clauses: ['1'] };
  test.each<[string, ResponseStandard, string, boolean, (string | null)[], string]>([
    ['hours: elapsed from the instant of receipt, weekend or not', { ...base, category: 'planning', acknowledgeWithinDays: 24, respondWithinDays: 72, unit: 'hours' },
      '2026-11-27T15:00:00Z', false, ['2026-11-28', '2026-11-30', '2026-11-28T15:00:00.000Z', '2026-11-30T15:00:00.000Z'], 'hours from the time of receipt'],
    ['calendar days from a Saturday (ICO reading)', { ...base, category: 'information_request', respondWithinDays: 20, unit: 'calendar_days' },
      '2026-11-28T10:00:00Z', false, [null, '2026-12-18', null, null], 'calendar days'],
    ['urgent numbers in hours under a working-day standard', { ...base, category: 'general_correspondence', respondWithinDays: 10, urgent: { respondWithinDays: 48, unit: 'hours', description: 'Urgent' } },
      '2026-11-23T10:00:00Z', true, [null, '2026-11-25', null, '2026-11-25T10:00:00.000Z'], 'urgent handling in hours'],
    ['... and the working days when not urgent', { ...base, category: 'general_correspondence', respondWithinDays: 10, urgent: { respondWithinDays: 48, unit: 'hours', description: 'Urgent' } },
      '2026-11-23T10:00:00Z', false, [null, '2026-12-07', null, null], 'working days; day 1'],
    ['the standard\'s own cut-off (12:00) instead of the council\'s', { ...base, category: 'complaint', respondWithinDays: 10, cutOff: '12:00' },
      '2026-11-23T13:00:00Z', false, [null, '2026-12-08', null, null], 'working days'],
  ])('standardDeadlines: %s', (_name, standard, at, urgent, [ack, respond, ackAt, respondAt], counting) => {
    const d = standardDeadlines(standard, new Date(at), urgent, england);
    expect([d.acknowledgeBy, d.respondBy, d.acknowledgeAt?.toISOString() ?? null, d.respondAt?.toISOString() ?? null]).toEqual([ack, respond, ackAt, respondAt]);
    expect(d.counting).toContain(counting);
    const plan = planCase({ kind: 'enquiry', category: standard.category, severity: 'any', receivedAt: new Date(at), urgent }, { standards: [standard], chains }, england);
    expect(plan.ok && plan.plan.respondBy).toBe(respond);
    // A step's workingDays only when the response is counted in working days.
    expect(plan.ok && plan.plan.steps[0].workingDays).toBe(d.unit === 'working_days' && !(urgent && standard.urgent?.unit) ? standard.respondWithinDays : null);
  });

  test('the council\'s cut-off applies unless the standard has its own', () => {
    const s: ResponseStandard = { ...base, category: 'complaint', respondWithinDays: 1 };
    const at = new Date('2026-11-23T13:00:00Z'); // Monday 13:00 GMT
    expect(standardDeadlines(s, at, false, cutOff)).toMatchObject({ startDay: '2026-11-23', respondBy: '2026-11-24', cutOff: '16:00' });
    expect(standardDeadlines({ ...s, cutOff: '12:00' }, at, false, cutOff)).toMatchObject({ startDay: '2026-11-24', respondBy: '2026-11-25', cutOff: '12:00' });
    expect(standardDeadlines(s, at, false, england)).toMatchObject({ cutOff: null, receipt: 'ico', unit: 'working_days' });
  });

  test('a concern counts its steps from the date of receipt by the ICO reading', () => {
    // Saturday 28 November 2026: day 1 of the Chairman's 10 working days is Monday 30 November.
    const r = planCase({ kind: 'concern', concern: 'about_clerk', about: 'clerk', severity: 'any', receivedAt: new Date('2026-11-28T10:00:00Z'), urgent: false }, { standards, chains }, england);
    expect(r.ok && [r.plan.startDay, r.plan.stepDue]).toEqual(['2026-11-28', '2026-12-11']);
  });

  test('the subject of a concern is not among the roles a step notifies', () => {
    const told: EscalationChain = { ...chains[0], steps: chains[0].steps.map((st, i) => (i === 1 ? { ...st, notify: ['clerk', 'vice_chairman'] } : st)) };
    const r = planCase({ kind: 'concern', concern: 'about_clerk', about: 'clerk', severity: 'any', receivedAt: new Date('2026-11-23T10:00:00Z'), urgent: false }, { standards, chains: [told] }, england);
    expect(r.ok && r.plan.steps[1].notify).toEqual(['vice_chairman']);
  });

  test('"before the relevant meeting": no respond-by date, the flag instead', () => {
    const r = planCase({ kind: 'enquiry', category: 'policy_matter', severity: 'any', receivedAt: new Date('2026-11-23T10:00:00Z'), urgent: false }, { standards, chains }, england);
    expect(r.ok && [r.plan.acknowledgeBy, r.plan.respondBy, r.plan.respondBeforeMeeting]).toEqual(['2026-11-24', null, true]);
  });

  test('a concern about the Clerk skips the Clerk and starts with the Chairman, due after that step\'s days', () => {
    const r = planCase({ kind: 'concern', concern: 'about_clerk', about: 'clerk', severity: 'any', receivedAt: new Date('2026-11-23T10:00:00Z'), urgent: false }, { standards, chains }, england);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.steps.map((s) => s.handler)).toEqual([null, 'chairman', 'full_council']);
    expect([r.plan.handler, r.plan.stepIndex, r.plan.stepDue]).toEqual(['chairman', 1, '2026-12-07']);
    expect(nextStep(r.plan.steps, 1, '2026-12-08', england)).toEqual({ step: r.plan.steps[2], due: null });
    expect(nextStep(r.plan.steps, 2, '2026-12-08', england)).toBeNull();
  });

  test.each<[string, object, string]>([
    ['an enquiry with no category', { kind: 'enquiry' }, 'category'],
    ['a category the protocol has no standard for', { kind: 'enquiry', category: 'planning' }, 'category'],
    ['a concern with no kind', { kind: 'concern' }, 'concern'],
    ['a concern the protocol has no chain for', { kind: 'concern', concern: 'confidentiality_breach' }, 'concern'],
  ])('refused: %s', (_name, q, field) => {
    const r = planCase({ severity: 'any', receivedAt: new Date('2026-11-23T10:00:00Z'), urgent: false, ...(q as { kind: CaseKind }) }, { standards, chains }, england);
    expect(r.ok ? null : r.field).toBe(field);
  });
});

describe('lifecycle', () => {
  test.each<[CaseKind, CaseStatus, CaseAction, CaseStatus | null]>([
    ['enquiry', 'open', 'acknowledge', 'acknowledged'],
    ['enquiry', 'open', 'respond', 'responded'],
    ['enquiry', 'acknowledged', 'respond', 'responded'],
    ['enquiry', 'responded', 'close', 'closed'],
    ['enquiry', 'open', 'close', null],
    ['enquiry', 'acknowledged', 'acknowledge', null],
    ['enquiry', 'closed', 'respond', null],
    ['enquiry', 'open', 'escalate', 'open'],
    ['enquiry', 'responded', 'escalate', null],
    ['concern', 'open', 'respond', null],
    ['concern', 'acknowledged', 'resolve', 'resolved'],
    ['concern', 'resolved', 'close', 'closed'],
    ['concern', 'closed', 'escalate', null],
    ['concern', 'acknowledged', 'escalate', 'acknowledged'],
  ])('%s %s → %s: %s', (kind, status, action, to) => {
    const t = transition(kind, status, action);
    expect(t.ok ? t.status : null).toBe(to);
    if (!t.ok) expect(t.reason).toMatch(kind);
  });
});

describe('reminders', () => {
  test.each<[string, string, number, CalendarSpec, string]>([
    ['two working days before a Wednesday', '2026-12-02', 2, england, '2026-11-30'],
    ['one working day before a Tuesday after a bank holiday Monday', '2026-09-01', 1, england, '2026-08-28'],
    ['zero days: the deadline itself', '2026-12-02', 0, england, '2026-12-02'],
    ['a deadline on a Saturday counts from Friday', '2026-11-28', 1, england, '2026-11-26'],
  ])('workingDaysBefore: %s', (_name, date, n, calendar, expected) => {
    expect(workingDaysBefore(date, n, calendar)).toBe(expected);
  });

  test('an open enquiry: reminders before, and escalation after, acknowledgement and response', () => {
    const r = planCase({ kind: 'enquiry', category: 'ward_matter', severity: 'any', receivedAt: new Date('2026-08-28T09:00:00Z'), urgent: false }, { standards, chains }, england);
    if (!r.ok) throw new Error(r.reason);
    const reminders = plannedReminders({ status: 'open', ...r.plan }, 1, england);
    expect(reminders.map((x) => [x.kind, x.sendOn, x.to])).toEqual([
      ['acknowledge_soon', '2026-09-01', 'democratic_services'],
      ['acknowledge_missed', '2026-09-03', 'director'],
      ['respond_soon', '2026-09-11', 'democratic_services'],
      ['respond_missed', '2026-09-15', 'director'],
    ]);
    expect(new Set(reminders.map((x) => x.key)).size).toBe(4);
    // Acknowledged: only the response reminders remain. Responded: none.
    expect(plannedReminders({ status: 'acknowledged', ...r.plan }, 1, england).map((x) => x.kind)).toEqual(['respond_soon', 'respond_missed']);
    expect(plannedReminders({ status: 'responded', ...r.plan }, 1, england)).toEqual([]);
    // Escalated while still unacknowledged: the acknowledgement reminders are the same ones (same keys), not new ones.
    const later = plannedReminders({ status: 'open', ...r.plan, stepIndex: 1, handler: 'director', stepDue: null }, 1, england);
    expect(later.filter((x) => x.kind.startsWith('acknowledge')).map((x) => x.key)).toEqual(reminders.filter((x) => x.kind.startsWith('acknowledge')).map((x) => x.key));
  });

  test('a concern at a step with a time limit is reminded at that step; a step without one is not', () => {
    const r = planCase({ kind: 'concern', concern: 'about_clerk', about: 'clerk', severity: 'any', receivedAt: new Date('2026-11-23T10:00:00Z'), urgent: false }, { standards, chains }, england);
    if (!r.ok) throw new Error(r.reason);
    expect(plannedReminders({ status: 'open', ...r.plan }, 2, england).map((x) => [x.kind, x.sendOn, x.to, x.key])).toEqual([
      ['step_soon', '2026-12-03', 'chairman', 'step_soon:1:2026-12-07'],
      ['step_missed', '2026-12-08', 'full_council', 'step_missed:1:2026-12-07'],
    ]);
    expect(plannedReminders({ status: 'open', ...r.plan, stepIndex: 2, handler: 'full_council', stepDue: null }, 2, england)).toEqual([]);
  });
});

describe('confidential casework', () => {
  const scope = (roles: Record<string, 'monitoring_officer' | 'clerk' | 'viewer'>, extra: { platformAdmin?: boolean; readOnly?: boolean } = {}) => ({
    platformAdmin: extra.platformAdmin ?? false,
    readOnly: extra.readOnly ?? false,
    roles: new Map(Object.entries(roles)),
  });

  test.each([
    ['monitoring_officer', 'confidential', true],
    ['clerk', 'confidential', true],
    ['clerk', 'exempt', true],
    ['viewer', 'public', true],
    ['viewer', 'confidential', false],
    ['viewer', 'employee_personal', false],
    [null, 'public', false],
  ] as const)('a %s reads a %s case: %s', (role, classification, expected) => {
    expect(mayReadCase(role, classification)).toBe(expected);
  });

  test.each([
    ['a clerk: their council', scope({ a: 'clerk' }), ['a']],
    ['a monitoring officer: every council in scope', scope({ a: 'monitoring_officer', b: 'monitoring_officer' }), ['a', 'b']],
    ['a viewer: none', scope({ a: 'viewer' }), []],
    ['a clerk here, a viewer there: here only', scope({ a: 'clerk', b: 'viewer' }), ['a']],
    ['an API key (read-only): none', scope({ a: 'viewer', b: 'viewer' }, { readOnly: true }), []],
    ['a read-only credential never reaches confidential cases, whatever role it carries', scope({ a: 'clerk' }, { readOnly: true }), []],
    ['a platform admin: everywhere (null)', scope({}, { platformAdmin: true }), null],
  ] as const)('%s', (_name, s, expected) => {
    expect(confidentialReach(s)).toEqual(expected);
  });
});
