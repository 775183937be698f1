/**
 * GraphQL shapes of a protocol's rules. Each mirrors a type of domain/protocol.ts
 * field for field (the stored JSON is served as it is), and cites its clauses.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { consultees } from '../domain/protocol';
import {
  AccessGrantKindEnum,
  AccessRelationEnum,
  ClassificationEnum,
  CorrespondenceRuleEnum,
  CountUnitEnum,
  DisclosureExceptionEnum,
  ExpectationDirectionEnum,
  ExtensionTermEnum,
  ObligationKindEnum,
  PreconditionEnum,
  ReceiptConventionEnum,
  RoleKindEnum,
  SeverityEnum,
  StepActionEnum,
} from './protocol.enums';

@ObjectType({ description: 'A role the protocol names, with the council\'s own title' })
export class ProtocolRole {
  @Field(() => String, { description: "The council's own key (lower case), e.g. clerk, political_assistant" }) key: string;
  @Field({ description: 'The council\'s own title, e.g. "Town Clerk"' }) title: string;
  @Field(() => String, { nullable: true, description: 'The title in Welsh' }) titleCy?: string;
  @Field(() => RoleKindEnum, { description: 'Member, officer, body or external' }) kind: string;
  @Field(() => String, { nullable: true, description: 'The built-in role it is a kind of, so that reports can compare councils (its key, when that is built in)' })
  builtIn?: string;
  @Field(() => String, { nullable: true, description: 'Whom the role reports to, where the protocol says (a Director to the Chief Executive)' })
  reportsTo?: string;
  @Field(() => String, { nullable: true, description: 'When the role belongs to another body' }) organisation?: string;
  @Field(() => String, { description: "The organisation's name in Welsh, for an external role", nullable: true }) organisationCy?: string;
  @Field({ description: 'True for a politically restricted post', defaultValue: false }) politicallyRestricted: boolean;
  @Field(() => [String], { description: 'Clause numbers' }) clauses: string[];
}

@ObjectType({ description: 'What members can expect of officers, or officers of members' })
export class ProtocolExpectation {
  @Field(() => ExpectationDirectionEnum, { description: 'Who can expect it of whom' }) direction: string;
  @Field({ description: 'What can be expected' }) text: string;
  @Field(() => String, { description: 'What can be expected, in Welsh', nullable: true }) textCy?: string;
  @Field(() => [String], { description: 'The clauses it comes from' }) clauses: string[];
}

@ObjectType({ description: 'One step of an escalation chain' })
export class EscalationStep {
  @Field(() => String, { nullable: true, description: 'Who handles the step (version 1); handledBy, when present, says it in full' }) handler?: string;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'Who handles the step (version 2), an expression: { role, orNominee? } | { procedure: { name, nameCy?, url? } } | { anyOf: [...] } | { allOf: [...] }; wins over handler',
  })
  handledBy?: unknown;
  @Field(() => [String], { defaultValue: [], description: 'Who takes the step when the handler is the subject or absent' })
  alternatives: string[];
  @Field(() => StepActionEnum, { description: 'What happens at the step' }) action: string;
  @Field({ description: 'The step in plain words' }) description: string;
  @Field(() => String, { description: 'The step in Welsh', nullable: true }) descriptionCy?: string;
  @Field(() => Int, { nullable: true, description: 'Working days allowed at this step before moving on' }) workingDays?: number;
  @Field(() => [String], { description: 'Roles to tell at this step' }) notify: string[];
  @Field(() => [String], { defaultValue: [], description: 'Roles that may be told (at the handler\'s discretion, or when they exist)' }) mayNotify: string[];
  @Field(() => [String], { defaultValue: [], description: 'Roles the handler discusses the matter with or takes advice from' }) consult: string[];
  @Field(() => [String], { defaultValue: [], description: 'Roles that decide jointly with the handler' }) jointWith: string[];
  @Field({
    defaultValue: false,
    description: 'Taken with the person concerned first: the handler keeps the step even when the concern is about them',
  })
  withSubjectFirst: boolean;
  @Field(() => [PreconditionEnum], { description: 'What must hold for the step to apply' }) preconditions: string[];
  @Field(() => [String], { description: 'The clauses it comes from' }) clauses: string[];
}

@ObjectType({ description: 'A later step a concern may go to first, at the choice of whoever raises it' })
export class ChainEntryPoint {
  @Field(() => Int, { description: '0-based index of the step' }) step: number;
  @Field({ description: "When, in the protocol's words" }) when: string;
  @Field(() => String, { description: 'When, in Welsh', nullable: true }) whenCy?: string;
}

@ObjectType({ description: 'When a chain applies rather than another for the same kind of concern' })
export class ChainCondition {
  @Field(() => String, { nullable: true, description: 'Who raises the concern: a role key of the protocol, or a role kind (member, officer, body, external)' })
  raisedBy?: string;
  @Field(() => String, { nullable: true, description: 'What the person raising it seeks ("formal complaint")' }) seeks?: string;
  @Field({ description: 'The condition in plain words' }) description: string;
  @Field(() => String, { description: 'The condition in Welsh', nullable: true }) descriptionCy?: string;
}

@ObjectType({ description: 'The steps a concern goes through, in order, each with its handler and time' })
export class EscalationChain {
  @Field(() => String, { nullable: true, description: 'Identifies the chain among several for one kind of concern' }) id?: string;
  @Field(() => ChainCondition, { nullable: true, description: 'When this chain applies, where several serve one kind of concern' }) when?: ChainCondition;
  @Field(() => String, { description: 'A built-in concern kind or one of the protocol\'s own (lower case)' }) concern: string;
  @Field(() => SeverityEnum, { description: 'The severity it is for; ANY for both' }) severity: string;
  @Field(() => String, { nullable: true, description: 'For chains about a particular role (a complaint about the Clerk)' }) about?: string;
  @Field(() => [EscalationStep], { description: 'Its steps, in order' }) steps: EscalationStep[];
  @Field(() => Int, { nullable: true, description: '"Serious" matters start at this step (0-based)' }) seriousStartsAt?: number;
  @Field(() => String, { nullable: true, description: 'The external body at the end of the chain' }) externalBody?: string;
  @Field(() => String, { nullable: true, description: 'For a late-enquiry chain that applies to one category' }) category?: string;
  @Field(() => [ChainEntryPoint], { defaultValue: [], description: 'Other steps the chain may start at, and when' }) entryPoints: ChainEntryPoint[];
  @Field(() => String, { description: 'The chain in plain words', nullable: true }) description?: string;
  @Field(() => String, { description: 'The chain in Welsh', nullable: true }) descriptionCy?: string;
  @Field(() => [String], { description: 'The clauses it comes from' }) clauses: string[];
}

@ObjectType({ description: 'What changes for an urgent enquiry' })
export class UrgentHandling {
  @Field(() => Int, { description: 'Days (in its unit, else the standard\'s) to acknowledge an urgent enquiry', nullable: true }) acknowledgeWithinDays?: number;
  @Field(() => Int, { description: 'Days (in its unit, else the standard\'s) to answer an urgent enquiry', nullable: true }) respondWithinDays?: number;
  @Field(() => CountUnitEnum, { nullable: true, description: "What the urgent numbers count, when not the standard's unit" }) unit?: string;
  @Field({ description: 'In plain words' }) description: string;
  @Field(() => String, { description: 'In Welsh', nullable: true }) descriptionCy?: string;
}

@ObjectType({ description: 'Someone else who handles a step in some cases, e.g. when the usual handler is the subject' })
export class AlternativeHandler {
  @Field(() => String, { description: 'Who handles it instead (a role key)' }) handler: string;
  @Field({ description: "When, in the protocol's words" }) when: string;
  @Field(() => String, { description: 'When, in Welsh', nullable: true }) whenCy?: string;
}

@ObjectType({ description: 'What must be done when an answer will take longer than the standard' })
export class ExtensionRule {
  @Field(() => [ExtensionTermEnum], { description: 'What the person asking is owed' }) terms: string[];
  @Field({ description: 'The rule in plain words' }) description: string;
  @Field(() => String, { description: 'The rule in Welsh', nullable: true }) descriptionCy?: string;
}

@ObjectType({ description: 'How fast an enquiry of a category must be acknowledged and answered, and how the days are counted' })
export class ResponseStandard {
  @Field(() => String, { description: 'A built-in enquiry category, one of the protocol\'s own, or "*" for every category without a standard of its own' }) category: string;
  @Field(() => String, { nullable: true, description: 'Who receives the enquiry first (version 1); handledBy, when present, says it in full' }) handler?: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Who receives the enquiry first, as a handler expression (version 2); wins over handler' }) handledBy?: unknown;
  @Field(() => Int, { nullable: true, description: 'In the unit of the standard (working days unless it says otherwise)' }) acknowledgeWithinDays?: number;
  @Field(() => Int, { nullable: true, description: 'In the unit of the standard (working days unless it says otherwise)' }) respondWithinDays?: number;
  @Field(() => ReceiptConventionEnum, { defaultValue: 'ico', description: 'How a receipt on a non-working day counts (ICO when the protocol does not say)' })
  receiptOnNonWorkingDay: string;
  @Field(() => CountUnitEnum, { defaultValue: 'working_days', description: 'What the numbers count (WORKING_DAYS when the protocol does not say)' }) unit: string;
  @Field(() => String, { nullable: true, description: "'HH:MM': a receipt at or after it counts from the next working day; null: the council's cut-off applies" })
  cutOff?: string;
  @Field({ defaultValue: false, description: 'The response is due before the relevant meeting' }) respondBeforeMeeting: boolean;
  @Field(() => UrgentHandling, { description: 'What changes for an urgent enquiry, if the protocol says', nullable: true }) urgent?: UrgentHandling;
  @Field(() => [String], { description: 'Whom to escalate to when late, in order' }) escalateTo: string[];
  @Field(() => [AlternativeHandler], { defaultValue: [], description: 'Others who may receive such enquiries instead, and when' }) alternatives: AlternativeHandler[];
  @Field(() => ExtensionRule, { nullable: true, description: 'What is owed when more time is needed' }) extension?: ExtensionRule;
  @Field({ description: 'The standard in plain words' }) description: string;
  @Field(() => String, { description: 'The standard in Welsh', nullable: true }) descriptionCy?: string;
  @Field(() => [String], { description: 'The clauses it comes from' }) clauses: string[];
}

@ObjectType({ description: 'A further ground that must hold as well' })
export class AccessCondition {
  @Field(() => AccessGrantKindEnum, { description: 'On what ground access is given' }) kind: string;
  @Field(() => AccessRelationEnum, { description: 'How the requester must stand to the matter, where it matters', nullable: true }) relation?: string;
  @Field(() => String, { description: 'The role that is given access (a role key), for ROLE grants', nullable: true }) role?: string;
  @Field(() => String, { description: 'Who decides (a role key), where someone must', nullable: true }) decidedBy?: string;
  @Field(() => String, { description: 'The committee the grant is tied to, where there is one', nullable: true }) committee?: string;
  @Field(() => String, { description: "The condition in the protocol's words", nullable: true }) condition?: string;
  @Field(() => String, { description: 'The condition in plain words', nullable: true }) description?: string;
}

@ObjectType({ description: 'Who may see information of a classification, on what ground and condition' })
export class AccessGrant {
  @Field(() => AccessGrantKindEnum, { description: 'On what ground access is given' }) kind: string;
  @Field(() => AccessRelationEnum, { nullable: true, description: 'Only for a requester in this relation to the matter (REQUESTER: "only the Member who asked")' })
  relation?: string;
  @Field(() => String, { description: 'The role given access (a role key), for ROLE grants', nullable: true }) role?: string;
  @Field(() => String, { nullable: true, description: 'For need to know: who decides' }) decidedBy?: string;
  @Field(() => String, { nullable: true, description: 'For committee members: which committee' }) committee?: string;
  @Field(() => [AccessCondition], { defaultValue: [], description: 'Grounds that must hold as well as this one' }) alsoRequires: AccessCondition[];
  @Field(() => [String], { defaultValue: [], description: 'Roles that must approve release (any one of them)' }) approvedBy: string[];
  @Field(() => String, { nullable: true, description: 'A condition in words ("when undertaking Council business")' }) condition?: string;
  @Field(() => String, { description: 'The condition in Welsh', nullable: true }) conditionCy?: string;
  @Field(() => String, { nullable: true, description: 'Other rules the ground follows, by name ("the Access to Information Procedure Rules")' }) under?: string;
  @Field(() => String, { description: 'The grant in plain words', nullable: true }) description?: string;
  @Field(() => String, { description: 'The grant in Welsh', nullable: true }) descriptionCy?: string;
}

@ObjectType({ description: 'Who may see information of a classification' })
export class AccessRule {
  @Field(() => ClassificationEnum, { description: 'The classification the rule is for' }) classification: string;
  @Field(() => String, { nullable: true, description: 'What information falls in the classification under this protocol, when it says' }) covers?: string;
  @Field(() => String, { description: 'What the classification covers, in Welsh', nullable: true }) coversCy?: string;
  @Field(() => [String], { defaultValue: [], description: "Who decides the classification first (a report's author)" }) classifiedBy: string[];
  @Field(() => [String], { defaultValue: [], description: 'Who may decide it no longer applies (the Committee)' }) declassifiedBy: string[];
  @Field(() => [AccessGrant], { description: 'Who may see it, each on its own ground' }) grants: AccessGrant[];
  @Field({ description: 'The rule in plain words' }) description: string;
  @Field(() => String, { description: 'The rule in Welsh', nullable: true }) descriptionCy?: string;
  @Field(() => [String], { description: 'The clauses it comes from (as written, e.g. "4.2")' }) clauses: string[];
}

@ObjectType({ description: 'When information otherwise confidential may be disclosed, and who must be asked first' })
export class DisclosureException {
  @Field(() => DisclosureExceptionEnum, { description: 'Which exception' }) key: string;
  @Field({ description: 'The exception in plain words' }) description: string;
  @Field(() => String, { description: 'The exception in Welsh', nullable: true }) descriptionCy?: string;
  @Field(() => [ClassificationEnum], { defaultValue: [], description: 'The classifications it applies to; empty: every classification' }) classifications: string[];
  @Field(() => String, { nullable: true, description: 'A condition in words that must hold as well' }) condition?: string;
  @Field(() => String, { description: 'The condition in Welsh', nullable: true }) conditionCy?: string;
  /** As stored: one role (version 1) or several. */
  consult?: string | string[];
  @Field(() => [String], { name: 'consult', description: 'Who must be consulted first (one or several)' })
  get consultRoles(): string[] {
    return consultees(this);
  }
  @Field(() => [String], { description: 'The clauses it comes from' }) clauses: string[];
}

