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
  CountUnitEnum,
  DisclosureExceptionEnum,
  EnquiryCategoryEnum,
  ExpectationDirectionEnum,
  ExtensionTermEnum,
  ObligationKindEnum,
  PreconditionEnum,
  ReceiptConventionEnum,
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
  @Field(() => RoleKeyEnum, { nullable: true, description: 'Whom the role reports to, where the protocol says (a Director to the Chief Executive)' })
  reportsTo?: string;
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
  @Field(() => [RoleKeyEnum], { defaultValue: [], description: 'Roles that may be told (at the handler\'s discretion, or when they exist)' }) mayNotify: string[];
  @Field(() => [RoleKeyEnum], { defaultValue: [], description: 'Roles the handler discusses the matter with or takes advice from' }) consult: string[];
  @Field(() => [RoleKeyEnum], { defaultValue: [], description: 'Roles that decide jointly with the handler' }) jointWith: string[];
  @Field({
    defaultValue: false,
    description: 'Taken with the person concerned first: the handler keeps the step even when the concern is about them',
  })
  withSubjectFirst: boolean;
  @Field(() => [PreconditionEnum]) preconditions: string[];
  @Field(() => [String]) clauses: string[];
}

@ObjectType({ description: 'A later step a concern may go to first, at the choice of whoever raises it' })
export class ChainEntryPoint {
  @Field(() => Int, { description: '0-based index of the step' }) step: number;
  @Field() when: string;
}

@ObjectType()
export class EscalationChain {
  @Field(() => ConcernKindEnum) concern: string;
  @Field(() => SeverityEnum) severity: string;
  @Field(() => RoleKeyEnum, { nullable: true, description: 'For chains about a particular role (a complaint about the Clerk)' }) about?: string;
  @Field(() => [EscalationStep]) steps: EscalationStep[];
  @Field(() => Int, { nullable: true, description: '"Serious" matters start at this step (0-based)' }) seriousStartsAt?: number;
  @Field(() => RoleKeyEnum, { nullable: true, description: 'The external body at the end of the chain' }) externalBody?: string;
  @Field(() => EnquiryCategoryEnum, { nullable: true, description: 'For a late-enquiry chain that applies to one category' }) category?: string;
  @Field(() => [ChainEntryPoint], { defaultValue: [], description: 'Other steps the chain may start at, and when' }) entryPoints: ChainEntryPoint[];
  @Field(() => [String]) clauses: string[];
}

@ObjectType()
export class UrgentHandling {
  @Field(() => Int, { nullable: true }) acknowledgeWithinDays?: number;
  @Field(() => Int, { nullable: true }) respondWithinDays?: number;
  @Field(() => CountUnitEnum, { nullable: true, description: "What the urgent numbers count, when not the standard's unit" }) unit?: string;
  @Field() description: string;
}

@ObjectType()
export class AlternativeHandler {
  @Field(() => RoleKeyEnum) handler: string;
  @Field() when: string;
}

@ObjectType()
export class ExtensionRule {
  @Field(() => [ExtensionTermEnum]) terms: string[];
  @Field() description: string;
}

@ObjectType({ description: 'How fast an enquiry of a category must be acknowledged and answered, and how the days are counted' })
export class ResponseStandard {
  @Field(() => EnquiryCategoryEnum) category: string;
  @Field(() => RoleKeyEnum) handler: string;
  @Field(() => Int, { nullable: true, description: 'In the unit of the standard (working days unless it says otherwise)' }) acknowledgeWithinDays?: number;
  @Field(() => Int, { nullable: true, description: 'In the unit of the standard (working days unless it says otherwise)' }) respondWithinDays?: number;
  @Field(() => ReceiptConventionEnum, { defaultValue: 'ico', description: 'How a receipt on a non-working day counts (ICO when the protocol does not say)' })
  receiptOnNonWorkingDay: string;
  @Field(() => CountUnitEnum, { defaultValue: 'working_days', description: 'What the numbers count (WORKING_DAYS when the protocol does not say)' }) unit: string;
  @Field(() => String, { nullable: true, description: "'HH:MM': a receipt at or after it counts from the next working day; null: the council's cut-off applies" })
  cutOff?: string;
  @Field({ defaultValue: false, description: 'The response is due before the relevant meeting' }) respondBeforeMeeting: boolean;
  @Field(() => UrgentHandling, { nullable: true }) urgent?: UrgentHandling;
  @Field(() => [RoleKeyEnum], { description: 'Whom to escalate to when late, in order' }) escalateTo: string[];
  @Field(() => [AlternativeHandler], { defaultValue: [], description: 'Others who may receive such enquiries instead, and when' }) alternatives: AlternativeHandler[];
  @Field(() => ExtensionRule, { nullable: true, description: 'What is owed when more time is needed' }) extension?: ExtensionRule;
  @Field() description: string;
  @Field(() => [String]) clauses: string[];
}

@ObjectType({ description: 'A further ground that must hold as well' })
export class AccessCondition {
  @Field(() => AccessGrantKindEnum) kind: string;
  @Field(() => RoleKeyEnum, { nullable: true }) role?: string;
  @Field(() => RoleKeyEnum, { nullable: true }) decidedBy?: string;
  @Field(() => RoleKeyEnum, { nullable: true }) committee?: string;
  @Field(() => String, { nullable: true }) condition?: string;
  @Field(() => String, { nullable: true }) description?: string;
}

@ObjectType()
export class AccessGrant {
  @Field(() => AccessGrantKindEnum) kind: string;
  @Field(() => RoleKeyEnum, { nullable: true }) role?: string;
  @Field(() => RoleKeyEnum, { nullable: true, description: 'For need to know: who decides' }) decidedBy?: string;
  @Field(() => RoleKeyEnum, { nullable: true, description: 'For committee members: which committee' }) committee?: string;
  @Field(() => [AccessCondition], { defaultValue: [], description: 'Grounds that must hold as well as this one' }) alsoRequires: AccessCondition[];
  @Field(() => [RoleKeyEnum], { defaultValue: [], description: 'Roles that must approve release (any one of them)' }) approvedBy: string[];
  @Field(() => String, { nullable: true, description: 'A condition in words ("when undertaking Council business")' }) condition?: string;
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
  @Field(() => [RoleKeyEnum], { defaultValue: [], description: 'Roles the rule does not apply to' }) exceptRoles: string[];
  @Field(() => [String]) clauses: string[];
}

@ObjectType({ description: 'A general duty, right or restriction, or a disclosure someone must make' })
export class Obligation {
  @Field(() => ObligationKindEnum) kind: string;
  @Field(() => [RoleKeyEnum], { description: 'Whom it binds or benefits' }) appliesTo: string[];
  @Field() text: string;
  @Field(() => [RoleKeyEnum], { defaultValue: [], description: 'For disclosures and reports: to whom' }) reportTo: string[];
  @Field(() => String, { nullable: true, description: 'Where a disclosure is recorded' }) register?: string;
  @Field(() => [String]) clauses: string[];
}

@ObjectType({ description: 'Whom to ask for advice on a topic, and whether it must be asked first' })
export class AdviceRoute {
  @Field() topic: string;
  @Field() description: string;
  @Field(() => [RoleKeyEnum]) advisers: string[];
  @Field({ defaultValue: false, description: 'The advice must be obtained before acting' }) required: boolean;
  @Field(() => [String]) clauses: string[];
}
