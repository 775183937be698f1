import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../common/scalars';
import { OfficeHolder, ProtocolClause, ProtocolVersion } from './protocol.entities';
import { RoleKeyEnum, StepActionEnum, PreconditionEnum } from './protocol.enums';
import { EscalationChain, ProtocolRole, ResponseStandard } from './protocol.types';

@InputType()
export class AdoptInput {
  @Field(() => LocalDateScalar)
  adoptedOn: string;

  @Field(() => RoleKeyEnum, { description: 'The adopting body, e.g. FULL_COUNCIL' })
  adoptedBy: string;

  @Field(() => LocalDateScalar, { nullable: true })
  effectiveFrom?: string | null;
}

@InputType({ description: 'Omitted fields are left as they are' })
export class UpdateClauseInput {
  @Field({ nullable: true })
  number?: string;

  @Field(() => String, { nullable: true })
  heading?: string | null;

  @Field({ nullable: true })
  text?: string;
}

export enum RouteSkip {
  HANDLER_IS_SUBJECT = 'handler_is_subject',
  SERIOUS_ONLY = 'serious_only',
  MINOR_ONLY = 'minor_only',
  SERIOUS_STARTS_LATER = 'serious_starts_later',
}
registerEnumType(RouteSkip, { name: 'RouteSkip', description: 'Why a step of the chain does not apply to this concern' });

@ObjectType({ description: 'One step of an escalation route, with who holds the handling role now' })
export class RouteStep {
  @Field(() => Int, { description: 'Position in the chain, from 0' })
  index: number;

  @Field(() => RoleKeyEnum, { nullable: true, description: 'Who takes this step for this concern; null when skipped' })
  handler: string | null;

  @Field(() => ProtocolRole, { nullable: true, description: "The handler as the protocol names it (the council's own title)" })
  handlerRole: ProtocolRole | null;

  @Field(() => [OfficeHolder], { description: 'Who holds the handling role today' })
  officeHolders: OfficeHolder[];

  @Field(() => RouteSkip, { nullable: true })
  skipped: RouteSkip | null;

  @Field(() => StepActionEnum)
  action: string;

  @Field()
  description: string;

  @Field(() => Int, { nullable: true })
  workingDays: number | null;

  @Field(() => [ProtocolRole], { description: 'Roles to tell at this step' })
  notify: ProtocolRole[];

  @Field(() => [PreconditionEnum])
  preconditions: string[];

  @Field(() => [ProtocolClause], { description: 'The clauses this step comes from' })
  clauses: ProtocolClause[];
}

@ObjectType({ description: 'Where a concern goes at a council, in order, under its adopted protocol' })
export class EscalationRoute {
  @Field(() => ID)
  councilId: string;

  @Field(() => ProtocolVersion)
  protocolVersion: ProtocolVersion;

  @Field(() => EscalationChain)
  chain: EscalationChain;

  @Field(() => [RouteStep])
  steps: RouteStep[];

  @Field(() => ProtocolRole, { nullable: true, description: 'The external body at the end of the chain' })
  externalBody: ProtocolRole | null;
}

@ObjectType({ description: 'A problem that stops a draft being adopted' })
export class ProtocolProblem {
  @Field({ description: 'Where: "chains[2].steps[1].handler"' })
  path: string;

  @Field()
  message: string;
}

@ObjectType({ description: 'When an enquiry must be acknowledged and answered, under the protocol in force' })
export class ResponseDeadlines {
  @Field(() => ID)
  councilId: string;

  @Field(() => ProtocolVersion)
  protocolVersion: ProtocolVersion;

  @Field(() => ResponseStandard)
  standard: ResponseStandard;

  @Field()
  receivedAt: Date;

  @Field({ description: 'Whether the urgent standard was applied' })
  urgent: boolean;

  @Field(() => LocalDateScalar, { description: 'Day 0: the day of receipt, or the next working day when received on a non-working day or after the cut-off' })
  startDay: string;

  @Field(() => LocalDateScalar, { nullable: true })
  acknowledgeBy: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'null when the response is due before a meeting (see respondBeforeMeeting)' })
  respondBy: string | null;

  @Field()
  respondBeforeMeeting: boolean;

  @Field(() => [ProtocolRole], { description: 'Whom to escalate to when late, in order' })
  escalateTo: ProtocolRole[];

  @Field({ description: 'The working-day calendar used, e.g. "England and Wales bank holidays, weekends, cut-off 16:00"' })
  calendar: string;

  @Field(() => [ProtocolClause])
  clauses: ProtocolClause[];
}