@ObjectType({ description: 'A rule on copying or sending correspondence' })
export class CorrespondenceRule {
  @Field(() => CorrespondenceRuleEnum, { description: 'Which rule' }) key: string;
  @Field({ description: 'The rule in plain words' }) description: string;
  @Field(() => String, { description: 'The rule in Welsh', nullable: true }) descriptionCy?: string;
  @Field(() => [String], { defaultValue: [], description: 'Roles the rule does not apply to' }) exceptRoles: string[];
  @Field(() => [String], { description: 'The clauses it comes from' }) clauses: string[];
}

@ObjectType({ description: 'A general duty, right or restriction, or a disclosure someone must make' })
export class Obligation {
  @Field(() => ObligationKindEnum, { description: 'Duty, right, restriction or disclosure' }) kind: string;
  @Field(() => [String], { description: 'Whom it binds or benefits' }) appliesTo: string[];
  @Field({ description: 'What it says' }) text: string;
  @Field(() => String, { description: 'What it says, in Welsh', nullable: true }) textCy?: string;
  @Field(() => [String], { defaultValue: [], description: 'For disclosures and reports: to whom' }) reportTo: string[];
  @Field(() => String, { nullable: true, description: 'Where a disclosure is recorded' }) register?: string;
  @Field(() => [String], { defaultValue: [], description: 'Who enters it in the register' }) recordedBy: string[];
  @Field(() => GraphQLJSON, { nullable: true, description: 'Who stands in, in order, when those it applies to are not available (handler expressions)' })
  inAbsence?: unknown;
  @Field(() => [String], { description: 'The clauses it comes from' }) clauses: string[];
}

