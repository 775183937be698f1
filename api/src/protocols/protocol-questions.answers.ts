import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { LocalDateScalar } from '../common/scalars';
import { ACCESS_DECISIONS, CHANGE_KINDS, ROUTE_SKIPS, ROUTE_WARNINGS } from '../domain/vocabularies';
import { OfficeHolder, ProtocolClause, ProtocolVersion } from './protocol.entities';
import { LANGUAGES } from '../domain/answer-text';
import { CountUnitEnum, PreconditionEnum, ReceiptConventionEnum, StepActionEnum, vocabulary } from './protocol.enums';
import { AccessGrant, AccessRule, ChainCondition, DisclosureException, EscalationChain, ProtocolRole, ResponseStandard } from './protocol.types';

export const AnswerLanguage = vocabulary(LANGUAGES, 'AnswerLanguage', 'The language of an answer: EN, or CY (the protocol\'s Welsh text where it has it, else English)', {
  en: 'English',
  cy: 'Welsh, where the protocol has it, else English',
});
export type AnswerLanguage = (typeof LANGUAGES)[number];

/** What the questions answer: a route, response deadlines, an access decision, a comparison of versions. */

export const RouteSkip = vocabulary(ROUTE_SKIPS, 'RouteSkip', 'Why a step of the chain does not apply to this concern', {
  handler_is_subject: "The step's handler is the person the concern is about",
  serious_only: 'The step is for serious matters only',
  minor_only: 'The step is for minor matters only',
  serious_starts_later: 'A serious matter starts at a later step',
});
export type RouteSkip = (typeof ROUTE_SKIPS)[number];

@ObjectType({ description: 'A named procedure that handles a step ("the council\'s official complaints procedure")' })
export class RouteProcedure {
  @Field({ description: 'In the language asked for' }) name: string;
  @Field(() => String, { description: 'Where the procedure is published, if known', nullable: true }) url: string | null;
}

@ObjectType({ description: 'A chain the caller may choose, where the question does not say which applies' })
export class RouteChoice {
  @Field(() => String, { nullable: true, description: "The chain's id: ask again with chainId" }) chainId: string | null;
  @Field(() => ChainCondition, { description: 'When it applies, in plain words', nullable: true }) when: ChainCondition | null;
  @Field({ description: 'When it applies, in the language asked for' }) description: string;
  @Field(() => EscalationChain, { description: "One chain that may apply; ask again with escalationRoute(chainId: its id)" }) chain: EscalationChain;
}

@ObjectType({ description: 'A disclosure exception that may apply to the classification asked about' })
export class ApplicableException {
  @Field(() => DisclosureException, { description: 'The disclosure exception that may apply' }) exception: DisclosureException;
  @Field(() => [ProtocolRole], { description: 'Whom to consult first' }) consult: ProtocolRole[];
  @Field(() => [ProtocolClause], { description: 'The clauses it comes from' }) clauses: ProtocolClause[];
}

@ObjectType({ description: 'One step of an escalation route, with who holds the handling role now' })
export class RouteStep {
  @Field(() => Int, { description: 'Position in the chain, from 0' })
  index: number;

