/**
 * Casework: what a case's deadlines and route are, fixed from the protocol in
 * force at receipt, which transitions its lifecycle allows, and which reminders
 * it needs. Pure: the API and the worker store and send what this decides.
 */
import { addWorkingDays, countFrom, countStart, deadline, describeCounting, DEFAULT_RECEIPT, DEFAULT_UNIT, type CalendarSpec, type CountUnit, type IsoDate, type ReceiptConvention } from './calendar';
import { escalationRoute, type RouteRoles, type RouteStep } from './escalation';
import { standardFor, type Classification, type ConcernKind, type EnquiryCategory, type EscalationChain, type ResponseStandard, type RoleKey, type Severity } from './protocol';
import { handlerOf, leadRole } from './handlers';
import { roleAt, type MembershipRole, type Scope } from './access';

export const CASE_KINDS = ['enquiry', 'concern'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_STATUSES = ['open', 'acknowledged', 'responded', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_ACTIONS = ['acknowledge', 'respond', 'resolve', 'close', 'escalate'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Which statuses an action may start from, and where it leads (escalate keeps the status and moves the step on). */
const TRANSITIONS: Record<CaseAction, { from: readonly CaseStatus[]; to: CaseStatus | null; kinds: readonly CaseKind[] }> = {
  acknowledge: { from: ['open'], to: 'acknowledged', kinds: ['enquiry', 'concern'] },
  respond: { from: ['open', 'acknowledged'], to: 'responded', kinds: ['enquiry'] },
  resolve: { from: ['open', 'acknowledged'], to: 'resolved', kinds: ['enquiry', 'concern'] },
  close: { from: ['responded', 'resolved'], to: 'closed', kinds: ['enquiry', 'concern'] },
  escalate: { from: ['open', 'acknowledged'], to: null, kinds: ['enquiry', 'concern'] },
};

export type Transition = { ok: true; status: CaseStatus } | { ok: false; reason: string; why: 'kind' | 'status' };

/** The status after `action`, or why the action is not allowed now. */
export function transition(kind: CaseKind, status: CaseStatus, action: CaseAction): Transition {
  const t = TRANSITIONS[action];
  if (!t.kinds.includes(kind)) return { ok: false, why: 'kind', reason: `a ${kind} cannot be ${past(action)}` };
  if (!t.from.includes(status)) return { ok: false, why: 'status', reason: `a ${status} ${kind} cannot be ${past(action)}` };
  return { ok: true, status: t.to ?? status };
}

const past = (a: CaseAction) => ({ acknowledge: 'acknowledged', respond: 'responded to', resolve: 'resolved', close: 'closed', escalate: 'escalated' })[a];

/** One step of a case's route, as fixed at receipt. */
export interface CaseStep {
  index: number;
  /** Who handles it (null: the step does not apply to this case). */
  handler: RoleKey | null;
  action: string;
  workingDays: number | null;
  notify: RoleKey[];
  clauses: string[];
}

/** An enquiry's deadlines under its response standard, and how they were counted. */
export interface StandardDeadlines {
  /** Day 0: the date of receipt (ICO reading; may be a non-working day) or the working day it is moved to. */
  startDay: IsoDate;
  urgent: boolean;
  acknowledgeBy: IsoDate | null;
  respondBy: IsoDate | null;
  /** The instants, for a standard counted in hours. */
  acknowledgeAt: Date | null;
  respondAt: Date | null;
  receipt: ReceiptConvention;
  unit: CountUnit;
  /** The unit of the urgent numbers, when urgent handling applied with numbers of its own. */
  urgentUnit: CountUnit | null;
  /** The cut-off applied ('HH:MM', the standard's or else the council's), or null. */
  cutOff: string | null;
  /** The calendar the count used (the council's, with the standard's cut-off). */
  calendar: CalendarSpec;
  /** In words, e.g. "working days; day 1 is the first working day after the date of receipt …". */
  counting: string;
}

/**
 * When an enquiry under a response standard must be acknowledged and answered: urgent numbers when
 * asked for and given, counted by the standard's conventions (receipt on a non-working day, unit,
 * cut-off; the ICO's reading in working days with the council's cut-off by default).
 */
export function standardDeadlines(standard: ResponseStandard, receivedAt: Date, urgentAsked: boolean, council: CalendarSpec): StandardDeadlines {
  const calendar: CalendarSpec = standard.cutOff !== undefined ? { ...council, cutOff: standard.cutOff } : council;
  const receipt = standard.receiptOnNonWorkingDay ?? DEFAULT_RECEIPT;
  const unit = standard.unit ?? DEFAULT_UNIT;
  const urgent = urgentAsked && standard.urgent !== undefined;
  const pick = (own: number | undefined, base: number | undefined): [number | undefined, CountUnit] =>
    urgent && own !== undefined ? [own, standard.urgent!.unit ?? unit] : [base, unit];
  const [ack, ackUnit] = pick(standard.urgent?.acknowledgeWithinDays, standard.acknowledgeWithinDays);
  const [respond, respondUnit] = pick(standard.urgent?.respondWithinDays, standard.respondWithinDays);
  const ackBy = ack !== undefined ? deadline(receivedAt, ack, calendar, { receipt, unit: ackUnit }) : null;
  const respondBy = respond !== undefined ? deadline(receivedAt, respond, calendar, { receipt, unit: respondUnit }) : null;
  const urgentUnit = urgent && standard.urgent!.unit !== undefined && standard.urgent!.unit !== unit ? standard.urgent!.unit : null;
  const counting = describeCounting({ receipt, unit }) + (urgentUnit ? `; urgent handling in ${describeCounting({ receipt, unit: urgentUnit })}` : '');
  return {
    startDay: countStart(receivedAt, calendar, receipt),
    urgent,
    acknowledgeBy: ackBy?.date ?? null,
    respondBy: respondBy?.date ?? null,
    acknowledgeAt: ackBy?.at ?? null,
    respondAt: respondBy?.at ?? null,
    receipt,
    unit,
    urgentUnit,
    cutOff: calendar.cutOff ?? null,
    calendar,
    counting,
  };
}

export interface CasePlan {
  /** Day 0 of every count: the date of receipt (or the next working day, after the cut-off or under the next-working-day reading). */
  startDay: IsoDate;
  acknowledgeBy: IsoDate | null;
  respondBy: IsoDate | null;
  respondBeforeMeeting: boolean;
  /** Who handles the case now. */
  handler: RoleKey | null;
  /** The steps a case goes through: an enquiry's escalation list when late, a concern's chain. */
  steps: CaseStep[];
  /** The current step (the first that applies) and when its time runs out. */
  stepIndex: number;
  stepDue: IsoDate | null;
  clauses: string[];
}

export interface CaseQuestion {
  kind: CaseKind;
  category?: EnquiryCategory;
  concern?: ConcernKind;
  severity: Severity;
  about?: RoleKey;
  /** Who raised it (a role key), for chains that depend on it (format v2). */
  raisedBy?: RoleKey;
  /** The chain chosen, when the protocol gives several routes for the concern. */
  chainId?: string;
  receivedAt: Date;
  urgent: boolean;
}

export type PlanResult = { ok: true; plan: CasePlan } | { ok: false; field: string; reason: string; choices?: string[] };

/**
 * A case's deadlines and route from the protocol in force at receipt: for an
 * enquiry, its category's response standard (urgent handling when asked and
 * given); for a concern, its escalation chain, the first step that applies being
 * current, due after that step's working days when the protocol sets them.
 */
export function planCase(q: CaseQuestion, protocol: { standards: readonly ResponseStandard[]; chains: readonly EscalationChain[]; roles?: RouteRoles }, calendar: CalendarSpec): PlanResult {
  if (q.kind === 'enquiry') {
    if (!q.category) return { ok: false, field: 'category', reason: 'is required for an enquiry' };
    const standard = standardFor(protocol.standards, q.category);
    if (!standard) return { ok: false, field: 'category', reason: `the protocol has no response standard for ${q.category.replace(/_/g, ' ')} enquiries` };
    const d = standardDeadlines(standard, q.receivedAt, q.urgent, calendar);
    const ownUrgent = d.urgent && standard.urgent!.respondWithinDays !== undefined;
    const respond = ownUrgent ? standard.urgent!.respondWithinDays : standard.respondWithinDays;
    const respondUnit = ownUrgent ? (standard.urgent!.unit ?? d.unit) : d.unit;
    // A step's workingDays is a count of working days: a standard in other units leaves it unset (respondBy says when).
    const respondDays = respond !== undefined && respondUnit === 'working_days' ? respond : null;
    const steps: CaseStep[] = [
      { index: 0, handler: leadRole(handlerOf(standard)), action: 'respond', workingDays: respondDays, notify: [], clauses: standard.clauses },
      ...standard.escalateTo.map((role, i) => ({ index: i + 1, handler: role, action: 'escalation', workingDays: null, notify: [], clauses: standard.clauses })),
    ];
    const respondBy = d.respondBy;
    return {
      ok: true,
      plan: {
        startDay: d.startDay,
        acknowledgeBy: d.acknowledgeBy,
        respondBy,
        respondBeforeMeeting: standard.respondBeforeMeeting ?? false,
        handler: leadRole(handlerOf(standard)),
        steps,
        stepIndex: 0,
        stepDue: respondBy,
        clauses: standard.clauses,
      },
    };
  }
  if (!q.concern) return { ok: false, field: 'concern', reason: 'is required for a concern' };
  const route = escalationRoute(protocol.chains, { concern: q.concern, severity: q.severity, about: q.about, category: q.category, raisedBy: q.raisedBy, chainId: q.chainId }, protocol.roles);
  if (!route && q.chainId) return { ok: false, field: 'chainId', reason: `the protocol has no chain ${q.chainId} for this concern` };
  if (!route) return { ok: false, field: 'concern', reason: `the protocol has no escalation chain for ${q.concern.replace(/_/g, ' ')}${q.about ? ` about the ${q.about.replace(/_/g, ' ')}` : ''}` };
  if (!route.chain) return { ok: false, field: 'chainId', reason: 'the protocol gives several routes for this concern; ask escalationRoute for the choices', choices: route.choices.map((c) => c.chainId ?? '').filter(Boolean) };
  const chain = route.chain;
  const steps = route.steps.map(toCaseStep);
  const current = steps.find((s) => s.handler !== null);
  if (!current) return { ok: false, field: 'about', reason: 'every step of the chain is handled by the subject of the concern' };
  // A concern counts its steps by the default convention (the ICO's reading).
  const day0 = countStart(q.receivedAt, calendar);
  return {
    ok: true,
    plan: {
      startDay: day0,
      acknowledgeBy: null,
      respondBy: null,
      respondBeforeMeeting: false,
      handler: current.handler,
      steps,
      stepIndex: current.index,
      stepDue: current.workingDays !== null ? countFrom(day0, current.workingDays, calendar) : null,
      clauses: chain.clauses,
    },
  };
}

function toCaseStep(s: RouteStep): CaseStep {
  return {
    index: s.index,
    handler: s.handler,
    action: s.step.action,
    workingDays: s.step.workingDays ?? null,
    // Never the subject of the concern (the route leaves them out).
    notify: s.notify,
    clauses: s.step.clauses,
  };
}

/** The step after `current` that applies, and when its time runs out counting from `from` (the day of escalation). */
export function nextStep(steps: readonly CaseStep[], current: number, from: IsoDate, calendar: CalendarSpec): { step: CaseStep; due: IsoDate | null } | null {
  const step = steps.find((s) => s.index > current && s.handler !== null);
  if (!step) return null;
  return { step, due: step.workingDays !== null ? addWorkingDays(from, step.workingDays, calendar) : null };
}

export const REMINDER_KINDS = ['acknowledge_soon', 'acknowledge_missed', 'respond_soon', 'respond_missed', 'step_soon', 'step_missed'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface PlannedReminder {
  kind: ReminderKind;
  /** The deadline it is about. */
  deadline: IsoDate;
  /** The working day it is sent on (a lead time before the deadline, or the day after it). */
  sendOn: IsoDate;
  /** Whom it goes to: the handler before a deadline, the escalation role after. */
  to: RoleKey;
  step: number;
  /** Unique per case: the same reminder is never planned (or sent) twice. */
  key: string;
}

/** The working day `n` working days before `date` (a date that is not itself a working day counts from the working day before it). */
export function workingDaysBefore(date: IsoDate, n: number, calendar: CalendarSpec): IsoDate {
  // Walk back day by day; n is small (a lead time).
  let d = date;
  let left = n;
  const prev = (iso: IsoDate) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  while (addWorkingDays(d, 0, calendar) !== d) d = prev(d);
  while (left > 0) {
    d = prev(d);
    if (addWorkingDays(d, 0, calendar) === d) left--;
  }
  return d;
}

/**
 * The reminders a case needs at its current step: before each deadline it still
 * has (lead time in working days) to the handler, and the working day after a
 * deadline to whoever the protocol escalates to (the next step's handler).
 */
export function plannedReminders(
  c: { status: CaseStatus; acknowledgeBy: IsoDate | null; respondBy: IsoDate | null; handler: RoleKey | null; steps: readonly CaseStep[]; stepIndex: number; stepDue: IsoDate | null },
  leadDays: number,
  calendar: CalendarSpec,
): PlannedReminder[] {
  if (c.status === 'closed' || c.status === 'responded' || c.status === 'resolved' || !c.handler) return [];
  const escalation = c.steps.find((s) => s.index > c.stepIndex && s.handler !== null)?.handler ?? c.handler;
  const out: PlannedReminder[] = [];
  // Acknowledgement is owed once, whatever step the case is at (key without the step); step deadlines per step.
  const pair = (soon: ReminderKind, missed: ReminderKind, deadline: IsoDate | null, step: number) => {
    if (!deadline) return;
    out.push({ kind: soon, deadline, sendOn: workingDaysBefore(deadline, leadDays, calendar), to: c.handler!, step, key: `${soon}:${step}:${deadline}` });
    out.push({ kind: missed, deadline, sendOn: addWorkingDays(deadline, 1, calendar), to: escalation, step, key: `${missed}:${step}:${deadline}` });
  };
  if (c.status === 'open') pair('acknowledge_soon', 'acknowledge_missed', c.acknowledgeBy, 0);
  if (c.respondBy && c.stepIndex === 0 && c.steps[0]?.action === 'respond') pair('respond_soon', 'respond_missed', c.respondBy, 0);
  else pair('step_soon', 'step_missed', c.stepDue, c.stepIndex);
  return out;
}

/**
 * May someone with this role at the council read a case of this classification?
 * Clerks and monitoring officers handle every case; read-only members and API
 * keys see public cases only.
 */
export function mayReadCase(role: MembershipRole | null, classification: Classification): boolean {
  if (role === 'clerk' || role === 'monitoring_officer') return true;
  return role === 'viewer' && classification === 'public';
}

/**
 * The councils of a scope where the caller reads every case, confidential ones
 * included (where they are a clerk or monitoring officer); null for a platform
 * admin, who reads them everywhere. Elsewhere in scope (as a viewer or with an API
 * key) only public cases, and nothing about the others: their timeline, reminders,
 * notifications and audit entries.
 */
export function confidentialReach(scope: Scope): string[] | null {
  if (scope.platformAdmin) return null;
  if (scope.readOnly) return [];
  return [...scope.roles.keys()].filter((c) => mayReadCase(roleAt(scope, c), 'confidential'));
}
