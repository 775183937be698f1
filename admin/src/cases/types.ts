/** The casework records as the API sends them (see schema.graphql; enums generated from it). */
import {
  type AccessDecisionKind,
  CaseAction,
  CaseKind,
  CaseStatus,
  Classification,
  Severity,
  type ReviewOutcome,
  type ReviewStatus,
  type ReviewTaskStatus,
  type SortDirection,
} from '../generated/graphql';
import { inOrder } from '../vocabularies';

export type { CaseAction, CaseKind, CaseStatus, ReviewStatus };

/** In the order of a case's life. */
export const CASE_STATUSES = inOrder(CaseStatus)(['OPEN', 'ACKNOWLEDGED', 'RESPONDED', 'RESOLVED', 'CLOSED']);
export const CASE_KINDS = inOrder(CaseKind)(['ENQUIRY', 'CONCERN']);
/** The order of the buttons that move a case on. */
export const CASE_ACTIONS = inOrder(CaseAction)(['ACKNOWLEDGE', 'RESPOND', 'ESCALATE', 'RESOLVE', 'CLOSE']);
/** Public first (the default), then from the most to the least common. */
export const CLASSIFICATIONS = inOrder(Classification)(['PUBLIC', 'CONFIDENTIAL', 'EXEMPT', 'EMPLOYEE_PERSONAL', 'COMMERCIALLY_SENSITIVE', 'PARTY_GROUP', 'DRAFT_REPORT']);
export const SEVERITIES = inOrder(Severity)(['ANY', 'MINOR', 'SERIOUS']);

/** The lifecycle, as the API's (api/src/domain/casework.ts): which actions each kind and status allow. */
const TRANSITIONS: Record<CaseAction, { from: readonly CaseStatus[]; kinds: readonly CaseKind[] }> = {
  ACKNOWLEDGE: { from: ['OPEN'], kinds: ['ENQUIRY', 'CONCERN'] },
  RESPOND: { from: ['OPEN', 'ACKNOWLEDGED'], kinds: ['ENQUIRY'] },
  ESCALATE: { from: ['OPEN', 'ACKNOWLEDGED'], kinds: ['ENQUIRY', 'CONCERN'] },
  RESOLVE: { from: ['OPEN', 'ACKNOWLEDGED'], kinds: ['ENQUIRY', 'CONCERN'] },
  CLOSE: { from: ['RESPONDED', 'RESOLVED'], kinds: ['ENQUIRY', 'CONCERN'] },
};

/** The actions the lifecycle allows a case now (escalation also needs a further step: see `canEscalate`). */
export const legalActions = (c: Pick<CaseRecord, 'kind' | 'status'>): CaseAction[] =>
  CASE_ACTIONS.filter((a) => TRANSITIONS[a].kinds.includes(c.kind) && TRANSITIONS[a].from.includes(c.status));

/** Whether the route has a step after the current one that applies to this case. */
export const canEscalate = (c: Pick<CaseRecord, 'steps' | 'stepIndex'>) =>
  (c.steps ?? []).some((s) => s.index > c.stepIndex && s.handler !== null);

export interface CaseStep {
  index: number;
  handler: string | null;
  action: string;
  workingDays: number | null;
  notify: string[];
  clauses: string[];
}

export interface CaseEvent {
  id: string;
  at: string;
  kind: string;
  note: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  stepIndex: number | null;
  byWorker: boolean;
  actorUserId: string | null;
}

export interface CaseRecord {
  id: string;
  councilId: string;
  reference: string;
  kind: CaseKind;
  category: string | null;
  concern: string | null;
  severity: string;
  status: CaseStatus;
  subject: string;
  description?: string;
  raisedByName: string;
  raisedByRole: string;
  raisedByEmail?: string | null;
  aboutRole: string | null;
  aboutPerson?: string | null;
  receivedAt: string;
  urgent: boolean;
  classification: string;
  acknowledgeBy: string | null;
  respondBy: string | null;
  stepDue: string | null;
  nextDeadline: string | null;
  handlerRole: string | null;
  version: number;
  updatedAt: string;
  startDay?: string;
  respondBeforeMeeting?: boolean;
  stepIndex: number;
  clauses?: string[];
  protocolVersion?: { id: string; number: number };
  steps?: CaseStep[];
  handlers?: { id: string; name: string; email: string | null }[];
  events?: CaseEvent[];
}