  @Field(() => String, { nullable: true, description: 'Who takes this step for this concern (the first role of handledBy); null when skipped or for a procedure alone' })
  handler: string | null;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Everyone who may or must take the step, without the subject: { role, orNominee? } | { procedure } | { anyOf } | { allOf }; null when skipped',
  })
  handledBy: unknown;

  @Field(() => String, { nullable: true, description: 'handledBy in words, in the language asked for: "the Director or the Head of Service, or a person they nominate"' })
  handlerText: string | null;

  @Field(() => [ProtocolRole], { description: 'Every role handledBy names (alternatives and joint handlers), never the subject' })
  handlerRoles: ProtocolRole[];

  @Field(() => [RouteProcedure], { description: 'Every procedure handledBy names' })
  procedures: RouteProcedure[];

  @Field(() => ProtocolRole, { nullable: true, description: "The handler as the protocol names it (the council's own title)" })
  handlerRole: ProtocolRole | null;

  @Field(() => [OfficeHolder], { description: 'Who holds the handling role today' })
  officeHolders: OfficeHolder[];

  @Field(() => RouteSkip, { description: 'Why it does not apply to this concern; null when it does', nullable: true })
  skipped: RouteSkip | null;

  @Field(() => StepActionEnum, { description: 'What happens at the step' })
  action: string;

  @Field({ description: 'The step in plain words, in the language asked for' })
  description: string;

  @Field(() => Int, { description: 'Working days allowed at the step, if the protocol sets a limit', nullable: true })
  workingDays: number | null;

  @Field(() => [ProtocolRole], { description: 'Roles to tell at this step (never the subject of the concern: see withheld)' })
  notify: ProtocolRole[];

  @Field(() => [ProtocolRole], { description: "Roles that may be told (at the handler's discretion, or when they exist); never the subject" })
  mayNotify: ProtocolRole[];

  @Field(() => [ProtocolRole], { description: 'Roles the handler discusses the matter with or takes advice from; never the subject' })
  consult: ProtocolRole[];

  @Field(() => [ProtocolRole], { description: 'The subject of the concern, where the step names them to be told or consulted and the route leaves them out' })
  withheld: ProtocolRole[];

  @Field(() => [String], { description: 'What the route changed at this step and why, e.g. "The Chief Executive is not told: the concern is about them."' })
  notes: string[];

  @Field(() => [ProtocolRole], { description: 'Roles that decide jointly with the handler' })
  jointWith: ProtocolRole[];

  @Field({ description: 'Taken with the person concerned first, even when the concern is about the handler' })
  withSubjectFirst: boolean;

  @Field(() => [PreconditionEnum], { description: 'What must hold for it to apply' })
  preconditions: string[];

  @Field(() => [ProtocolClause], { description: 'The clauses this step comes from' })
  clauses: ProtocolClause[];
}

export const RouteWarningKind = vocabulary(ROUTE_WARNINGS, 'RouteWarningKind', 'What a route warns of', {
  handler_reports_to_subject: "A step's handler reports to the person the concern is about",
});
export type RouteWarningKind = (typeof ROUTE_WARNINGS)[number];

@ObjectType({ description: 'Something about a route the person following it should know' })
export class RouteWarning {
  @Field(() => RouteWarningKind, { description: 'What it warns of' })
  kind: RouteWarningKind;

  @Field(() => Int, { description: 'The step it is about, from 0' })
  step: number;

  @Field(() => ProtocolRole, { nullable: true, description: "The step's handler" })
  handler: ProtocolRole | null;

  @Field(() => ProtocolRole, { nullable: true, description: 'Whom the concern is about' })
  subject: ProtocolRole | null;

  @Field({ description: 'E.g. "Step 2: The Director reports to the Chief Executive, whom the concern is about."' })
  message: string;
}

@ObjectType({ description: 'Where a concern goes at a council, in order, under its adopted protocol' })
export class EscalationRoute {
  @Field(() => ID, { description: "The council's id" })
  councilId: string;

  @Field(() => ProtocolVersion, { description: 'The adopted version that was asked' })
  protocolVersion: ProtocolVersion;

  @Field(() => EscalationChain, { nullable: true, description: 'The chain that applies; null when the caller must choose (see choices)' })
  chain: EscalationChain | null;

  @Field({ description: 'Why this chain: its condition and what the question said that matched, or that it is the only one' })
  chosenBecause: string;

  @Field(() => [RouteChoice], { description: 'The chains to choose from, when the question does not decide (ask again with chainId, raisedBy or seeks)' })
  choices: RouteChoice[];

  @Field(() => [RouteStep], { description: 'Empty when the caller must choose' })
  steps: RouteStep[];

  @Field(() => ProtocolRole, { nullable: true, description: 'The external body at the end of the chain' })
  externalBody: ProtocolRole | null;

