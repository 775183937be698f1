/**
 * A member/officer protocol as data: what one version of a council's protocol
 * holds. Pure types and checks, no I/O. The same shape is the seed format, the
 * import/export format, and what the protocol tables store; every rule cites the
 * clauses (numbers as written: "4.2", "106", "9.3.1") it comes from.
 */
import { COUNT_UNITS, RECEIPT_CONVENTIONS, type CountUnit, type ReceiptConvention } from './calendar';
import { clauseIds, clauseProblems } from './clauses';
import { isStatedDate, STATED_DATE_MESSAGE } from './dates';

export { COUNT_UNITS, RECEIPT_CONVENTIONS, type CountUnit, type ReceiptConvention };

/** The shared vocabulary of roles; each protocol gives its own title ("Town Clerk", "Executive Head"). */
export const ROLE_KEYS = [
  // members
  'member',
  'co_opted_member',
  'ward_member',
  'chairman',
  'vice_chairman',
  'mayor',
  'deputy_mayor',
  'leader',
  'deputy_leader',
  'cabinet_member',
  'committee_chair',
  'group_leader',
  // officers
  'clerk',
  'deputy_clerk',
  'chief_executive',
  'deputy_chief_executive',
  'monitoring_officer',
  'section_151_officer',
  'director',
  'head_of_service',
  'service_manager',
  'team_leader',
  'line_manager',
  'case_officer',
  'democratic_services',
  'democratic_services_manager',
  'planning_manager',
  'communications_officer',
  'hr_officer',
  'corporate_management_team',
  'officer',
  // bodies
  'full_council',
  'executive',
  'standards_committee',
  'policy_committee',
  'personnel_committee',
  'overview_scrutiny_committee',
  'committee',
  'party_group',
  // external
  'ombudsman',
  'principal_council_standards_committee',
  'principal_council_monitoring_officer',
  'nalc',
  'slcc',
  'county_association',
  'independent_mediator',
  'police',
] as const;
/** One of the built-in role keys: the tag that lets reports compare councils. */
export type BuiltInRoleKey = (typeof ROLE_KEYS)[number];
/**
 * A role key of a protocol (format v2): the council's own, `^[a-z][a-z0-9_]{0,59}$`, defined in the
 * document's `roles`; the built-in keys are the usual ones, not a closed list.
 */
export type RoleKey = string;
/** What a key of the council's own vocabulary looks like (roles, concern kinds, enquiry categories, chain ids). */
export const VOCABULARY_KEY = /^[a-z][a-z0-9_]{0,59}$/;

