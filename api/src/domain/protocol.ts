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
export type RoleKey = (typeof ROLE_KEYS)[number];

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
export type ConcernKind = (typeof CONCERN_KINDS)[number];

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
export type EnquiryCategory = (typeof ENQUIRY_CATEGORIES)[number];

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

export const DISCLOSURE_EXCEPTIONS = ['consent', 'required_by_law', 'professional_advice', 'public_interest', 'already_public', 'legitimate_reason'] as const;
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
  key: RoleKey;
  /** The council's own title: "Town Clerk", "Executive Head", "Public Services Ombudsman for Wales". */
  title: string;
  kind: RoleKind;
  /** Whom the role reports to, where the protocol says (a Director to the Chief Executive). */
  reportsTo?: RoleKey;
  /** When the role belongs to another body: "Torfaen County Borough Council". */
  organisation?: string;
  politicallyRestricted?: boolean;
  clauses: string[];
}

export interface Expectation {
  direction: ExpectationDirection;
  text: string;
  clauses: string[];
}

export interface EscalationStep {
  /** Who handles this step; the first of `alternatives` not the subject takes it when the handler is. */
  handler: RoleKey;
  alternatives?: RoleKey[];
  action: StepAction;
  description: string;
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

export interface EscalationChain {
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
  entryPoints?: { step: number; when: string }[];
  clauses: string[];
}

export interface ResponseStandard {
  category: EnquiryCategory;
  /** Who receives the enquiry first (case officer, Member Enquiries Mailbox, Clerk). */
  handler: RoleKey;
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
  urgent?: { acknowledgeWithinDays?: number; respondWithinDays?: number; unit?: CountUnit; description: string };
  /** Whom to escalate to when late, in order. */
  escalateTo: RoleKey[];
  /** Others who may receive such enquiries instead, and when ("particularly sensitive or complex": the Planning Manager). */
  alternatives?: { handler: RoleKey; when: string }[];
  /** What is owed when more time is needed ("an estimate of the time and a brief explanation"). */
  extension?: { terms: ExtensionTerm[]; description: string };
  description: string;
  clauses: string[];
}

export interface AccessGrant {
  kind: AccessGrantKind;
  /** For kind 'role'. */
  role?: RoleKey;
  /** For kind 'need_to_know': who decides. */
  decidedBy?: RoleKey;
  /** For kind 'committee_member': which committee (e.g. the Personnel Committee). */
  committee?: RoleKey;
  /** Grounds that must hold as well as this one (each as a grant). */
  alsoRequires?: Omit<AccessGrant, 'alsoRequires' | 'approvedBy'>[];
  /** Roles that must approve before the information is released (any one of them). */
  approvedBy?: RoleKey[];
  /** A condition in words the requester must meet ("when undertaking Council business"). */
  condition?: string;
  description?: string;
}

export interface AccessRule {
  classification: Classification;
  grants: AccessGrant[];
  description: string;
  clauses: string[];
}

export interface DisclosureException {
  key: DisclosureExceptionKey;
  description: string;
  /** A role that must be consulted first (e.g. the Monitoring Officer for public interest). */
  consult?: RoleKey;
  clauses: string[];
}

export interface CorrespondenceRule {
  key: CorrespondenceRuleKey;
  description: string;
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
  /** For disclosures and reports: to whom. */
  reportTo?: RoleKey[];
  /** Where a disclosure is recorded ("Register of Members' Interests"). */
  register?: string;
  clauses: string[];
}

/** Whom to ask for advice on a topic, and whether it must be asked first. */
export interface AdviceRoute {
  /** An identifier for the topic: "interpretation", "data_protection_before_requesting_documents". */
  topic: string;
  description: string;
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
  /** The body that approves amendments the review recommends. */
  amendedBy?: RoleKey;
  /** Parts amended since adoption without a new version ("Member Enquiries section updated on 2021-09-09"). */
  amendments?: { on: string; scope: string; clauses: string[] }[];
  clauses: string[];
}

export interface ProtocolDocument {
  /** The format version: 2 on export; 1 or absent on import means version 1 (clause ids are numbers). */
  format?: 1 | 2;
  title: string;
  titleCy?: string;
  sections?: DocumentSection[];
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
    if (!(ROLE_KEYS as readonly string[]).includes(r.key)) add(`roles[${i}].key`, `"${r.key}" is not in the role vocabulary`);
    if (!(ROLE_KINDS as readonly string[]).includes(r.kind)) add(`roles[${i}].kind`, `"${r.kind}" is not a role kind`);
    if (roles.has(r.key)) add(`roles[${i}].key`, `"${r.key}" is defined twice`);
    roles.add(r.key);
    if (!r.title.trim()) add(`roles[${i}].title`, 'is empty');
  });
  doc.roles.forEach((r, i) => {
    if (r.reportsTo === undefined) return;
    if (!roles.has(r.reportsTo)) add(`roles[${i}].reportsTo`, `role "${r.reportsTo}" is not defined in this protocol's roles`);
    else if (r.reportsTo === r.key || reportingLine(doc.roles, r.reportsTo).includes(r.key)) add(`roles[${i}].reportsTo`, `"${r.key}" would report to itself through "${r.reportsTo}"`);
  });
  const cites = (path: string, list: string[]) =>
    list.forEach((n, j) => clauseNumbers.has(n) || add(`${path}.clauses[${j}]`, `cites clause "${n}", which the protocol does not have`));
  const role = (path: string, key: string | undefined) => {
    if (key !== undefined && !roles.has(key)) add(path, `role "${key}" is not defined in this protocol's roles`);
  };
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
  doc.chains.forEach((c, i) => {
    const p = `chains[${i}]`;
    oneOf(`${p}.concern`, c.concern, CONCERN_KINDS);
    oneOf(`${p}.severity`, c.severity, SEVERITIES);
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
      oneOf(`${p}.category`, c.category, ENQUIRY_CATEGORIES);
      if (c.concern !== 'enquiry_late') add(`${p}.category`, 'only an enquiry_late chain is for a category of enquiry');
    }
    c.steps.forEach((s, j) => {
      const sp = `${p}.steps[${j}]`;
      role(`${sp}.handler`, s.handler);
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
    oneOf(`${p}.category`, r.category, ENQUIRY_CATEGORIES);
    if (categories.has(r.category)) add(`${p}.category`, `"${r.category}" has two standards`);
    categories.add(r.category);
    role(`${p}.handler`, r.handler);
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
    oneOf(`${p}.classification`, a.classification, CLASSIFICATIONS);
    a.grants.forEach((g, k) => {
      oneOf(`${p}.grants[${k}].kind`, g.kind, ACCESS_GRANTS);
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
    role(`disclosureExceptions[${i}].consult`, d.consult);
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