  @Field(() => String, { nullable: true, description: 'Whom the concern is about (as asked, or the role the chain is kept for); never told through the route' })
  subject: string | null;

  @Field(() => [RouteWarning], { description: "Handlers the protocol places under the subject (from the roles' reportsTo), and the like" })
  warnings: RouteWarning[];
}

@ObjectType({ description: 'When an enquiry must be acknowledged and answered, under the protocol in force' })
export class ResponseDeadlines {
  @Field(() => ID, { description: "The council's id" })
  councilId: string;

  @Field(() => ProtocolVersion, { description: 'The adopted version that was asked' })
  protocolVersion: ProtocolVersion;

  @Field(() => ResponseStandard, { description: 'The response standard applied' })
  standard: ResponseStandard;

  @Field({ description: 'When the enquiry was received, as asked' })
  receivedAt: Date;

  @Field({ description: 'Whether the urgent standard was applied' })
  urgent: boolean;

  @Field(() => LocalDateScalar, {
    description:
      'Day 0: the date of receipt (the next working day when received after the cut-off). Under the ICO reading it may be a non-working day, day 1 being the first working day after it; under NEXT_WORKING_DAY a receipt on a non-working day is moved to the next working day',
  })
  startDay: string;

  @Field(() => LocalDateScalar, { description: 'The date an acknowledgement is due (YYYY-MM-DD); null when the standard asks none', nullable: true })
  acknowledgeBy: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'null when the response is due before a meeting (see respondBeforeMeeting)' })
  respondBy: string | null;

  @Field(() => Date, { nullable: true, description: 'The instant acknowledgement is due, for a standard counted in hours' })
  acknowledgeAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'The instant the response is due, for a standard counted in hours' })
  respondAt: Date | null;

  @Field(() => ReceiptConventionEnum, { description: 'How a receipt on a non-working day was counted' })
  receiptOnNonWorkingDay: string;

  @Field(() => CountUnitEnum, { description: 'What the numbers counted' })
  unit: string;

  @Field(() => String, { nullable: true, description: "The cut-off applied ('HH:MM', the standard's or else the council's); null when none" })
  cutOff: string | null;

  @Field({
    description:
      'How the dates were counted, e.g. "working days; day 1 is the first working day after the date of receipt, which need not be a working day (ICO reading)"',
  })
  counting: string;

  @Field({ description: 'Day 0 in words, in the language asked for: "Received Saturday 7 March 2026; counted from that day (day 0)."' })
  countedFrom: string;

  @Field(() => GraphQLJSON, { nullable: true, description: "Who receives the enquiry first, as a handler expression (the standard's handledBy, or { role: handler })" })
  handledBy: unknown;

  @Field({ description: 'True when the answer is due before a meeting rather than by a date' })
  respondBeforeMeeting: boolean;

  @Field(() => [ProtocolRole], { description: 'Whom to escalate to when late, in order' })
  escalateTo: ProtocolRole[];

  @Field({ description: 'The working-day calendar used, e.g. "England and Wales bank holidays, weekends, cut-off 16:00"' })
  calendar: string;

  @Field(() => [ProtocolClause], { description: 'The clauses the standard comes from, with their text' })
  clauses: ProtocolClause[];
}

export const AccessDecisionKind = vocabulary(ACCESS_DECISIONS, 'AccessDecisionKind', 'The answer to "may this person see it?"', {
  allowed: 'Yes, on the ground given',
  refused: 'No: the protocol does not allow it',
  needs_decision: 'Someone must decide (named in the rule), e.g. whether the member needs to know',
  needs_approval: 'Allowed once someone approves it',
  not_covered: 'The protocol does not say',
});
export type AccessDecisionKind = (typeof ACCESS_DECISIONS)[number];

@ObjectType({ description: 'Whether a requester may see information of a classification, and on what ground' })
export class AccessDecisionResult {
  @Field(() => AccessDecisionKind, { description: 'The answer: allowed, refused, needs a decision or approval, or not covered' })
  decision: AccessDecisionKind;