export interface ReviewTask {
  id: string;
  councilId: string;
  dueOn: string;
  status: ReviewTaskStatus;
  outcome: ReviewOutcome | null;
  completedAt: string | null;
  createdAt: string;
  protocolVersionId: string | null;
  version: number;
}

export interface DashboardCounts {
  openCases: number;
  casesPastDeadline: number;
  casesWithMonitoringOfficer: number;
  overdue: number;
  dueToday: number;
  dueThisWeek: number;
  reviewsDue: number;
  reviewsOverdue: number;
  unreadNotifications: number;
}

export interface DashboardRow extends DashboardCounts {
  councilId: string;
  name: string;
  nextReviewDue: string | null;
  reviewStatus: ReviewStatus;
}

export interface DashboardData {
  today: string;
  councilCount: number;
  total: DashboardCounts;
  reviewStatus: { overdue: number; dueSoon: number; current: number; none: number };
  rows: { totalCount: number; items: DashboardRow[] };
}

export interface DashboardRowsParams {
  sort?: { field: string; direction: SortDirection };
  filter?: { reviewStatus?: ReviewStatus[]; needsAttention?: boolean; search?: string };
  offset: number;
  limit: number;
}

export interface ProtocolRole {
  key: string;
  title: string;
  kind?: string;
}

/** A word of the protocol's own vocabulary (lower-case key), with its titles. */
export interface VocabularyEntry {
  key: string;
  title: string;
  titleCy: string | null;
}

export interface ProtocolVocabulary {
  id: string;
  title: string;
  adopted: {
    id: string;
    number: number;
    roles: ProtocolRole[];
    chains: { concern: string; about: string | null; severity: string }[];
    responseStandards: { category: string; respondWithinDays: number | null; acknowledgeWithinDays: number | null }[];
    accessRules: { classification: string }[];
    /** The protocol's own concern kinds and enquiry categories, beside the built-in ones (format 2). */
    vocabulary?: { concernKinds: VocabularyEntry[]; enquiryCategories: VocabularyEntry[] };
  } | null;
  officeHolders: { roleKey: string; name: string }[];
}

export interface Clause {
  number: string;
  heading: string | null;
  text: string;
}

export interface RouteResult {
  protocolVersion: { number: number };
  chain: { concern: string; about: string | null; severity: string; clauses: string[] };
  externalBody: ProtocolRole | null;
  /** Whom the concern is about; never told through the route. */
  subject: string | null;
  /** Handlers the protocol places under the subject. */
  warnings: { kind: string; step: number; message: string; handler: ProtocolRole | null; subject: ProtocolRole | null }[];
  steps: {
    index: number;
    action: string;
    description: string;
    handler: string | null;
    /** Who handles the step in words: a procedure, "A or B", "or a person they nominate". */
    handlerText: string | null;
    skipped: string | null;
    workingDays: number | null;
    handlerRole: ProtocolRole | null;
    officeHolders: { name: string; email: string | null; deputy: boolean }[];
    notify: ProtocolRole[];
    /** The subject, left out of this step's Tell, May tell or Consult lists. */
    withheld: ProtocolRole[];
    notes: string[];
    clauses: Clause[];
  }[];
}

export interface ResponseDeadlinesResult {
  startDay: string;
  acknowledgeBy: string | null;
  respondBy: string | null;
  respondBeforeMeeting: boolean;
  urgent: boolean;
  calendar: string;
  acknowledgeAt: string | null;
  respondAt: string | null;
  receiptOnNonWorkingDay: 'ICO' | 'NEXT_WORKING_DAY';
  unit: 'WORKING_DAYS' | 'CALENDAR_DAYS' | 'HOURS';
  cutOff: string | null;
  /** How the dates were counted, in English (the admin words it from the fields above). */
  counting: string;
  standard: { handler: string; acknowledgeWithinDays: number | null; respondWithinDays: number | null; description: string };
  escalateTo: ProtocolRole[];
  clauses: Clause[];
  protocolVersion: { number: number };
}

export interface AccessDecision {
  allowed: boolean;
  decision: AccessDecisionKind;
  reason: string;
  grant: { kind: string; role: string | null; condition: string | null; description: string | null } | null;
  decidedBy: ProtocolRole | null;
  approvers: ProtocolRole[];
  clauses: Clause[];
  protocolVersion: { number: number };
}
