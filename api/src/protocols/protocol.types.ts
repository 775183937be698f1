/**
 * GraphQL shapes of a protocol's rules. Each mirrors a type of domain/protocol.ts
 * field for field (the stored JSON is served as it is), and cites its clauses.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import {
  AccessGrantKindEnum,
  ClassificationEnum,
  ConcernKindEnum,
  CorrespondenceRuleEnum,
  DisclosureExceptionEnum,
  EnquiryCategoryEnum,
  ExpectationDirectionEnum,
  PreconditionEnum,
  RoleKeyEnum,
  RoleKindEnum,
  SeverityEnum,
  StepActionEnum,
} from './protocol.enums';

@ObjectType({ description: 'A role the protocol names, with the council\'s own title' })
export class ProtocolRole {
  @Field(() => RoleKeyEnum) key: string;
  @Field() title: string;
  @Field(() => RoleKindEnum) kind: string;
  @Field(() => String, { nullable: true, description: 'When the role belongs to another body' }) organisation?: string;
  @Field({ defaultValue: false }) politicallyRestricted: boolean;
  @Field(() => [String], { description: 'Clause numbers' }) clauses: string[];
}

@ObjectType()
export class ProtocolExpectation {
  @Field(() => ExpectationDirectionEnum) direction: string;
  @Field() text: string;
  @Field(() => [String]) clauses: string[];
}

@ObjectType()
export class EscalationStep {
  @Field(() => RoleKeyEnum) handler: string;
  @Field(() => [RoleKeyEnum], { defaultValue: [], description: 'Who takes the step when the handler is the subject or absent' })
  alternatives: string[];
  @Field(() => StepActionEnum) action: string;
  @Field() description: string;
  @Field(() => Int, { nullable: true, description: 'Working days allowed at this step before moving on' }) workingDays?: number;
  @Field(() => [RoleKeyEnum], { description: 'Roles to tell at this step' }) notify: string[];
  @Field(() => [PreconditionEnum]) preconditions: string[];
  @Field(() => [String]) clauses: string[];
}

@ObjectType()
export class EscalationChain {
  @Field(() => ConcernKindEnum) concern: string;
  @Field(() => SeverityEnum) severity: string;
  @Field(() => RoleKeyEnum, { nullable: true, description: 'For chains about a particular role (a complaint about the Clerk)' }) about?: string;
  @Field(() => [EscalationStep]) steps: EscalationStep[];
  @Field(() => Int, { nullable: true, description: '"Serious" matters start at this step (0-based)' }) seriousStartsAt?: number;
  @Field(() => RoleKeyEnum, { nullable: true, description: 'The external body at the end of the chain' }) externalBody?: string;
  @Field(() => [String]) clauses: string[];
}

@ObjectType()
export class UrgentHandling {
  @Field(() => Int, { nullable: true }) acknowledgeWithinDays?: number;
  @Field(() => Int, { nullable: true }) respondWithinDays?: number;
  @Field() description: string;
}

@ObjectType({ description: 'How fast an enquiry of a category must be acknowledged and answered, in working days' })
export class ResponseStandard {
  @Field(() => EnquiryCategoryEnum) category: string;
  @Field(() => RoleKeyEnum) handler: string;
  @Field(() => Int, { nullable: true }) acknowledgeWithinDays?: number;
  @Field(() => Int, { nullable: true }) respondWithinDays?: number;
  @Field({ defaultValue: false, description: 'The response is due before the relevant meeting' }) respondBeforeMeeting: boolean;
  @Field(() => UrgentHandling, { nullable: true }) urgent?: UrgentHandling;
  @Field(() => [RoleKeyEnum], { description: 'Whom to escalate to when late, in order' }) escalateTo: string[];
  @Field() description: string;
  @Field(() => [String]) clauses: string[];
}

@ObjectType()
export class AccessGrant {
  @Field(() => AccessGrantKindEnum) kind: string;
  @Field(() => RoleKeyEnum, { nullable: true }) role?: string;
  @Field(() => RoleKeyEnum, { nullable: true, description: 'For need to know: who decides' }) decidedBy?: string;
  @Field(() => String, { nullable: true }) description?: string;
}

@ObjectType({ description: 'Who may see information of a classification' })
export class AccessRule {
  @Field(() => ClassificationEnum) classification: string;
  @Field(() => [AccessGrant]) grants: AccessGrant[];
  @Field() description: string;
  @Field(() => [String]) clauses: string[];
}

@ObjectType()
export class DisclosureException {
  @Field(() => DisclosureExceptionEnum) key: string;
  @Field() description: string;
  @Field(() => RoleKeyEnum, { nullable: true, description: 'Who must be consulted first' }) consult?: string;
  @Field(() => [String]) clauses: string[];
}

@ObjectType()
export class CorrespondenceRule {
  @Field(() => CorrespondenceRuleEnum) key: string;
  @Field() description: string;
  @Field(() => [String]) clauses: string[];
}
