import type { Identifier } from 'react-admin';
import { graphql } from '../graphql';
import type { ResourceDef } from '../dataProvider';
import type {
  AccessDecision,
  CaseAction,
  CaseRecord,
  DashboardData,
  DashboardRowsParams,
  ProtocolVocabulary,
  ResponseDeadlinesResult,
  ReviewTask,
  RouteResult,
} from './types';

/**
 * The casework resources on the GraphQL API (merged into dataProvider.ts):
 * - cases: `cases` / `case`, opened with `openCase`, edited with `updateCase` (expectedVersion)
 * - reviewTasks: `reviewTasks` (soonest first; completed with `reaffirmProtocol`)
 * and the methods the casework screens call: moveCase, reaffirmProtocol, dashboard, protocolVocabulary
 * and the three questions integrations ask (escalationRoute, responseDeadlines, accessDecision).
 */

export const CASE_LIST = `id councilId reference kind category concern severity status subject raisedByName raisedByRole
  aboutRole receivedAt urgent classification acknowledgeBy respondBy stepDue nextDeadline handlerRole version updatedAt`;

export const CASE_FULL = `${CASE_LIST} description aboutPerson raisedByEmail documents startDay respondBeforeMeeting stepIndex clauses
  protocolVersionId protocolVersion { id number }
  steps { index handler action workingDays notify clauses }
  handlers { id name email }
  events { id at kind note fromStatus toStatus stepIndex byWorker actorUserId }`;

const REVIEW_TASK = 'id councilId dueOn status outcome completedAt createdAt protocolVersionId version';

export const caseworkResources: Record<string, ResourceDef> = {
  cases: {
    many: 'cases',
    one: 'case',
    fields: CASE_LIST,
    oneFields: CASE_FULL,
    filterType: 'CaseFilter',
    sortType: 'CaseSort',
    filters: ['councilId', 'status', 'kind', 'overdueOn', 'dueFrom', 'dueTo', 'search', 'ids', 'handlerRole'],
    sortable: ['receivedAt', 'nextDeadline', 'reference', 'status', 'subject', 'updatedAt'],
    create: {
      mutation: 'openCase',
      inputType: 'OpenCaseInput',
      input: [
        'councilId',
        'kind',
        'category',
        'concern',
        'severity',
        'aboutRole',
        'aboutPerson',
        'raisedByRole',
        'raisedByName',
        'raisedByEmail',
        'receivedAt',
        'urgent',
        'classification',
        'subject',
        'description',
      ],
    },
    update: {
      mutation: 'updateCase',
      inputType: 'UpdateCaseInput',
      input: ['subject', 'description', 'raisedByName', 'raisedByEmail', 'aboutPerson', 'classification'],
    },
  },
  reviewTasks: {
    many: 'reviewTasks',
    fields: REVIEW_TASK,
    filterType: 'ReviewTaskFilter',
    filters: ['councilId', 'status'],
  },
};

const ROW = `councilId name nextReviewDue reviewStatus openCases casesPastDeadline casesWithMonitoringOfficer overdue dueToday dueThisWeek
  reviewsDue reviewsOverdue unreadNotifications`;
const COUNTS = 'openCases casesPastDeadline casesWithMonitoringOfficer overdue dueToday dueThisWeek reviewsDue reviewsOverdue unreadNotifications';

/** The whole dashboard in one request: totals, review statuses and a sorted page of councils. */
const DASHBOARD = `query Dashboard($sort: DashboardCouncilSort, $filter: DashboardCouncilFilter, $offset: Int!, $limit: Int!) {
  dashboard {
    today councilCount total { ${COUNTS} } reviewStatus { overdue dueSoon current none }
    rows(sort: $sort, filter: $filter, offset: $offset, limit: $limit) { totalCount items { ${ROW} } }
  } }`;

const VOCABULARY = `query Vocabulary($c: ID!) { protocol(councilId: $c) {
  id title
  adopted { id number roles { key title kind } chains { concern about severity } responseStandards { category respondWithinDays acknowledgeWithinDays }
    accessRules { classification } vocabulary { concernKinds { key title titleCy } enquiryCategories { key title titleCy } } }
  officeHolders { roleKey name } } }`;

const ROLE = 'key title';
const HOLDER = 'name email deputy';
const ROUTE = `query Route($c: ID!, $concern: VocabularyKey!, $severity: Severity!, $about: VocabularyKey) {
  result: escalationRoute(councilId: $c, concern: $concern, severity: $severity, about: $about) {
    protocolVersion { number }
    chain { concern about severity clauses }
    externalBody { ${ROLE} }
    subject warnings { kind step message handler { ${ROLE} } subject { ${ROLE} } }
    steps { index action description handler handlerText skipped workingDays handlerRole { ${ROLE} } officeHolders { ${HOLDER} }
      notify { ${ROLE} } withheld { ${ROLE} } notes clauses { number heading text } } } }`;