export const ROLE_KINDS = ['member', 'officer', 'body', 'external'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

/** Kinds of concern, each with its own escalation chain. */
export const CONCERN_KINDS = [
  'member_about_officer',
  'officer_about_member',
  'member_about_member',
  'about_clerk',
  'about_head_of_paid_service',
  'enquiry_late',
  'confidentiality_breach',
  'need_to_know_dispute',
  'code_of_conduct',
  'information_request_refused',
  'report_content_dispute',
  'party_group_difficulty',
  'interpretation',
] as const;
/** A built-in concern kind, or one of the protocol's own (`vocabulary.concernKinds`). */
export type ConcernKind = string;
export type BuiltInConcernKind = (typeof CONCERN_KINDS)[number];

export const SEVERITIES = ['any', 'minor', 'serious'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const STEP_ACTIONS = [
  'informal_discussion',
  'raise_concern',
  'investigate_and_report',
  'mediation',
  'advice',
  'grievance_procedure',
  'disciplinary_procedure',
  'formal_complaint',
  'referral',
  'decision',
] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

export const PRECONDITIONS = [
  'consent_of_all_parties',
  'serious_only',
  'minor_only',
  'unresolved_at_previous_step',
  'handler_not_subject',
  'relationship_breakdown',
  /** Only where whoever took the previous step considers the Code of Conduct breached (Eastvale 4.1). */
  'breach_of_code_suspected',
] as const;
export type Precondition = (typeof PRECONDITIONS)[number];

export const ENQUIRY_CATEGORIES = [
  'planning',
  'ward_matter',
  'policy_matter',
  'complaint',
  'information_request',
  'portfolio_political',
  'general_correspondence',
] as const;
/** A built-in enquiry category, or one of the protocol's own (`vocabulary.enquiryCategories`). */
export type EnquiryCategory = string;
export type BuiltInEnquiryCategory = (typeof ENQUIRY_CATEGORIES)[number];
/** A response standard's category that covers every category without a standard of its own. */
export const EVERY_CATEGORY = '*';

export const CLASSIFICATIONS = [
  'public',
  'confidential',
  'exempt',
  'employee_personal',
  'commercially_sensitive',
  'party_group',
  'draft_report',
] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const ACCESS_GRANTS = [
  'anyone',
  'role',
  'committee_member',
  'need_to_know',
  'overview_scrutiny',
  'party_group_member',
  /** The political group forming the administration (not the other groups). */
  'administration_group',
  'ward_member',
] as const;
export type AccessGrantKind = (typeof ACCESS_GRANTS)[number];

export const DISCLOSURE_EXCEPTIONS = ['consent', 'required_by_law', 'professional_advice', 'public_interest', 'already_public', 'legitimate_reason', 'with_authority'] as const;
export type DisclosureExceptionKey = (typeof DISCLOSURE_EXCEPTIONS)[number];

export const CORRESPONDENCE_RULES = [
  'no_blind_copies',
  'copy_member_letter_with_notice_or_consent',
  'ward_members_copied',
  'members_copied_on_ward_issues_unless_asked',
  'officer_letters_in_own_name',
  'political_correspondence_not_on_council_resources',
  'mayor_correspondence',
  'ward_members_notified',
  'no_copies_to_media',
  'press_contact_through_clerk',
] as const;

/** What a general rule of conduct is. */
export const OBLIGATION_KINDS = ['duty', 'right', 'restriction', 'disclosure'] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

/** What the person asking must be given when a response will take longer than the standard. */
export const EXTENSION_TERMS = ['time_estimate', 'explanation', 'early_notice'] as const;
export type ExtensionTerm = (typeof EXTENSION_TERMS)[number];
export type CorrespondenceRuleKey = (typeof CORRESPONDENCE_RULES)[number];

/** Who can expect what of whom (an expectation's direction). */
export const EXPECTATION_DIRECTIONS = ['members_from_officers', 'officers_from_members'] as const;
export type ExpectationDirection = (typeof EXPECTATION_DIRECTIONS)[number];

export interface Clause {
  /**
   * The stable id rules cite ("4.2", "conduct.3", "p7"); never changes when the clause is
   * renumbered. Optional in a version-1 document, where the number is the id.
   */
  id?: string;
  /** As written: "4.2", "8.63", "(a)", "•"; null for an unnumbered paragraph. Unique within its section; order is the array's order. */
  number: string | null;
  /** The id of the section it belongs to, if any. */
  section?: string;
  heading?: string;
  headingCy?: string;
  text: string;
  textCy?: string;
}

/** A section of the text, with its heading ("Part 3: Members' enquiries"), in document order. */
export interface DocumentSection {
  id: string;
  number?: string;
  heading: string;
  headingCy?: string;
}

export interface Role {
  /** The council's own key (`political_assistant`), unique in the document; a built-in key tags the role with itself. */
  key: RoleKey;
  /** The council's own title: "Town Clerk", "Executive Head", "Public Services Ombudsman for Wales". */
  title: string;
  titleCy?: string;
  kind: RoleKind;
  /**
   * The built-in role this one is a kind of, so that reports can compare councils ("Other staff" tagged
   * `officer`, "Executive Head" tagged `director`). A role whose key is a built-in key is tagged with it.
   */
  builtIn?: BuiltInRoleKey;
  /** Whom the role reports to, where the protocol says (a Director to the Chief Executive). */
  reportsTo?: RoleKey;
  /** When the role belongs to another body: "Torfaen County Borough Council". */
  organisation?: string;
  organisationCy?: string;
  politicallyRestricted?: boolean;
  clauses: string[];
}

export interface Expectation {
  direction: ExpectationDirection;
  text: string;
  textCy?: string;
  clauses: string[];
}

/** A procedure that handles a step ("the council's official complaints procedure"). */
export interface Procedure {
  name: string;
  nameCy?: string;
  url?: string;
}

/**
 * Who handles a step or receives an enquiry (format v2): a role (optionally "or a person they
 * nominate"), a named procedure, any one of several (alternatives), or several together (joint).
 */
export type Handler = { role: RoleKey; orNominee?: boolean } | { procedure: Procedure } | { anyOf: Handler[] } | { allOf: Handler[] };

export interface EscalationStep {
  /**
   * Who handles this step (v1; `handledBy` wins when present); the first of `alternatives` not the
   * subject takes it when the handler is.
   */
  handler?: RoleKey;
  /** Who handles this step, as an expression (v2): a role, a procedure, anyOf, allOf, orNominee. */
  handledBy?: Handler;
  alternatives?: RoleKey[];
  action: StepAction;
  description: string;
  descriptionCy?: string;
  /** Working days allowed at this step before moving on, when the protocol says. */
  workingDays?: number;
  /** Roles to tell at this step (e.g. the Group Leader). */
  notify: RoleKey[];
  /** Roles that may be told, at the handler's discretion or when they exist ("if the Member has a Group Leader"). */
  mayNotify?: RoleKey[];
  /** Roles the handler discusses the matter with or takes advice from before deciding. */
  consult?: RoleKey[];
  /** Roles that decide jointly with the handler. */
  jointWith?: RoleKey[];
  /**
   * Taken with the person concerned first ("raised with the Town Clerk in the first instance", even
   * about the Town Clerk): the handler keeps this step when the concern is about them. By default a
   * handler who is the subject is skipped.
   */
  withSubjectFirst?: boolean;
  preconditions: Precondition[];
  clauses: string[];
}

/** When a chain applies, where several chains serve one kind of concern (format v2). */
export interface ChainCondition {
  /** Who raises the concern: a role key (or a kind of it: a Chairman raises as a Member) or a role kind (`member`). */
  raisedBy?: RoleKey | RoleKind;
  /** What the person raising it seeks, in a word or two ("formal complaint", "informal resolution"). */
  seeks?: string;
  description: string;
  descriptionCy?: string;
}

export interface EscalationChain {
  /** Identifies the chain among several for one concern kind (a slug, unique in the document). */
  id?: string;
  /** When this chain applies rather than another for the same concern kind. */
  when?: ChainCondition;
  concern: ConcernKind;
  severity: Severity;
  /** For chains about a particular role (a complaint about the Clerk). */
  about?: RoleKey;
  steps: EscalationStep[];
  /** "Serious" matters start at this step (0-based) of the chain. */
  seriousStartsAt?: number;
  /** The external body at the end of the chain (e.g. the Ombudsman). */
  externalBody?: RoleKey;
  /** For 'enquiry_late' chains that apply to one category of enquiry only. */
  category?: EnquiryCategory;
  /**
   * Other places the chain may start, at the choice of whoever raises the concern
   * ("or go straight to the Executive Head where discussion would not be appropriate").
   */
  entryPoints?: { step: number; when: string; whenCy?: string }[];
  description?: string;
  descriptionCy?: string;
  clauses: string[];
}

export interface ResponseStandard {
  /** A category, or '*' for every category without a standard of its own. */
  category: EnquiryCategory;
  /** Who receives the enquiry first (case officer, Member Enquiries Mailbox, Clerk); v1, `handledBy` wins when present. */
  handler?: RoleKey;
  /** Who receives the enquiry first, as an expression (v2). */
  handledBy?: Handler;
  /** In the standard's {@link unit} (working days unless it says otherwise). */
  acknowledgeWithinDays?: number;
  respondWithinDays?: number;
  /**
   * How a receipt on a non-working day counts: 'ico' (the default: day 1 is the first working day
   * after the date of receipt) or 'next_working_day' (moved to the next working day, counted from the day after).
   */
  receiptOnNonWorkingDay?: ReceiptConvention;
  /** What the numbers count: working days (the default), calendar days or hours. */
  unit?: CountUnit;
  /** 'HH:MM': a receipt at or after it on a working day counts as received the next working day; instead of the council's cut-off. */
  cutOff?: string;
  /** "a response will aim to be provided before the relevant meeting". */
  respondBeforeMeeting?: boolean;
  /** Urgent handling; its numbers count in its own unit when given, else the standard's. */
  urgent?: { acknowledgeWithinDays?: number; respondWithinDays?: number; unit?: CountUnit; description: string; descriptionCy?: string };
  /** Whom to escalate to when late, in order. */
  escalateTo: RoleKey[];
  /** Others who may receive such enquiries instead, and when ("particularly sensitive or complex": the Planning Manager). */
  alternatives?: { handler: RoleKey; when: string; whenCy?: string }[];
  /** What is owed when more time is needed ("an estimate of the time and a brief explanation"). */
  extension?: { terms: ExtensionTerm[]; description: string; descriptionCy?: string };
  description: string;
  descriptionCy?: string;
  clauses: string[];
}

/** How the requester stands to the matter: the Member who asked, the ward member, the person it is about. */
export const ACCESS_RELATIONS = ['requester', 'ward_member', 'subject'] as const;
export type AccessRelation = (typeof ACCESS_RELATIONS)[number];

export interface AccessGrant {
  kind: AccessGrantKind;
  /** Only for a requester in this relation to the matter ("only the Member who asked"). */
  relation?: AccessRelation;
  /** For kind 'role'. */
  role?: RoleKey;
  /** For kind 'need_to_know': who decides. */
  decidedBy?: RoleKey;
  /** For kind 'committee_member': which committee (e.g. the Personnel Committee). */
  committee?: RoleKey;
  /** Grounds that must hold as well as this one (each as a grant). */
  alsoRequires?: Omit<AccessGrant, 'alsoRequires' | 'approvedBy'>[];
  conditionCy?: string;
  descriptionCy?: string;
  /** Roles that must approve before the information is released (any one of them). */
  approvedBy?: RoleKey[];
  /** A condition in words the requester must meet ("when undertaking Council business"). */
  condition?: string;
  /** Other rules the ground follows, by name ("the Access to Information Procedure Rules of the Constitution"). */
  under?: string;
  description?: string;
}

export interface AccessRule {
  classification: Classification;
  /** What information falls in the classification under this protocol, when it says ("a duty of confidence arises from the confider's expectation"). */
  covers?: string;
  coversCy?: string;
  /** Who decides the classification first (a report's author), and who may decide it no longer applies (the Committee). */
  classifiedBy?: RoleKey[];
  declassifiedBy?: RoleKey[];
  grants: AccessGrant[];
  description: string;
  descriptionCy?: string;
  clauses: string[];
}

export interface DisclosureException {
  key: DisclosureExceptionKey;
  description: string;
  descriptionCy?: string;
  /** The classifications it applies to (format v2); every classification when absent. */
  classifications?: Classification[];
  /** A condition in words that must hold as well ("and no legislation bars it"). */
  condition?: string;
  conditionCy?: string;
  /** Who must be consulted first (the Monitoring Officer for public interest); v2: one or several. */
  consult?: RoleKey | RoleKey[];
  clauses: string[];
}

export interface CorrespondenceRule {
  key: CorrespondenceRuleKey;
  description: string;
  descriptionCy?: string;
  /** Roles the rule does not apply to (copies may go to the Committee Chair for the area of work). */
  exceptRoles?: RoleKey[];
  clauses: string[];
}

/** A general duty, right or restriction, or a disclosure someone must make, with whom it applies to. */
export interface Obligation {
  kind: ObligationKind;
  /** Whom it binds or benefits (member, officer, chairman…). */
  appliesTo: RoleKey[];
  text: string;
  textCy?: string;
  /** For disclosures and reports: to whom. */
  reportTo?: RoleKey[];
  /** Where a disclosure is recorded ("Register of Members' Interests"). */
  register?: string;
  /** Who enters it in the register (the Monitoring Officer, a Service Manager). */
  recordedBy?: RoleKey[];
  /**
   * Who stands in, in order, when those it applies to are not available ("or in their absence the
   * Vice-Chairman"; "a member nominated by the Portfolio Holder"), as handler expressions.
   */
  inAbsence?: Handler[];
  clauses: string[];
}

/** Whom to ask for advice on a topic, and whether it must be asked first. */
export interface AdviceRoute {
  /** An identifier for the topic: "interpretation", "data_protection_before_requesting_documents". */
  topic: string;
  description: string;
  descriptionCy?: string;
  advisers: RoleKey[];
  /** The advice must be obtained before acting. */
  required?: boolean;
  clauses: string[];
}

export interface ReviewSchedule {
  /** As stated: YYYY, YYYY-MM or YYYY-MM-DD; absent when the text states none. */
  adoptedOn?: string;
  /** The body that adopted it. */
  adoptedBy?: RoleKey;
  effectiveFrom?: string;
  /** When the text says it was last updated (YYYY, YYYY-MM or YYYY-MM-DD). */
  lastUpdated?: string;
  reviewEveryMonths?: number;
  /** A fixed review date, when the text gives one. */
  reviewOn?: string;
  reviewingBody?: RoleKey;
  /** What a review is to look at, when the text says ("with particular reference to findings on breaches"). */
  focus?: string;
  /** The body that approves amendments the review recommends. */
  amendedBy?: RoleKey;
  /** Parts amended since adoption without a new version ("Member Enquiries section updated on 2021-09-09"). */
  amendments?: { on: string; scope: string; clauses: string[] }[];
  clauses: string[];
}

/** A word of the protocol's own vocabulary: a concern kind or an enquiry category beside the built-in ones. */
export interface VocabularyEntry {
  key: string;
  title: string;
  titleCy?: string;
}

/** The protocol's own concern kinds and enquiry categories (format v2), beside the built-in ones. */
export interface ProtocolVocabulary {
  concernKinds?: VocabularyEntry[];
  enquiryCategories?: VocabularyEntry[];
}

export interface ProtocolDocument {
  /** The format version: 2 on export; 1 or absent on import means version 1 (clause ids are numbers). */
  format?: 1 | 2;
  title: string;
  titleCy?: string;
  sections?: DocumentSection[];
  vocabulary?: ProtocolVocabulary;
  clauses: Clause[];
  roles: Role[];
  expectations: Expectation[];
  chains: EscalationChain[];
  responseStandards: ResponseStandard[];
  accessRules: AccessRule[];
  disclosureExceptions: DisclosureException[];
  correspondenceRules: CorrespondenceRule[];
  obligations: Obligation[];
  adviceRoutes: AdviceRoute[];
  review: ReviewSchedule;
}

export interface Problem {
  /** A path into the document: "chains[2].steps[1].handler". */
  path: string;
  message: string;
}

import { handlerOf, handlerProblems } from './handlers';

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

/**
 * Everything wrong with a protocol document: unknown vocabulary, clauses cited
 * but not present, roles used but not defined, duplicate clause numbers, bad
 * numbers and dates. An empty list means it is consistent.
 */
export function protocolProblems(doc: ProtocolDocument): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  problems.push(...clauseProblems(doc.clauses, doc.sections));
  const clauseNumbers = clauseIds(doc.clauses);
  const roles = new Set<string>();
  doc.roles.forEach((r, i) => {
    if (!VOCABULARY_KEY.test(r.key)) add(`roles[${i}].key`, `"${r.key}" must be lower-case letters, digits and _ (e.g. political_assistant)`);
    if (!(ROLE_KINDS as readonly string[]).includes(r.kind)) add(`roles[${i}].kind`, `"${r.kind}" is not a role kind (member, officer, body, external)`);
    if (r.builtIn !== undefined && !(ROLE_KEYS as readonly string[]).includes(r.builtIn)) add(`roles[${i}].builtIn`, `"${r.builtIn}" is not a built-in role`);
    if (roles.has(r.key)) add(`roles[${i}].key`, `"${r.key}" is defined twice`);
    roles.add(r.key);
    if (!r.title.trim()) add(`roles[${i}].title`, 'is empty');
  });
  doc.roles.forEach((r, i) => {
    if (r.reportsTo === undefined) return;
    if (!roles.has(r.reportsTo)) add(`roles[${i}].reportsTo`, `"${r.reportsTo}" is not one of this protocol's roles`);
    else if (r.reportsTo === r.key || reportingLine(doc.roles, r.reportsTo).includes(r.key)) add(`roles[${i}].reportsTo`, `"${r.key}" would report to itself through "${r.reportsTo}"`);
  });
  const cites = (path: string, list: string[]) =>
    list.forEach((n, j) => clauseNumbers.has(n) || add(`${path}.clauses[${j}]`, `cites clause "${n}", which the protocol does not have`));
  const role = (path: string, key: string | undefined) => {
    if (key !== undefined && !roles.has(key)) add(path, `"${key}" is not one of this protocol's roles`);
  };
  const handled = (path: string, x: { handler?: string; handledBy?: Handler }) => {
    if (x.handledBy !== undefined) handlerProblems(x.handledBy, `${path}.handledBy`, (k) => roles.has(k)).forEach((q) => add(q.path, q.message));
    else if (x.handler === undefined) add(`${path}.handler`, 'says who handles it: a handler or handledBy');
    else role(`${path}.handler`, x.handler);
  };
  // The protocol's own vocabulary, beside the built-in lists.
  const own = (list: 'concernKinds' | 'enquiryCategories', builtIn: readonly string[]) => {
    const keys = new Set<string>();
    (doc.vocabulary?.[list] ?? []).forEach((e, i) => {
      const p = `vocabulary.${list}[${i}]`;
      if (!VOCABULARY_KEY.test(e.key)) add(`${p}.key`, `"${e.key}" must be lower-case letters, digits and _ (e.g. service_request)`);
      else if (builtIn.includes(e.key)) add(`${p}.key`, `"${e.key}" is built in already: leave it out`);
      else if (keys.has(e.key)) add(`${p}.key`, `"${e.key}" is defined twice`);
      keys.add(e.key);
      if (!e.title?.trim()) add(`${p}.title`, 'is empty');
    });
    return new Set([...builtIn, ...keys]);
  };
  const concernKinds = own('concernKinds', CONCERN_KINDS);
  const enquiryCategories = own('enquiryCategories', ENQUIRY_CATEGORIES);
  const concern = (path: string, key: string) => concernKinds.has(key) || add(path, `"${key}" is not one of this protocol's concern kinds`);
  const category = (path: string, key: string) => enquiryCategories.has(key) || add(path, `"${key}" is not one of this protocol's enquiry categories`);
  const days = (path: string, n: number | undefined, unit: CountUnit = 'working_days') => {
    if (unit === 'hours') {
      if (n !== undefined && (!Number.isInteger(n) || n < 0 || n > 8784)) add(path, 'must be a whole number of hours, 0 to 8784');
    } else if (n !== undefined && (!Number.isInteger(n) || n < 0 || n > 365)) {
      add(path, `must be a whole number of ${unit === 'calendar_days' ? 'calendar' : 'working'} days, 0 to 365`);
    }
  };
  const oneOf = (path: string, value: string, list: readonly string[]) => {
    if (!list.includes(value)) add(path, `"${value}" is not one of ${list.join(', ')}`);
  };

  doc.roles.forEach((r, i) => cites(`roles[${i}]`, r.clauses));
  doc.expectations.forEach((e, i) => cites(`expectations[${i}]`, e.clauses));
  const chainIds = new Set<string>();
  doc.chains.forEach((c, i) => {
    const p = `chains[${i}]`;
    concern(`${p}.concern`, c.concern);
    oneOf(`${p}.severity`, c.severity, SEVERITIES);
    if (c.id !== undefined) {
      if (!VOCABULARY_KEY.test(c.id)) add(`${p}.id`, `"${c.id}" must be lower-case letters, digits and _ (e.g. formal_complaint)`);
      if (chainIds.has(c.id)) add(`${p}.id`, `"${c.id}" is the id of another chain`);
      chainIds.add(c.id);
    }
    if (c.when !== undefined) {
      if (!c.when.description?.trim()) add(`${p}.when.description`, 'is empty');
      const by = c.when.raisedBy;
      if (by !== undefined && !roles.has(by) && !(ROLE_KINDS as readonly string[]).includes(by)) {
        add(`${p}.when.raisedBy`, `"${by}" is neither one of this protocol's roles nor a role kind (member, officer, body, external)`);
      }
    }
    // Two chains for the same concern that nothing tells apart: say how to tell them apart, never to overwrite one.
    const twin = doc.chains.findIndex((d, k) => k < i && sameSelector(c, d) && !distinguished(c, d));
    if (twin >= 0) {
      add(`${p}.when`, `chains[${twin}] serves the same concern, severity and subject: give one of them a "when" (raisedBy or seeks) saying which applies`);
    }
    role(`${p}.about`, c.about);
    role(`${p}.externalBody`, c.externalBody);
    cites(p, c.clauses);
    if (c.steps.length === 0) add(`${p}.steps`, 'a chain needs at least one step');
    if (c.seriousStartsAt !== undefined && (c.seriousStartsAt < 0 || c.seriousStartsAt >= c.steps.length)) {
      add(`${p}.seriousStartsAt`, 'must be the index of one of the steps');
    }
    c.entryPoints?.forEach((e, k) => {
      if (!Number.isInteger(e.step) || e.step < 0 || e.step >= c.steps.length) add(`${p}.entryPoints[${k}].step`, 'must be the index of one of the steps');
    });
    if (c.category !== undefined) {
      category(`${p}.category`, c.category);
      if (c.concern !== 'enquiry_late') add(`${p}.category`, 'only an enquiry_late chain is for a category of enquiry');
    }
    c.steps.forEach((s, j) => {
      const sp = `${p}.steps[${j}]`;
      handled(sp, s);
      s.alternatives?.forEach((a, k) => role(`${sp}.alternatives[${k}]`, a));
      s.notify.forEach((n, k) => role(`${sp}.notify[${k}]`, n));
      for (const f of ['mayNotify', 'consult', 'jointWith'] as const) s[f]?.forEach((n, k) => role(`${sp}.${f}[${k}]`, n));
      oneOf(`${sp}.action`, s.action, STEP_ACTIONS);
      s.preconditions.forEach((pc, k) => oneOf(`${sp}.preconditions[${k}]`, pc, PRECONDITIONS));
      days(`${sp}.workingDays`, s.workingDays);
      cites(sp, s.clauses);
    });
  });
  const categories = new Set<string>();
  doc.responseStandards.forEach((r, i) => {
    const p = `responseStandards[${i}]`;
    if (r.category !== EVERY_CATEGORY) category(`${p}.category`, r.category);
    if (categories.has(r.category)) add(`${p}.category`, r.category === EVERY_CATEGORY ? 'two standards apply to every category ("*")' : `"${r.category}" has two standards`);
    categories.add(r.category);
    handled(p, r);
    r.escalateTo.forEach((e, k) => role(`${p}.escalateTo[${k}]`, e));
    r.alternatives?.forEach((a, k) => role(`${p}.alternatives[${k}].handler`, a.handler));
    if (r.receiptOnNonWorkingDay !== undefined) oneOf(`${p}.receiptOnNonWorkingDay`, r.receiptOnNonWorkingDay, RECEIPT_CONVENTIONS);
    if (r.unit !== undefined) oneOf(`${p}.unit`, r.unit, COUNT_UNITS);
    if (r.urgent?.unit !== undefined) oneOf(`${p}.urgent.unit`, r.urgent.unit, COUNT_UNITS);
    if (r.cutOff !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(r.cutOff)) add(`${p}.cutOff`, 'must be a local time HH:MM, 00:00 to 23:59');
    days(`${p}.acknowledgeWithinDays`, r.acknowledgeWithinDays, r.unit);
    days(`${p}.respondWithinDays`, r.respondWithinDays, r.unit);
    days(`${p}.urgent.acknowledgeWithinDays`, r.urgent?.acknowledgeWithinDays, r.urgent?.unit ?? r.unit);
    days(`${p}.urgent.respondWithinDays`, r.urgent?.respondWithinDays, r.urgent?.unit ?? r.unit);
    cites(p, r.clauses);
  });
  doc.accessRules.forEach((a, i) => {
    const p = `accessRules[${i}]`;
    a.classifiedBy?.forEach((r, k) => role(`${p}.classifiedBy[${k}]`, r));
    a.declassifiedBy?.forEach((r, k) => role(`${p}.declassifiedBy[${k}]`, r));
    oneOf(`${p}.classification`, a.classification, CLASSIFICATIONS);
    a.grants.forEach((g, k) => {
      oneOf(`${p}.grants[${k}].kind`, g.kind, ACCESS_GRANTS);
      if (g.relation !== undefined) oneOf(`${p}.grants[${k}].relation`, g.relation, ACCESS_RELATIONS);
      if (g.kind === 'role' && !g.role) add(`${p}.grants[${k}].role`, 'is required for a role grant');
      role(`${p}.grants[${k}].role`, g.role);
      if (g.kind === 'need_to_know' && !g.decidedBy) add(`${p}.grants[${k}].decidedBy`, 'says who decides need to know');
      role(`${p}.grants[${k}].decidedBy`, g.decidedBy);
      role(`${p}.grants[${k}].committee`, g.committee);
      g.approvedBy?.forEach((r, j) => role(`${p}.grants[${k}].approvedBy[${j}]`, r));
      g.alsoRequires?.forEach((x, j) => {
        oneOf(`${p}.grants[${k}].alsoRequires[${j}].kind`, x.kind, ACCESS_GRANTS);
        role(`${p}.grants[${k}].alsoRequires[${j}].role`, x.role);
        role(`${p}.grants[${k}].alsoRequires[${j}].committee`, x.committee);
      });
    });
    cites(p, a.clauses);
  });
  doc.disclosureExceptions.forEach((d, i) => {
    oneOf(`disclosureExceptions[${i}].key`, d.key, DISCLOSURE_EXCEPTIONS);
    d.classifications?.forEach((c, k) => oneOf(`disclosureExceptions[${i}].classifications[${k}]`, c, CLASSIFICATIONS));
    if (Array.isArray(d.consult)) d.consult.forEach((r, k) => role(`disclosureExceptions[${i}].consult[${k}]`, r));
    else role(`disclosureExceptions[${i}].consult`, d.consult);
    cites(`disclosureExceptions[${i}]`, d.clauses);
  });
  doc.correspondenceRules.forEach((c, i) => {
    oneOf(`correspondenceRules[${i}].key`, c.key, CORRESPONDENCE_RULES);
    c.exceptRoles?.forEach((r, k) => role(`correspondenceRules[${i}].exceptRoles[${k}]`, r));
    cites(`correspondenceRules[${i}]`, c.clauses);
  });
  doc.obligations.forEach((o, i) => {
    const p = `obligations[${i}]`;
    oneOf(`${p}.kind`, o.kind, OBLIGATION_KINDS);
    if (o.appliesTo.length === 0) add(`${p}.appliesTo`, 'names at least one role');
    o.appliesTo.forEach((r, k) => role(`${p}.appliesTo[${k}]`, r));
    o.reportTo?.forEach((r, k) => role(`${p}.reportTo[${k}]`, r));
    o.recordedBy?.forEach((r, k) => role(`${p}.recordedBy[${k}]`, r));
    o.inAbsence?.forEach((h, k) => handlerProblems(h, `${p}.inAbsence[${k}]`, (x) => roles.has(x)).forEach((q) => add(q.path, q.message)));
    cites(p, o.clauses);
  });
  const topics = new Set<string>();
  doc.adviceRoutes.forEach((a, i) => {
    const p = `adviceRoutes[${i}]`;
    if (topics.has(a.topic)) add(`${p}.topic`, `"${a.topic}" has two advice routes`);
    topics.add(a.topic);
    if (a.advisers.length === 0) add(`${p}.advisers`, 'names at least one role');
    a.advisers.forEach((r, k) => role(`${p}.advisers[${k}]`, r));
    cites(p, a.clauses);
  });
  const r = doc.review;
  for (const f of ['adoptedOn', 'effectiveFrom', 'lastUpdated'] as const) {
    if (r[f] !== undefined && !isStatedDate(r[f])) add(`review.${f}`, STATED_DATE_MESSAGE);
  }
  if (r.reviewOn !== undefined && !isDate(r.reviewOn)) add('review.reviewOn', 'must be a date written YYYY-MM-DD');
  role('review.adoptedBy', r.adoptedBy);
  role('review.reviewingBody', r.reviewingBody);
  role('review.amendedBy', r.amendedBy);
  r.amendments?.forEach((a, i) => {
    if (!isDate(a.on)) add(`review.amendments[${i}].on`, 'must be a date written YYYY-MM-DD');
    cites(`review.amendments[${i}]`, a.clauses);
  });
  if (r.reviewEveryMonths !== undefined && (!Number.isInteger(r.reviewEveryMonths) || r.reviewEveryMonths < 1 || r.reviewEveryMonths > 120)) {
    add('review.reviewEveryMonths', 'must be 1 to 120 months');
  }
  cites('review', r.clauses);
  return problems;
}


/** Chains that a question cannot tell apart by concern, severity, subject and category. */
function sameSelector(a: EscalationChain, b: EscalationChain): boolean {
  return a.concern === b.concern && a.severity === b.severity && a.about === b.about && a.category === b.category;
}

/** Whether the `when` of two chains tells them apart (different raisedBy or seeks). */
function distinguished(a: EscalationChain, b: EscalationChain): boolean {
  if (!a.when && !b.when) return false;
  if (!a.when || !b.when) return true; // one is the general route, the other for a particular case
  const norm = (s?: string) => s?.trim().toLowerCase();
  return a.when.raisedBy !== b.when.raisedBy || norm(a.when.seeks) !== norm(b.when.seeks);
}

/** The roles a disclosure exception says to consult (v1: one; v2: one or several). */
export function consultees(d: Pick<DisclosureException, 'consult'>): RoleKey[] {
  return d.consult === undefined ? [] : Array.isArray(d.consult) ? d.consult : [d.consult];
}

/** The response standard for a category: its own, else the one for every category ('*'). */
export function standardFor<T extends Pick<ResponseStandard, 'category'>>(standards: readonly T[], category: EnquiryCategory): T | null {
  return standards.find((s) => s.category === category) ?? standards.find((s) => s.category === EVERY_CATEGORY) ?? null;
}

export { handlerOf };

/**
 * Whom a role reports to, nearest first (a Director → the Chief Executive → …), as far as the
 * protocol's roles say; stops at a loop.
 */
export function reportingLine(roles: readonly Pick<Role, 'key' | 'reportsTo'>[], key: RoleKey): RoleKey[] {
  const line: RoleKey[] = [];
  let next = roles.find((r) => r.key === key)?.reportsTo;
  while (next !== undefined && !line.includes(next) && next !== key) {
    line.push(next);
    next = roles.find((r) => r.key === next)?.reportsTo;
  }
  return line;
}
