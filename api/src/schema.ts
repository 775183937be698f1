import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type AuthChecker } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { RequestContext } from './common/context';
import { forbidden, unauthenticated } from './common/errors';
import { CouncilResolver } from './councils/council.resolver';
import { OnboardingResolver } from './councils/onboarding.resolver';
import { MembershipResolver, UserResolver } from './users/user.resolver';
import { ApiKeyResolver } from './api-keys/api-key.resolver';
import { NotificationResolver } from './notifications/notification.resolver';
import { ProtocolResolver, ProtocolVersionResolver } from './protocols/protocol.resolver';
import { ProtocolEditingResolver } from './protocols/protocol-editing.resolver';
import { ProtocolQuestionsResolver } from './protocols/protocol-questions.resolver';
import { OfficeHolderResolver } from './protocols/office-holder.resolver';
import { ClosureResolver } from './councils/closure.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { CaseResolver } from './cases/case.resolver';
import { ReviewResolver } from './reviews/review.resolver';
import { CalendarResolver } from './calendar/calendar.resolver';
import { DashboardResolver } from './dashboard/dashboard.resolver';
import { ReportResolver } from './reports/report.resolver';
import { ImportResolver } from './imports/import.resolver';
import { msg } from './common/messages';

/**
 * The guard every query and mutation but signIn carries: a signed-in caller, and
 * for API keys queries only. What the caller may do at which council is decided
 * in the services (and again by row-level security).
 */
const guard: AuthChecker<RequestContext> = ({ context, info }) => {
  if (context.principal.kind === 'anonymous') throw unauthenticated();
  if (context.principal.kind === 'apiKey' && info.operation.operation !== 'query') {
    throw forbidden(msg('auth.apiKeysReadOnly'));
  }
  return true;
};

export const resolvers = [
  CouncilResolver,
  OnboardingResolver,
  UserResolver,
  MembershipResolver,
  ApiKeyResolver,
  NotificationResolver,
  ProtocolResolver,
  ProtocolVersionResolver,
  ProtocolEditingResolver,
  ProtocolQuestionsResolver,
  OfficeHolderResolver,
  ClosureResolver,
  AuditResolver,
  CaseResolver,
  ReviewResolver,
  CalendarResolver,
  DashboardResolver,
  ReportResolver,
  ImportResolver,
] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker: guard,
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  });
  // The root types have no decorator of their own to carry a description.
  schema.getQueryType()!.description =
    "Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND";
  schema.getMutationType()!.description =
    'Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since)';
  return schema;
}