@ObjectType({ description: 'Whom to ask for advice on a topic, and whether it must be asked first' })
export class AdviceRoute {
  @Field({ description: 'What the advice is about, e.g. "the Code of Conduct"' }) topic: string;
  @Field({ description: 'The route in plain words' }) description: string;
  @Field(() => String, { description: 'The route in Welsh', nullable: true }) descriptionCy?: string;
  @Field(() => [String], { description: 'Whom to ask (role keys), in order' }) advisers: string[];
  @Field({ defaultValue: false, description: 'The advice must be obtained before acting' }) required: boolean;
  @Field(() => [String], { description: 'The clauses it comes from' }) clauses: string[];
}

@ObjectType({ description: "A word of the protocol's own vocabulary: a concern kind or an enquiry category beside the built-in ones" })
export class VocabularyEntry {
  @Field({ description: 'Lower case: letters, digits and _' }) key: string;
  @Field({ description: 'Its title in English' }) title: string;
  @Field(() => String, { description: 'Its title in Welsh', nullable: true }) titleCy?: string;
}

@ObjectType({ description: "The protocol's own concern kinds and enquiry categories (format 2), beside the built-in ones" })
export class ProtocolVocabularyType {
  /** As stored: either list may be absent. */
  concernKinds?: VocabularyEntry[];
  enquiryCategories?: VocabularyEntry[];
  @Field(() => [VocabularyEntry], { description: "The protocol's own kinds of concern", name: 'concernKinds' })
  get concernKindList(): VocabularyEntry[] {
    return this.concernKinds ?? [];
  }
  @Field(() => [VocabularyEntry], { description: "The protocol's own enquiry categories", name: 'enquiryCategories' })
  get enquiryCategoryList(): VocabularyEntry[] {
    return this.enquiryCategories ?? [];
  }
}