const DEADLINES = `query Deadlines($c: ID!, $category: EnquiryCategoryKey!, $receivedAt: DateTime!, $urgent: Boolean!) {
  result: responseDeadlines(councilId: $c, category: $category, receivedAt: $receivedAt, urgent: $urgent) {
    startDay acknowledgeBy respondBy acknowledgeAt respondAt respondBeforeMeeting urgent calendar receiptOnNonWorkingDay unit cutOff counting
    standard { handler acknowledgeWithinDays respondWithinDays description }
    escalateTo { ${ROLE} } clauses { number heading text } protocolVersion { number } } }`;
const ACCESS = `query Access($c: ID!, $classification: Classification!, $requester: AccessRequesterInput!) {
  result: accessDecision(councilId: $c, classification: $classification, requester: $requester) {
    allowed decision reason
    grant { kind role condition description }
    decidedBy { ${ROLE} } approvers { ${ROLE} }
    clauses { number heading text } protocolVersion { number } } }`;

export interface CaseworkMethods {
  addCaseNote(id: Identifier, note: string): Promise<{ id: string }>;
  moveCase(id: Identifier, action: CaseAction, expectedVersion: number, note: string): Promise<{ data: CaseRecord }>;
  reaffirmProtocol(id: Identifier, expectedVersion: number, nextReviewDue?: string | null): Promise<{ data: ReviewTask }>;
  dashboard(params: DashboardRowsParams, signal?: AbortSignal): Promise<DashboardData>;
  protocolVocabulary(councilId: Identifier, signal?: AbortSignal): Promise<ProtocolVocabulary>;
  escalationRoute(q: { councilId: Identifier; concern: string; severity: string; about?: string | null }, signal?: AbortSignal): Promise<RouteResult>;
  responseDeadlines(q: { councilId: Identifier; category: string; receivedAt: string; urgent: boolean }, signal?: AbortSignal): Promise<ResponseDeadlinesResult>;
  accessDecision(q: { councilId: Identifier; classification: string; requester: Record<string, unknown> }, signal?: AbortSignal): Promise<AccessDecision>;
}

export const caseworkMethods: CaseworkMethods = {
  async addCaseNote(id, note) {
    const { result } = await graphql<{ result: { id: string } }>(`mutation Note($id: ID!, $note: String!) { result: addCaseNote(id: $id, note: $note) { id } }`, { id, note });
    return result;
  },
  async moveCase(id, action, expectedVersion, note) {
    const { result } = await graphql<{ result: CaseRecord }>(
      `mutation Move($id: ID!, $action: CaseAction!, $v: Int!, $note: String!) {
        result: moveCase(id: $id, action: $action, expectedVersion: $v, note: $note) { ${CASE_FULL} } }`,
      { id, action, v: expectedVersion, note },
    );
    return { data: result };
  },
  async reaffirmProtocol(id, expectedVersion, nextReviewDue) {
    const { result } = await graphql<{ result: ReviewTask }>(
      `mutation Reaffirm($id: ID!, $v: Int!, $next: LocalDate) {
        result: reaffirmProtocol(reviewTaskId: $id, expectedVersion: $v, nextReviewDue: $next) { ${REVIEW_TASK} } }`,
      { id, v: expectedVersion, next: nextReviewDue || null },
    );
    return { data: result };
  },
  async dashboard({ sort, filter, offset, limit }, signal) {
    const { dashboard } = await graphql<{ dashboard: DashboardData }>(DASHBOARD, { sort, filter, offset, limit }, signal);
    return dashboard;
  },
  async protocolVocabulary(councilId, signal) {
    const { protocol } = await graphql<{ protocol: ProtocolVocabulary }>(VOCABULARY, { c: councilId }, signal);
    return protocol;
  },
  async escalationRoute({ councilId, concern, severity, about }, signal) {
    return (await graphql<{ result: RouteResult }>(ROUTE, { c: councilId, concern, severity, about: about || null }, signal)).result;
  },
  async responseDeadlines({ councilId, category, receivedAt, urgent }, signal) {
    return (await graphql<{ result: ResponseDeadlinesResult }>(DEADLINES, { c: councilId, category, receivedAt, urgent }, signal)).result;
  },
  async accessDecision({ councilId, classification, requester }, signal) {
    return (await graphql<{ result: AccessDecision }>(ACCESS, { c: councilId, classification, requester }, signal)).result;
  },
};