  @Field({ description: 'True only when the decision is ALLOWED' })
  allowed: boolean;

  @Field({ description: 'Why, in plain words, in the language asked for' })
  reason: string;

  @Field(() => AccessRule, { description: 'The access rule for the classification, if the protocol has one', nullable: true })
  rule: AccessRule | null;

  @Field(() => AccessGrant, { description: 'The grant that applied, if any', nullable: true })
  grant: AccessGrant | null;

  @Field(() => ProtocolRole, { nullable: true, description: 'Who decides need to know, when that decision is what is missing or what allowed it' })
  decidedBy: ProtocolRole | null;

  @Field(() => [ProtocolRole], { description: 'Who may approve release, when the protocol requires approval first' })
  approvers: ProtocolRole[];

  @Field(() => String, {
    nullable: true,
    description: 'The role the grant names, when the requester holds it as a kind of that role (a Chairman is a Member)',
  })
  through: string | null;

  @Field(() => [ApplicableException], { description: 'Disclosure exceptions that may apply to this classification (not for public information)' })
  exceptions: ApplicableException[];

  @Field(() => [ProtocolClause], { description: 'The clauses the decision comes from, with their text' })
  clauses: ProtocolClause[];

  @Field(() => ProtocolVersion, { description: 'The adopted version that was asked' })
  protocolVersion: ProtocolVersion;
}

export const ChangeKind = vocabulary(CHANGE_KINDS, 'ChangeKind', 'How a clause or rule differs between two versions', {
  added: 'Only in the later version',
  changed: 'In both, but different',
  removed: 'Only in the earlier version',
});
export type ChangeKind = (typeof CHANGE_KINDS)[number];

@ObjectType({ description: 'A clause added, changed or removed between two versions' })
export class ClauseChange {
  @Field({ description: 'The clause\'s id (kept when renumbered)' })
  key: string;

  @Field(() => String, { nullable: true, description: 'Its number (after the change; before, when removed); null for an unnumbered paragraph' })
  number: string | null;

  @Field(() => ChangeKind, { description: 'ADDED, CHANGED or REMOVED' })
  change: ChangeKind;

  @Field(() => String, { description: 'Its heading in the earlier version', nullable: true })
  headingBefore: string | null;

  @Field(() => String, { description: 'Its text in the earlier version; null when added', nullable: true })
  textBefore: string | null;

  @Field(() => String, { description: 'Its heading in the later version', nullable: true })
  headingAfter: string | null;

  @Field(() => String, { description: 'Its text in the later version; null when removed', nullable: true })
  textAfter: string | null;
}

@ObjectType({ description: 'A rule added, changed or removed; before and after are the rule as JSON' })
export class RuleChange {
  @Field({ description: 'role, expectation, chain, response_standard, access_rule, disclosure_exception, correspondence_rule, obligation, advice_route' })
  section: string;

  @Field({ description: 'What identifies the rule across versions: a role key, a concern/severity, a category…' })
  key: string;

  @Field(() => ChangeKind, { description: 'ADDED, CHANGED or REMOVED' })
  change: ChangeKind;

  @Field(() => GraphQLJSON, { description: 'The rule in the earlier version; null when added', nullable: true })
  before: unknown;

  @Field(() => GraphQLJSON, { description: 'The rule in the later version; null when removed', nullable: true })
  after: unknown;
}

@ObjectType({ description: 'What changed from one protocol version to another (e.g. the adopted version to the draft, or the model to a council\'s)' })
export class ProtocolComparison {
  @Field(() => ProtocolVersion, { description: 'The earlier version' })
  base: ProtocolVersion;

  @Field(() => ProtocolVersion, { description: 'The later version' })
  other: ProtocolVersion;

  @Field(() => [ClauseChange], { description: 'Clauses added, changed or removed' })
  clauses: ClauseChange[];

  @Field(() => [RuleChange], { description: 'Rules added, changed or removed' })
  rules: RuleChange[];
}
