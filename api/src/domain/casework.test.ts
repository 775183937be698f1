import { confidentialReach, mayReadCase, nextStep, planCase, plannedReminders, transition, workingDaysBefore, type CaseAction, type CaseKind, type CaseStatus } from './casework';
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
  test.each<[string, string, CalendarSpec, boolean, string, string | null, string | null]>([
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
    ['received on a Saturday counts from Monday', '2026-11-28T10:00:00Z', england, false, '2026-11-30', '2026-12-02', '2026-12-14'],
  ])('%s', (_name, at, calendar, urgent, start, ack, respond) => {
    const r = planCase({ kind: 'enquiry', category: 'ward_matter', severity: 'any', receivedAt: new Date(at), urgent }, { standards, chains }, calendar);
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
