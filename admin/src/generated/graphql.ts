export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** An enquiry category of the protocol (built in or its own) in either case, as a string or a bare word (WARD_MATTER); "*" for every category */
  EnquiryCategoryKey: { input: unknown; output: unknown; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** A calendar date, YYYY-MM-DD, with no time of day or time zone */
  LocalDate: { input: string; output: string; }
  /** A key of the protocol's vocabulary (role, concern kind, enquiry category), in either case: "clerk", "CLERK" or the bare word CLERK */
  VocabularyKey: { input: unknown; output: unknown; }
};

/** A further ground that must hold as well */
export type AccessCondition = {
  __typename?: 'AccessCondition';
  committee?: Maybe<Scalars['String']['output']>;
  condition?: Maybe<Scalars['String']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  kind: AccessGrantKind;
  relation?: Maybe<AccessRelation>;
  role?: Maybe<Scalars['String']['output']>;
};

export const AccessDecisionKind = {
  ALLOWED: 'ALLOWED',
  NEEDS_APPROVAL: 'NEEDS_APPROVAL',
  NEEDS_DECISION: 'NEEDS_DECISION',
  NOT_COVERED: 'NOT_COVERED',
  REFUSED: 'REFUSED'
} as const;

export type AccessDecisionKind = typeof AccessDecisionKind[keyof typeof AccessDecisionKind];
/** Whether a requester may see information of a classification, and on what ground */
export type AccessDecisionResult = {
  __typename?: 'AccessDecisionResult';
  allowed: Scalars['Boolean']['output'];
  /** Who may approve release, when the protocol requires approval first */
  approvers: Array<ProtocolRole>;
  clauses: Array<ProtocolClause>;
  /** Who decides need to know, when that decision is what is missing or what allowed it */
  decidedBy?: Maybe<ProtocolRole>;
  decision: AccessDecisionKind;
  /** Disclosure exceptions that may apply to this classification (not for public information) */
  exceptions: Array<ApplicableException>;
  grant?: Maybe<AccessGrant>;
  protocolVersion: ProtocolVersion;
  reason: Scalars['String']['output'];
  rule?: Maybe<AccessRule>;
  /** The role the grant names, when the requester holds it as a kind of that role (a Chairman is a Member) */
  through?: Maybe<Scalars['String']['output']>;
};

export type AccessGrant = {
  __typename?: 'AccessGrant';
  /** Grounds that must hold as well as this one */
  alsoRequires: Array<AccessCondition>;
  /** Roles that must approve release (any one of them) */
  approvedBy: Array<Scalars['String']['output']>;
  /** For committee members: which committee */
  committee?: Maybe<Scalars['String']['output']>;
  /** A condition in words ("when undertaking Council business") */
  condition?: Maybe<Scalars['String']['output']>;
  conditionCy?: Maybe<Scalars['String']['output']>;
  /** For need to know: who decides */
  decidedBy?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  descriptionCy?: Maybe<Scalars['String']['output']>;
  kind: AccessGrantKind;
  /** Only for a requester in this relation to the matter (REQUESTER: "only the Member who asked") */
  relation?: Maybe<AccessRelation>;
  role?: Maybe<Scalars['String']['output']>;
  /** Other rules the ground follows, by name ("the Access to Information Procedure Rules") */
  under?: Maybe<Scalars['String']['output']>;
};

/** On what ground someone may see information of a classification */
export const AccessGrantKind = {
  ADMINISTRATION_GROUP: 'ADMINISTRATION_GROUP',
  ANYONE: 'ANYONE',
  COMMITTEE_MEMBER: 'COMMITTEE_MEMBER',
  NEED_TO_KNOW: 'NEED_TO_KNOW',
  OVERVIEW_SCRUTINY: 'OVERVIEW_SCRUTINY',
  PARTY_GROUP_MEMBER: 'PARTY_GROUP_MEMBER',
  ROLE: 'ROLE',
  WARD_MEMBER: 'WARD_MEMBER'
} as const;

export type AccessGrantKind = typeof AccessGrantKind[keyof typeof AccessGrantKind];
/** How a requester stands to the matter: the one who asked, the ward member, the person it is about */
export const AccessRelation = {
  REQUESTER: 'REQUESTER',
  SUBJECT: 'SUBJECT',
  WARD_MEMBER: 'WARD_MEMBER'
} as const;

export type AccessRelation = typeof AccessRelation[keyof typeof AccessRelation];
/** Who is asking to see something, as far as the protocol cares */
export type AccessRequesterInput = {
  /** A member of the political group forming the administration */
  administrationGroup?: InputMaybe<Scalars['Boolean']['input']>;
  /** A member of the committee the information belongs to */
  committeeMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether a need to know has been established; omit when nobody has decided yet */
  needToKnow?: InputMaybe<Scalars['Boolean']['input']>;
  overviewScrutiny?: InputMaybe<Scalars['Boolean']['input']>;
  partyGroupMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** How the requester stands to the matter: REQUESTER (they asked for it), WARD_MEMBER, SUBJECT */
  relations?: InputMaybe<Array<AccessRelation>>;
  /** The requester's role: a role key of the protocol, in either case (member, CABINET_MEMBER) */
  role: Scalars['VocabularyKey']['input'];
  wardMember?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Who may see information of a classification */
export type AccessRule = {
  __typename?: 'AccessRule';
  classification: Classification;
  /** Who decides the classification first (a report's author) */
  classifiedBy: Array<Scalars['String']['output']>;
  clauses: Array<Scalars['String']['output']>;
  /** What information falls in the classification under this protocol, when it says */
  covers?: Maybe<Scalars['String']['output']>;
  coversCy?: Maybe<Scalars['String']['output']>;
  /** Who may decide it no longer applies (the Committee) */
  declassifiedBy: Array<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  descriptionCy?: Maybe<Scalars['String']['output']>;
  grants: Array<AccessGrant>;
};

export type AddClauseInput = {
  /** Insert after the clause with this id; at the end when omitted */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Insert at the start (when no "after" is given) instead of the end */
  atStart?: InputMaybe<Scalars['Boolean']['input']>;
  heading?: InputMaybe<Scalars['String']['input']>;
  headingCy?: InputMaybe<Scalars['String']['input']>;
  /** The stable id rules cite; derived from section and number (else p<n>) when omitted */
  key?: InputMaybe<Scalars['String']['input']>;
  /** As written ("8.63", "(a)", "•"); omit for an unnumbered paragraph */
  number?: InputMaybe<Scalars['String']['input']>;
  /** The id of one of the draft's sections */
  section?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  textCy?: InputMaybe<Scalars['String']['input']>;
};

export type AddMembershipInput = {
  councilId: Scalars['ID']['input'];
  role: MembershipRole;
  userId: Scalars['ID']['input'];
};

export type AdoptInput = {
  /** The adopting body, a role key of the protocol (full_council); leave out when the protocol does not say */
  adoptedBy?: InputMaybe<Scalars['VocabularyKey']['input']>;
  /** The adoption date the protocol states, as stated: YYYY, YYYY-MM or YYYY-MM-DD; leave out when it states none (what the draft states is kept) */
  adoptedOn?: InputMaybe<Scalars['String']['input']>;
  /** In force from, as stated: YYYY, YYYY-MM or YYYY-MM-DD */
  effectiveFrom?: InputMaybe<Scalars['String']['input']>;
  /** Keep the council's current next review date (one typed on the council, say) instead of the one the schedule gives */
  keepNextReviewDue?: InputMaybe<Scalars['Boolean']['input']>;
  /** The next review date, when the protocol's schedule gives none that can be computed; without it the council's current next review date is kept */
  nextReviewDue?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Whom to ask for advice on a topic, and whether it must be asked first */
export type AdviceRoute = {
  __typename?: 'AdviceRoute';
  advisers: Array<Scalars['String']['output']>;
  clauses: Array<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  descriptionCy?: Maybe<Scalars['String']['output']>;
  /** The advice must be obtained before acting */
  required: Scalars['Boolean']['output'];
  topic: Scalars['String']['output'];
};

export type AlternativeHandler = {
  __typename?: 'AlternativeHandler';
  handler: Scalars['String']['output'];
  when: Scalars['String']['output'];
  whenCy?: Maybe<Scalars['String']['output']>;
};

export type AmendmentInput = {
  clauses?: Array<Scalars['String']['input']>;
  on: Scalars['LocalDate']['input'];
  scope: Scalars['String']['input'];
};

/** The language of an answer: EN, or CY (the protocol's Welsh text where it has it, else English) */
export const AnswerLanguage = {
  CY: 'CY',
  EN: 'EN'
} as const;

export type AnswerLanguage = typeof AnswerLanguage[keyof typeof AnswerLanguage];
/** A read-only key for an integration, scoped to a council (and optionally the councils below it) */
export type ApiKey = {
  __typename?: 'ApiKey';
  active: Scalars['Boolean']['output'];
  council: Council;
  councilId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  id: Scalars['ID']['output'];
  /** Whether the key also reaches every council below its council */
  includeDescendants: Scalars['Boolean']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The first characters of the key, to tell keys apart; the key itself is never stored */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ApiKeyFilter = {
  councilId?: InputMaybe<Scalars['ID']['input']>;
  includeRevoked?: Scalars['Boolean']['input'];
};

export type ApiKeyList = {
  __typename?: 'ApiKeyList';
  items: Array<ApiKey>;
  /** Everything that matched, not just this page */
  totalCount: Scalars['Int']['output'];
};

/** A disclosure exception that may apply to the classification asked about */
export type ApplicableException = {
  __typename?: 'ApplicableException';
  clauses: Array<ProtocolClause>;
  /** Whom to consult first */
  consult: Array<ProtocolRole>;
  exception: DisclosureException;
};

/** One change, as recorded in the same transaction: who, when, what before and after */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** e.g. council.update, protocol.adopt, clause.update */
  action: Scalars['String']['output'];
  /** Who made the change, when visible to you */
  actor?: Maybe<User>;
  actorApiKeyId?: Maybe<Scalars['ID']['output']>;
  actorUserId?: Maybe<Scalars['ID']['output']>;
  after?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['DateTime']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  councilId: Scalars['ID']['output'];
  entity: Scalars['String']['output'];
  entityId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
};

export type AuditEntryList = {
  __typename?: 'AuditEntryList';
  items: Array<AuditEntry>;
  /** Everything that matched, not just this page */
  totalCount: Scalars['Int']['output'];
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTime']['output'];
  /** Send as "Authorization: Bearer <token>" */
  token: Scalars['String']['output'];
  user: User;
};

/** A calendar of case deadlines and review dates, at a URL with a secret token that can be revoked */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  councilId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Also the councils below (a monitoring officer's calendar) */
  includeBelow: Scalars['Boolean']['output'];
  /** The language of the feed's text; none: the council's own (Welsh and English, Welsh first, in Wales; English elsewhere) */
  language?: Maybe<Language>;
  name: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A new calendar feed and its URL, shown only this once */
export type CalendarFeedSecret = {
  __typename?: 'CalendarFeedSecret';
  feed: CalendarFeed;
  /** Subscribe to this in Outlook or Google Calendar; keep it secret */
  url: Scalars['String']['output'];
};

/** An enquiry or concern at a council, with the deadlines and route its protocol gave it at receipt */
export type Case = {
  __typename?: 'Case';
  /** The person it is about, when named */
  aboutPerson?: Maybe<Scalars['String']['output']>;
  /** The role the case is about */
  aboutRole?: Maybe<RoleKey>;
  acknowledgeBy?: Maybe<Scalars['LocalDate']['output']>;
  category?: Maybe<EnquiryCategory>;
  classification: Classification;
  clauses: Array<Scalars['String']['output']>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  concern?: Maybe<ConcernKind>;
  council: Council;
  councilId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** Linked documents, by reference (a file path, URL or document number) */
  documents: Array<Scalars['String']['output']>;
  /** The timeline, oldest first */
  events: Array<CaseEvent>;
  /** Who handles the case now */
  handlerRole?: Maybe<RoleKey>;
  /** Who holds the handling role today */
  handlers: Array<OfficeHolder>;
  id: Scalars['ID']['output'];
  kind: CaseKind;
  /** The next deadline of a live case: acknowledgement while open, then the current step's; null once answered, resolved or closed */
  nextDeadline?: Maybe<Scalars['LocalDate']['output']>;
  /** The protocol version in force at receipt */
  protocolVersion: ProtocolVersion;
  /** The protocol version in force at receipt, which fixed the deadlines */
  protocolVersionId: Scalars['ID']['output'];
  raisedByEmail?: Maybe<Scalars['String']['output']>;
  raisedByName: Scalars['String']['output'];
  raisedByRole: RoleKey;
  receivedAt: Scalars['DateTime']['output'];
  /** The council's own reference, e.g. 2026-0042 */
  reference: Scalars['String']['output'];
  /** Reminders planned, sent, cancelled or failed (a failed one after its last attempt) */
  reminders: Array<Reminder>;
  respondBeforeMeeting: Scalars['Boolean']['output'];
  respondBy?: Maybe<Scalars['LocalDate']['output']>;
  severity: Severity;
  /** Day 0 of every count */
  startDay: Scalars['LocalDate']['output'];
  status: CaseStatus;
  /** When the current step's time runs out */
  stepDue?: Maybe<Scalars['LocalDate']['output']>;
  /** The current step of `steps` */
  stepIndex: Scalars['Int']['output'];
  steps: Array<CaseStep>;
  subject: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  urgent: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};

/** What moves a case on */
export const CaseAction = {
  ACKNOWLEDGE: 'ACKNOWLEDGE',
  CLOSE: 'CLOSE',
  ESCALATE: 'ESCALATE',
  RESOLVE: 'RESOLVE',
  RESPOND: 'RESPOND'
} as const;

export type CaseAction = typeof CaseAction[keyof typeof CaseAction];
/** A change on a case's timeline: who, when, what */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  actorUserId?: Maybe<Scalars['ID']['output']>;
  at: Scalars['DateTime']['output'];
  /** Made by the worker (a reminder, an automatic escalation) */
  byWorker: Scalars['Boolean']['output'];
  caseId: Scalars['ID']['output'];
  fromStatus?: Maybe<CaseStatus>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  note: Scalars['String']['output'];
  stepIndex?: Maybe<Scalars['Int']['output']>;
  toStatus?: Maybe<CaseStatus>;
};

export type CaseFilter = {
  councilId?: InputMaybe<Scalars['ID']['input']>;
  /** Only live cases whose next deadline is on or after this day */
  dueFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only live cases whose next deadline is on or before this day */
  dueTo?: InputMaybe<Scalars['LocalDate']['input']>;
  handlerRole?: InputMaybe<RoleKey>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<CaseKind>;
  /** Only live cases with a deadline before this day */
  overdueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Matches reference, subject or who raised it, case-insensitively */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<CaseStatus>>;
};

/** An enquiry (by category, with response standards) or a concern (by kind, with an escalation chain) */
export const CaseKind = {
  CONCERN: 'CONCERN',
  ENQUIRY: 'ENQUIRY'
} as const;

export type CaseKind = typeof CaseKind[keyof typeof CaseKind];
export type CaseList = {
  __typename?: 'CaseList';
  items: Array<Case>;
  /** Everything that matched, not just this page */
  totalCount: Scalars['Int']['output'];
};

export type CaseSort = {
  direction?: SortDirection;
  field?: CaseSortField;
};

/** NEXT_DEADLINE: the acknowledgement while open, then the current step's (closed and answered cases last) */
export const CaseSortField = {
  NEXT_DEADLINE: 'NEXT_DEADLINE',
  RECEIVED_AT: 'RECEIVED_AT',
  REFERENCE: 'REFERENCE',
  STATUS: 'STATUS',
  SUBJECT: 'SUBJECT',
  UPDATED_AT: 'UPDATED_AT'
} as const;

export type CaseSortField = typeof CaseSortField[keyof typeof CaseSortField];
/** open → acknowledged → responded / resolved → closed */
export const CaseStatus = {
  ACKNOWLEDGED: 'ACKNOWLEDGED',
  CLOSED: 'CLOSED',
  OPEN: 'OPEN',
  RESOLVED: 'RESOLVED',
  RESPONDED: 'RESPONDED'
} as const;

export type CaseStatus = typeof CaseStatus[keyof typeof CaseStatus];
/** One step of the route a case follows, fixed at receipt from the protocol in force */
export type CaseStep = {
  __typename?: 'CaseStep';
  /** What happens at the step (RESPOND for an enquiry's first step, ESCALATION after it; a chain step's action otherwise) */
  action: Scalars['String']['output'];
  clauses: Array<Scalars['String']['output']>;
  /** Null when the step does not apply to this case (its handler is the subject) */
  handler?: Maybe<RoleKey>;
  index: Scalars['Int']['output'];
  notify: Array<RoleKey>;
  /** Working days allowed at this step */
  workingDays?: Maybe<Scalars['Int']['output']>;
};

/** When a chain applies rather than another for the same kind of concern */
export type ChainCondition = {
  __typename?: 'ChainCondition';
  description: Scalars['String']['output'];
  descriptionCy?: Maybe<Scalars['String']['output']>;
  /** Who raises the concern: a role key of the protocol, or a role kind (member, officer, body, external) */
  raisedBy?: Maybe<Scalars['String']['output']>;
  /** What the person raising it seeks ("formal complaint") */
  seeks?: Maybe<Scalars['String']['output']>;
};

/** A later step a concern may go to first, at the choice of whoever raises it */
export type ChainEntryPoint = {
  __typename?: 'ChainEntryPoint';
  /** 0-based index of the step */
  step: Scalars['Int']['output'];
  when: Scalars['String']['output'];
  whenCy?: Maybe<Scalars['String']['output']>;
};

export const ChangeKind = {
  ADDED: 'ADDED',
  CHANGED: 'CHANGED',
  REMOVED: 'REMOVED'
} as const;

export type ChangeKind = typeof ChangeKind[keyof typeof ChangeKind];
/** How confidential a document or piece of information is */
export const Classification = {
  COMMERCIALLY_SENSITIVE: 'COMMERCIALLY_SENSITIVE',
  CONFIDENTIAL: 'CONFIDENTIAL',
  DRAFT_REPORT: 'DRAFT_REPORT',
  EMPLOYEE_PERSONAL: 'EMPLOYEE_PERSONAL',
  EXEMPT: 'EXEMPT',
  PARTY_GROUP: 'PARTY_GROUP',
  PUBLIC: 'PUBLIC'
} as const;

export type Classification = typeof Classification[keyof typeof Classification];
export type ClauseChange = {
  __typename?: 'ClauseChange';
  change: ChangeKind;
  headingAfter?: Maybe<Scalars['String']['output']>;
  headingBefore?: Maybe<Scalars['String']['output']>;
  /** The clause's id (kept when renumbered) */
  key: Scalars['String']['output'];
  /** Its number (after the change; before, when removed); null for an unnumbered paragraph */
  number?: Maybe<Scalars['String']['output']>;
  textAfter?: Maybe<Scalars['String']['output']>;
  textBefore?: Maybe<Scalars['String']['output']>;
};

/** How many concerns of one kind were raised */
export type ConcernCount = {
  __typename?: 'ConcernCount';
  /** The kind of concern, as the protocol names it (e.g. about_clerk) */
  concern: Scalars['String']['output'];
  /** How many were raised in the period */
  count: Scalars['Int']['output'];
};

/** The kinds of concern a protocol routes */
export const ConcernKind = {
  ABOUT_CLERK: 'ABOUT_CLERK',
  ABOUT_HEAD_OF_PAID_SERVICE: 'ABOUT_HEAD_OF_PAID_SERVICE',
  CODE_OF_CONDUCT: 'CODE_OF_CONDUCT',
  CONFIDENTIALITY_BREACH: 'CONFIDENTIALITY_BREACH',
  ENQUIRY_LATE: 'ENQUIRY_LATE',
  INFORMATION_REQUEST_REFUSED: 'INFORMATION_REQUEST_REFUSED',
  INTERPRETATION: 'INTERPRETATION',
  MEMBER_ABOUT_MEMBER: 'MEMBER_ABOUT_MEMBER',
  MEMBER_ABOUT_OFFICER: 'MEMBER_ABOUT_OFFICER',
  NEED_TO_KNOW_DISPUTE: 'NEED_TO_KNOW_DISPUTE',
  OFFICER_ABOUT_MEMBER: 'OFFICER_ABOUT_MEMBER',
  PARTY_GROUP_DIFFICULTY: 'PARTY_GROUP_DIFFICULTY',
  REPORT_CONTENT_DISPUTE: 'REPORT_CONTENT_DISPUTE'
} as const;

export type ConcernKind = typeof ConcernKind[keyof typeof ConcernKind];
export type CorrespondenceRule = {
  __typename?: 'CorrespondenceRule';
  clauses: Array<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  descriptionCy?: Maybe<Scalars['String']['output']>;
  /** Roles the rule does not apply to */
  exceptRoles: Array<Scalars['String']['output']>;
  key: CorrespondenceRuleKind;
};

/** Rules on copying and sending correspondence */
export const CorrespondenceRuleKind = {
  COPY_MEMBER_LETTER_WITH_NOTICE_OR_CONSENT: 'COPY_MEMBER_LETTER_WITH_NOTICE_OR_CONSENT',
  MAYOR_CORRESPONDENCE: 'MAYOR_CORRESPONDENCE',
  MEMBERS_COPIED_ON_WARD_ISSUES_UNLESS_ASKED: 'MEMBERS_COPIED_ON_WARD_ISSUES_UNLESS_ASKED',
  NO_BLIND_COPIES: 'NO_BLIND_COPIES',
  NO_COPIES_TO_MEDIA: 'NO_COPIES_TO_MEDIA',
  OFFICER_LETTERS_IN_OWN_NAME: 'OFFICER_LETTERS_IN_OWN_NAME',
  POLITICAL_CORRESPONDENCE_NOT_ON_COUNCIL_RESOURCES: 'POLITICAL_CORRESPONDENCE_NOT_ON_COUNCIL_RESOURCES',
  PRESS_CONTACT_THROUGH_CLERK: 'PRESS_CONTACT_THROUGH_CLERK',
  WARD_MEMBERS_COPIED: 'WARD_MEMBERS_COPIED',
  WARD_MEMBERS_NOTIFIED: 'WARD_MEMBERS_NOTIFIED'
} as const;

export type CorrespondenceRuleKind = typeof CorrespondenceRuleKind[keyof typeof CorrespondenceRuleKind];
/** A council: the tenant. Parish, town and community councils sit below the principal council whose monitoring officer advises them. */
export type Council = {
  __typename?: 'Council';
  childCount: Scalars['Int']['output'];
  children: Array<Council>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: CouncilKind;
  name: Scalars['String']['output'];
  nation: Nation;
  /** When the protocol is next due for review */
  nextReviewDue?: Maybe<Scalars['LocalDate']['output']>;
  /** null when the parent is outside your scope */
  parent?: Maybe<Council>;
  /** The principal council above this one */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Whether its adopted protocol is published on a public page (/public/<slug>), readable without signing in */
  publishProtocol: Scalars['Boolean']['output'];
  /** Local time (HH:MM) after which an enquiry counts as received on the next working day */
  responseCutOff?: Maybe<Scalars['String']['output']>;
  /** Unique, URL-safe: lower-case letters, digits and hyphens */
  slug: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Increases on every change; send it back as expectedVersion */
  version: Scalars['Int']['output'];
};

/** A day the council's office is closed: not a working day for its deadlines */
export type CouncilClosure = {
  __typename?: 'CouncilClosure';
  councilId: Scalars['ID']['output'];
  date: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
};

export type CouncilDashboard = {
  __typename?: 'CouncilDashboard';
  /** Open cases past a deadline (acknowledgement, response or step) */
  casesPastDeadline: Scalars['Int']['output'];
  /** Open cases now with the monitoring officer */
  casesWithMonitoringOfficer: Scalars['Int']['output'];
  council: Council;
  councilId: Scalars['ID']['output'];
  /** Live cases whose next deadline is in the 7 days after today */
  dueThisWeek: Scalars['Int']['output'];
  /** Live cases whose next deadline is today */
  dueToday: Scalars['Int']['output'];
  /** The council's name (also under `council`) */
  name: Scalars['String']['output'];
  /** When the protocol is next due for review */
  nextReviewDue?: Maybe<Scalars['LocalDate']['output']>;
  /** Open cases */
  openCases: Scalars['Int']['output'];
  /** Live cases whose next deadline (see Case.nextDeadline) is before today: the cases `cases(filter: { overdueOn: today })` lists */
  overdue: Scalars['Int']['output'];
  reviewStatus: ReviewStatus;
  /** Protocol reviews coming up (open review tasks) */
  reviewsDue: Scalars['Int']['output'];
  /** Protocol reviews past their date */
  reviewsOverdue: Scalars['Int']['output'];
  /** Notifications not yet read */
  unreadNotifications: Scalars['Int']['output'];
};

export type CouncilDashboardList = {
  __typename?: 'CouncilDashboardList';
  items: Array<CouncilDashboard>;
  /** Everything that matched, not just this page */
  totalCount: Scalars['Int']['output'];
};

export type CouncilFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<CouncilKind>;
  nation?: InputMaybe<Nation>;
  /** Only the councils directly below this one */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Matches name or slug, case-insensitively */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only the councils at the top of your scope: those with no parent, or whose parent is outside your scope */
  topLevel?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The kind of council, as in local government law */
export const CouncilKind = {
  BOROUGH: 'BOROUGH',
  CITY: 'CITY',
  COMMUNITY: 'COMMUNITY',
  COUNTY: 'COUNTY',
  COUNTY_BOROUGH: 'COUNTY_BOROUGH',
  DISTRICT: 'DISTRICT',
  LONDON_BOROUGH: 'LONDON_BOROUGH',
  METROPOLITAN: 'METROPOLITAN',
  PARISH: 'PARISH',
  TOWN: 'TOWN',
  UNITARY: 'UNITARY'
} as const;

export type CouncilKind = typeof CouncilKind[keyof typeof CouncilKind];
export type CouncilList = {
  __typename?: 'CouncilList';
  items: Array<Council>;
  /** Everything that matched, not just this page */
  totalCount: Scalars['Int']['output'];
};

/** One council's figures */
export type CouncilReport = {
  __typename?: 'CouncilReport';
  /** Of those, acknowledged (or answered) so far */
  acknowledged: Scalars['Int']['output'];
  /** Of those, acknowledged by their acknowledgement date */
  acknowledgedOnTime: Scalars['Int']['output'];
  /** Enquiries answered (responded or resolved) so far */
  answered: Scalars['Int']['output'];
  /** Of those, answered by their response date */
  answeredOnTime: Scalars['Int']['output'];
  /** The share of answered enquiries answered on time, 0 to 1; null when none was answered */
  answeredOnTimeShare?: Maybe<Scalars['Float']['output']>;
  /** Concerns received in the period */
  concerns: Scalars['Int']['output'];
  /** Concerns by kind, most first */
  concernsByKind: Array<ConcernCount>;
  /** The council */
  councilId: Scalars['ID']['output'];
  /** Enquiries received in the period */
  enquiries: Scalars['Int']['output'];
  /** Cases received in the period that were escalated at least once */
  escalations: Scalars['Int']['output'];
  /** The median of working days from receipt to acknowledgement (the council's calendar: its nation's bank holidays and its closure days; working days after the London date of receipt up to and including that of the acknowledgement); null when none was acknowledged */
  medianDaysToAcknowledge?: Maybe<Scalars['Float']['output']>;
  /** The median of working days from receipt to answer (the council's calendar: its nation's bank holidays and its closure days; working days after the London date of receipt up to and including that of the answer); null when none was answered */
  medianDaysToAnswer?: Maybe<Scalars['Float']['output']>;
  /** The council's name */
  name: Scalars['String']['output'];
  /** Protocol reviews due in the period */
  reviewsDue: Scalars['Int']['output'];
  /** Of those, completed by their due date */
  reviewsOnTime: Scalars['Int']['output'];
};

/** The caller's effective role at a council in their scope */
export type CouncilRole = {
  __typename?: 'CouncilRole';
  councilId: Scalars['ID']['output'];
  /** A monitoring officer's role reaches every council below theirs */
  role: MembershipRole;
};

export type CouncilSort = {
  direction?: SortDirection;
  field?: CouncilSortField;
};

export const CouncilSortField = {
  CREATED_AT: 'CREATED_AT',
  KIND: 'KIND',
  NAME: 'NAME',
  NATION: 'NATION',
  NEXT_REVIEW_DUE: 'NEXT_REVIEW_DUE',
  SLUG: 'SLUG'
} as const;

export type CouncilSortField = typeof CouncilSortField[keyof typeof CouncilSortField];
/** What a response standard's numbers count: WORKING_DAYS (the default), CALENDAR_DAYS or HOURS */
export const CountUnit = {
  CALENDAR_DAYS: 'CALENDAR_DAYS',
  HOURS: 'HOURS',
  WORKING_DAYS: 'WORKING_DAYS'
} as const;

export type CountUnit = typeof CountUnit[keyof typeof CountUnit];
export type CreateApiKeyInput = {
  councilId: Scalars['ID']['input'];
  /** Also reach every council below (monitoring officers only) */
  includeDescendants?: Scalars['Boolean']['input'];
  /** What the key is for, e.g. "Council website" */
  name: Scalars['String']['input'];
};

export type CreateCouncilInput = {
  kind: CouncilKind;
  name: Scalars['String']['input'];
  nation: Nation;
  nextReviewDue?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Required unless you are a platform admin */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  slug: Scalars['String']['input'];
};

/** What to make of an import: the suggestions to use, edited where need be */
export type CreateDraftFromImportInput = {
  /** Suggestion ids to use as they are */
  accept: Array<Scalars['ID']['input']>;
  /** Edited values by suggestion id (each also accepted) */
  edits?: InputMaybe<Scalars['JSON']['input']>;
  /** The protocol's title; the document's own when absent */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A new person, with their first membership */
export type CreateUserInput = {
  councilId: Scalars['ID']['input'];
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** en or cy */
  locale?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  role: MembershipRole;
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** The key itself. It is shown this once and never stored: keep it now. */
  secret: Scalars['String']['output'];
};

/** A monitoring officer's view across their councils (only councils with something to show are listed) */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** Councils looked at */
  councilCount: Scalars['Int']['output'];
  councils: Array<CouncilDashboard>;
  /** Councils by review status, across every council looked at */
  reviewStatus: ReviewStatusCounts;
  /** Every council looked at, with its review status and counts: filtered, sorted and paged here (from the same statement as the totals) */
  rows: CouncilDashboardList;
  today: Scalars['LocalDate']['output'];
  total: DashboardCounts;
};


/** A monitoring officer's view across their councils (only councils with something to show are listed) */
export type DashboardRowsArgs = {
  filter?: InputMaybe<DashboardCouncilFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  sort?: InputMaybe<DashboardCouncilSort>;
};

export type DashboardCouncilFilter = {
  /** Only councils with open cases past a deadline or with the monitoring officer, or a review due or overdue */
  needsAttention?: InputMaybe<Scalars['Boolean']['input']>;
  reviewStatus?: InputMaybe<Array<ReviewStatus>>;
  /** Matches the name, case-insensitively */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type DashboardCouncilSort = {
  direction?: SortDirection;
  field?: DashboardCouncilSortField;
};

export const DashboardCouncilSortField = {
  CASES_PAST_DEADLINE: 'CASES_PAST_DEADLINE',
  CASES_WITH_MONITORING_OFFICER: 'CASES_WITH_MONITORING_OFFICER',
  NAME: 'NAME',
  NEXT_REVIEW_DUE: 'NEXT_REVIEW_DUE',
  OPEN_CASES: 'OPEN_CASES',
  OVERDUE: 'OVERDUE',
  REVIEW_STATUS: 'REVIEW_STATUS'
} as const;

export type DashboardCouncilSortField = typeof DashboardCouncilSortField[keyof typeof DashboardCouncilSortField];
/** What needs attention, for one council or in total */
export type DashboardCounts = {
  __typename?: 'DashboardCounts';
  /** Open cases past a deadline (acknowledgement, response or step) */
  casesPastDeadline: Scalars['Int']['output'];
  /** Open cases now with the monitoring officer */
  casesWithMonitoringOfficer: Scalars['Int']['output'];
  /** Live cases whose next deadline is in the 7 days after today */
  dueThisWeek: Scalars['Int']['output'];
  /** Live cases whose next deadline is today */
  dueToday: Scalars['Int']['output'];
  /** Open cases */
  openCases: Scalars['Int']['output'];
  /** Live cases whose next deadline (see Case.nextDeadline) is before today: the cases `cases(filter: { overdueOn: today })` lists */
  overdue: Scalars['Int']['output'];
  /** Protocol reviews coming up (open review tasks) */
  reviewsDue: Scalars['Int']['output'];
  /** Protocol reviews past their date */
  reviewsOverdue: Scalars['Int']['output'];
  /** Notifications not yet read */
  unreadNotifications: Scalars['Int']['output'];
};

export type DisclosureException = {
  __typename?: 'DisclosureException';
  /** The classifications it applies to; empty: every classification */
  classifications: Array<Classification>;
  clauses: Array<Scalars['String']['output']>;
  /** A condition in words that must hold as well */
  condition?: Maybe<Scalars['String']['output']>;
  conditionCy?: Maybe<Scalars['String']['output']>;
  /** Who must be consulted first (one or several) */
  consult: Array<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  descriptionCy?: Maybe<Scalars['String']['output']>;
  key: DisclosureExceptionKind;
};

/** When confidential information may be disclosed */
export const DisclosureExceptionKind = {
  ALREADY_PUBLIC: 'ALREADY_PUBLIC',
  CONSENT: 'CONSENT',
  LEGITIMATE_REASON: 'LEGITIMATE_REASON',
  PROFESSIONAL_ADVICE: 'PROFESSIONAL_ADVICE',
  PUBLIC_INTEREST: 'PUBLIC_INTEREST',
  REQUIRED_BY_LAW: 'REQUIRED_BY_LAW',
  WITH_AUTHORITY: 'WITH_AUTHORITY'
} as const;

export type DisclosureExceptionKind = typeof DisclosureExceptionKind[keyof typeof DisclosureExceptionKind];
/** JSON or YAML, for exporting a protocol document */
export const DocumentTextFormat = {
  JSON: 'JSON',
  YAML: 'YAML'
} as const;

export type DocumentTextFormat = typeof DocumentTextFormat[keyof typeof DocumentTextFormat];
export type DraftFromImport = {
  __typename?: 'DraftFromImport';
  draft: ProtocolVersion;
  import: ProtocolImport;
  /** What could not go into the draft in today's format, in words */
  notes: Array<Scalars['String']['output']>;
};

/** Categories of members' enquiries with response standards */
export const EnquiryCategory = {
  COMPLAINT: 'COMPLAINT',
  GENERAL_CORRESPONDENCE: 'GENERAL_CORRESPONDENCE',
  INFORMATION_REQUEST: 'INFORMATION_REQUEST',
  PLANNING: 'PLANNING',
  POLICY_MATTER: 'POLICY_MATTER',
  PORTFOLIO_POLITICAL: 'PORTFOLIO_POLITICAL',
  WARD_MATTER: 'WARD_MATTER'
} as const;

export type EnquiryCategory = typeof EnquiryCategory[keyof typeof EnquiryCategory];
export type EscalationChain = {
  __typename?: 'EscalationChain';
  /** For chains about a particular role (a complaint about the Clerk) */
  about?: Maybe<Scalars['String']['output']>;
  /** For a late-enquiry chain that applies to one category */
  category?: Maybe<Scalars['String']['output']>;
  clauses: Array<Scalars['String']['output']>;
  /** A built-in concern kind or one of the protocol's own (lower case) */
  concern: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  descriptionCy?: Maybe<Scalars['String']['output']>;
  /** Other steps the chain may start at, and when */
  entryPoints: Array<ChainEntryPoint>;
  /** The external body at the end of the chain */
  externalBody?: Maybe<Scalars['String']['output']>;
  /** Identifies the chain among several for one kind of concern */
  id?: Maybe<Scalars['String']['output']>;
  /** "Serious" matters start at this step (0-based) */
  seriousStartsAt?: Maybe<Scalars['Int']['output']>;
  severity: Severity;
  steps: Array<EscalationStep>;
  /** When this chain applies, where several serve one kind of concern */
  when?: Maybe<ChainCondition>;
};

/** Where a concern goes at a council, in order, under its adopted protocol */
export type EscalationRoute = {
  __typename?: 'EscalationRoute';
  /** The chain that applies; null when the caller must choose (see choices) */
  chain?: Maybe<EscalationChain>;
  /** The chains to choose from, when the question does not decide (ask again with chainId, raisedBy or seeks) */
  choices: Array<RouteChoice>;
  /** Why this chain: its condition and what the question said that matched, or that it is the only one */
  chosenBecause: Scalars['String']['output'];
  councilId: Scalars['ID']['output'];
  /** The external body at the end of the chain */
  externalBody?: Maybe<ProtocolRole>;
  protocolVersion: ProtocolVersion;
  /** Empty when the caller must choose */
  steps: Array<RouteStep>;
  /** Whom the concern is about (as asked, or the role the chain is kept for); never told through the route */
  subject?: Maybe<Scalars['String']['output']>;
  /** Handlers the protocol places under the subject (from the roles' reportsTo), and the like */
  warnings: Array<RouteWarning>;
};

export type EscalationStep = {
  __typename?: 'EscalationStep';
  action: StepAction;
  /** Who takes the step when the handler is the subject or absent */
  alternatives: Array<Scalars['String']['output']>;
  clauses: Array<Scalars['String']['output']>;
  /** Roles the handler discusses the matter with or takes advice from */
  consult: Array<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  descriptionCy?: Maybe<Scalars['String']['output']>;
  /** Who handles the step (version 2), an expression: { role, orNominee? } | { procedure: { name, nameCy?, url? } } | { anyOf: [...] } | { allOf: [...] }; wins over handler */
  handledBy?: Maybe<Scalars['JSON']['output']>;
  /** Who handles the step (version 1); handledBy, when present, says it in full */
  handler?: Maybe<Scalars['String']['output']>;
  /** Roles that decide jointly with the handler */
  jointWith: Array<Scalars['String']['output']>;
  /** Roles that may be told (at the handler's discretion, or when they exist) */
  mayNotify: Array<Scalars['String']['output']>;
  /** Roles to tell at this step */
  notify: Array<Scalars['String']['output']>;
  preconditions: Array<Precondition>;
  /** Taken with the person concerned first: the handler keeps the step even when the concern is about them */
  withSubjectFirst: Scalars['Boolean']['output'];
  /** Working days allowed at this step before moving on */
  workingDays?: Maybe<Scalars['Int']['output']>;
};

/** Who can expect what of whom */
export const ExpectationDirection = {
  MEMBERS_FROM_OFFICERS: 'MEMBERS_FROM_OFFICERS',
  OFFICERS_FROM_MEMBERS: 'OFFICERS_FROM_MEMBERS'
} as const;

export type ExpectationDirection = typeof ExpectationDirection[keyof typeof ExpectationDirection];
export type ExtensionRule = {
  __typename?: 'ExtensionRule';
  description: Scalars['String']['output'];
  descriptionCy?: Maybe<Scalars['String']['output']>;
  terms: Array<ExtensionTerm>;
};

/** What is owed when a response will take longer than the standard */
export const ExtensionTerm = {
  EARLY_NOTICE: 'EARLY_NOTICE',
  EXPLANATION: 'EXPLANATION',
  TIME_ESTIMATE: 'TIME_ESTIMATE'
} as const;

export type ExtensionTerm = typeof ExtensionTerm[keyof typeof ExtensionTerm];
/** A clause of the imported document, as written */
export type ImportClause = {
  __typename?: 'ImportClause';
  id: Scalars['ID']['output'];
  /** As written ("1.1", "(a)"); null for an unnumbered paragraph */
  number?: Maybe<Scalars['String']['output']>;
  scheme?: Maybe<NumberScheme>;
  section?: Maybe<Scalars['ID']['output']>;
  text: Scalars['String']['output'];
};

/** The kind of file an import read (sniffed from its bytes) */
export const ImportFormat = {
  DOCX: 'DOCX',
  HTML: 'HTML',
  MD: 'MD',
  PDF: 'PDF',
  TXT: 'TXT'
} as const;

export type ImportFormat = typeof ImportFormat[keyof typeof ImportFormat];
/** Why a file could not be imported */
export const ImportProblem = {
  CORRUPT: 'CORRUPT',
  EMPTY: 'EMPTY',
  ENCRYPTED_PDF: 'ENCRYPTED_PDF',
  LEGACY_DOC: 'LEGACY_DOC',
  NO_TEXT_LAYER: 'NO_TEXT_LAYER',
  TOO_LARGE: 'TOO_LARGE',
  TOO_MANY_PAGES: 'TOO_MANY_PAGES',
  UNSUPPORTED: 'UNSUPPORTED',
  ZIP_BOMB: 'ZIP_BOMB',
  ZIP_PATH: 'ZIP_PATH'
} as const;

export type ImportProblem = typeof ImportProblem[keyof typeof ImportProblem];
/** A section of the imported document: its heading, with its number as written */
export type ImportSection = {
  __typename?: 'ImportSection';
  heading: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  number?: Maybe<Scalars['String']['output']>;
};

/** Where an import is: queued, being parsed, ready for review, or failed */
export const ImportStatus = {
  FAILED: 'FAILED',
  PARSING: 'PARSING',
  QUEUED: 'QUEUED',
  READY: 'READY'
} as const;

export type ImportStatus = typeof ImportStatus[keyof typeof ImportStatus];
/** A rule the importer suggests, with where it came from and why */
export type ImportSuggestion = {
  __typename?: 'ImportSuggestion';
  /** The clause it came from */
  clause: Scalars['ID']['output'];
  /** 0 to 1 */
  confidence: Scalars['Float']['output'];
  /** Where it ends (exclusive) */
  end: Scalars['Int']['output'];
  excerpt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: SuggestionKind;
  /** The pattern that produced it (e.g. time.within_n_units) */
  pattern: Scalars['String']['output'];
  /** Where the matched text starts in the clause text */
  start: Scalars['Int']['output'];
  /** What it proposes; its shape depends on the kind */
  value: Scalars['JSON']['output'];
};

/** An invitation sent: the person (who cannot sign in until they set a password) and when the link expires */
export type Invitation = {
  __typename?: 'Invitation';
  /** When the one-time link stops working */
  expiresAt: Scalars['DateTime']['output'];
  /** Whether they were made the holder of the Clerk role */
  officeHolder: Scalars['Boolean']['output'];
  /** The invited person */
  user: User;
};

/** Someone to invite to a council: they get an e-mail with a one-time link to set their own password */
export type InviteUserInput = {
  /** The council they will serve */
  councilId: Scalars['ID']['input'];
  /** Their name as shown in the app and on routes */
  displayName: Scalars['String']['input'];
  /** Where the invitation is sent; their sign-in */
  email: Scalars['String']['input'];
  /** en or cy: the language of the invitation and of the app for them (default: cy for a council in Wales, else en) */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** For a clerk: also record them as the holder of the Clerk role from today, so routes name them */
  officeHolder?: Scalars['Boolean']['input'];
  /** Their role at the council (CLERK by default) */
  role?: MembershipRole;
};

/** English, or Welsh (Cymraeg) */
export const Language = {
  CY: 'CY',
  EN: 'EN'
} as const;

export type Language = typeof Language[keyof typeof Language];
/** Who is calling */
export type Me = {
  __typename?: 'Me';
  /** The API key in use, if any */
  apiKey?: Maybe<ApiKey>;
  /** Your own memberships (an API key has none) */
  memberships: Array<Membership>;
  platformAdmin: Scalars['Boolean']['output'];
  /** True for API keys: queries only */
  readOnly: Scalars['Boolean']['output'];
  /** null when calling with an API key */
  user?: Maybe<User>;
};

/** A person's role at a council */
export type Membership = {
  __typename?: 'Membership';
  council: Council;
  councilId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  role: MembershipRole;
  user: User;
  userId: Scalars['ID']['output'];
};

export type MembershipFilter = {
  councilId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type MembershipList = {
  __typename?: 'MembershipList';
  items: Array<Membership>;
  /** Everything that matched, not just this page */
  totalCount: Scalars['Int']['output'];
};

/** A person's role at a council. A monitoring officer's role reaches every council below theirs. */
export const MembershipRole = {
  CLERK: 'CLERK',
  MONITORING_OFFICER: 'MONITORING_OFFICER',
  VIEWER: 'VIEWER'
} as const;

export type MembershipRole = typeof MembershipRole[keyof typeof MembershipRole];
/** Where an imported document differs from the model published to the council (the model's adopted version) */
export type ModelComparison = {
  __typename?: 'ModelComparison';
  clauses: Array<ModelDifference>;
  modelId: Scalars['ID']['output'];
  modelTitle: Scalars['String']['output'];
  modelVersionId: Scalars['ID']['output'];
  rules: Array<ModelDifference>;
};

/** A clause or rule where the imported document differs from the model */
export type ModelDifference = {
  __typename?: 'ModelDifference';
  /** added (in the document, not the model), changed, or removed (in the model, not the document) */
  change: Scalars['String']['output'];
  /** The clause id, or the rule key */
  key: Scalars['String']['output'];
  /** For a clause: its number as written */
  number?: Maybe<Scalars['String']['output']>;
  /** For a rule: its section (role, chain, response_standard…) */
  section?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Sets an invited person's password from their one-time link (no sign-in needed) and signs them in */
  acceptInvitation: AuthPayload;
  /** Adds a note to a case's timeline */
  addCaseNote: CaseEvent;
  addCouncilClosure: CouncilClosure;
  addMembership: Membership;
  addOfficeHolder: OfficeHolder;
  /** Adds a clause (or unnumbered paragraph) to a draft: at the end, after a given clause id, or at the start (atStart) */
  addProtocolClause: ProtocolClause;
  /** Adopts a draft; the adopted version it replaces becomes superseded */
  adoptProtocolVersion: ProtocolVersion;
  /** Creates a read-only key; its secret is returned this once only */
  createApiKey: CreatedApiKey;
  /** A calendar of a council's case deadlines and review dates (and of the councils below, if asked) */
  createCalendarFeed: CalendarFeedSecret;
  createCouncil: Council;
  /** Makes a draft of the council's protocol from an import's accepted suggestions (the adopted version is not changed) */
  createDraftFromImport: DraftFromImport;
  /** A model protocol for the councils below (monitoring officers); its first draft copies fromVersionId if given */
  createModelProtocol: Protocol;
  /** Creates a council's protocol, its first draft copied from a model when one is given */
  createProtocol: Protocol;
  createUser: User;
  /** Deletes a council with no councils below it, no members and no API keys */
  deleteCouncil: Scalars['ID']['output'];
  /** Discards a draft with its clauses and rules; the adopted version is untouched */
  discardDraft: Scalars['ID']['output'];
  /** Makes a council's protocol follow a model it may start from (its council's own, or one published above it), or none (modelId null); nothing is copied, compare against the model from then on */
  followModelProtocol: Protocol;
  /** saveDraftDocument from JSON or YAML text (what exportDocument gives, or a file written by hand) */
  importProtocolDocument: ProtocolVersion;
  /** Invites someone to a council: their account, membership and (for a clerk) the Clerk office holder from today, and an e-mail with a one-time link to set their own password. Nothing is kept if the e-mail cannot be sent */
  inviteUser: Invitation;
  markNotificationRead: Notification;
  /** Acknowledges, responds to, resolves, closes or escalates a case; CONFLICT when its status does not allow it */
  moveCase: Case;
  /** Moves a clause of a draft to just after another, named by its id (key); null: to the start. Its number and id are unchanged */
  moveProtocolClause: ProtocolClause;
  /** Opens an enquiry or concern; its deadlines and route are fixed from the protocol in force at receipt */
  openCase: Case;
  /** Publishes a model to the councils below (or withdraws it) */
  publishModelProtocol: Protocol;
  /** Completes a review by reaffirming the protocol in force; its next review date moves on (adopting a new version completes it too) */
  reaffirmProtocol: ReviewTask;
  removeCouncilClosure: Scalars['ID']['output'];
  removeMembership: Scalars['ID']['output'];
  removeOfficeHolder: Scalars['ID']['output'];
  /** Removes a clause no rule cites from a draft */
  removeProtocolClause: Scalars['ID']['output'];
  /** Removes a rule from a draft */
  removeProtocolRule: Scalars['ID']['output'];
  /** Renames a protocol; titleCy is its Welsh title (null clears it) */
  renameProtocol: Protocol;
  revokeApiKey: ApiKey;
  /** Revokes a feed: its URL stops working at once */
  revokeCalendarFeed: CalendarFeed;
  /** Replaces a draft with a whole document (format 2; JSON Schema at /schema/protocol-document.v2.json): clauses, sections, rules, dates, review schedule, title. Every problem is reported at once in extensions.problems ({ path, message }), and nothing is written while there is any */
  saveDraftDocument: ProtocolVersion;
  /** Adds a rule to a draft, or (with expectedVersion) replaces the rule with the same key; checked against the draft */
  saveProtocolRule: ProtocolRuleEntry;
  /** Sets a draft's review schedule */
  setProtocolReview: ProtocolVersion;
  /** Signs in with e-mail and password; returns a short-lived token */
  signIn: AuthPayload;
  /** Starts a draft as a copy of the adopted version (or of the model) */
  startProtocolDraft: ProtocolVersion;
  /** Changes what a case says (subject, description, who raised it, classification, documents); its deadlines and route stay as fixed at receipt */
  updateCase: Case;
  updateCouncil: Council;
  updateOfficeHolder: OfficeHolder;
  /** Edits a clause of a draft */
  updateProtocolClause: ProtocolClause;
  updateUser: User;
};


export type MutationAcceptInvitationArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationAddCaseNoteArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationAddCouncilClosureArgs = {
  councilId: Scalars['ID']['input'];
  date: Scalars['LocalDate']['input'];
  reason?: Scalars['String']['input'];
};


export type MutationAddMembershipArgs = {
  input: AddMembershipInput;
};


export type MutationAddOfficeHolderArgs = {
  councilId: Scalars['ID']['input'];
  input: OfficeHolderInput;
};


export type MutationAddProtocolClauseArgs = {
  input: AddClauseInput;
  versionId: Scalars['ID']['input'];
};


export type MutationAdoptProtocolVersionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: AdoptInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateCalendarFeedArgs = {
  councilId: Scalars['ID']['input'];
  includeBelow?: Scalars['Boolean']['input'];
  language?: InputMaybe<Language>;
  name: Scalars['String']['input'];
};


export type MutationCreateCouncilArgs = {
  input: CreateCouncilInput;
};


export type MutationCreateDraftFromImportArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: CreateDraftFromImportInput;
};


export type MutationCreateModelProtocolArgs = {
  councilId: Scalars['ID']['input'];
  fromVersionId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};


export type MutationCreateProtocolArgs = {
  councilId: Scalars['ID']['input'];
  modelId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeleteCouncilArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDiscardDraftArgs = {
  expectedVersion: Scalars['Int']['input'];
  versionId: Scalars['ID']['input'];
};


export type MutationFollowModelProtocolArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  modelId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationImportProtocolDocumentArgs = {
  expectedVersion: Scalars['Int']['input'];
  text: Scalars['String']['input'];
  versionId: Scalars['ID']['input'];
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMoveCaseArgs = {
  action: CaseAction;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
};


export type MutationMoveProtocolClauseArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationOpenCaseArgs = {
  input: OpenCaseInput;
};


export type MutationPublishModelProtocolArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  published?: Scalars['Boolean']['input'];
};


export type MutationReaffirmProtocolArgs = {
  expectedVersion: Scalars['Int']['input'];
  meetingOn?: InputMaybe<Scalars['LocalDate']['input']>;
  nextReviewDue?: InputMaybe<Scalars['LocalDate']['input']>;
  reviewTaskId: Scalars['ID']['input'];
};


export type MutationRemoveCouncilClosureArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveMembershipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveOfficeHolderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveProtocolClauseArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRemoveProtocolRuleArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRenameProtocolArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  titleCy?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeCalendarFeedArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveDraftDocumentArgs = {
  document: Scalars['JSON']['input'];
  expectedVersion: Scalars['Int']['input'];
  versionId: Scalars['ID']['input'];
};


export type MutationSaveProtocolRuleArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  rule: Scalars['JSON']['input'];
  section: RuleSection;
  versionId: Scalars['ID']['input'];
};


export type MutationSetProtocolReviewArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: ReviewScheduleInput;
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationStartProtocolDraftArgs = {
  protocolId: Scalars['ID']['input'];
};


export type MutationUpdateCaseArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateCaseInput;
};


export type MutationUpdateCouncilArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateCouncilInput;
};


export type MutationUpdateOfficeHolderArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: OfficeHolderInput;
};


export type MutationUpdateProtocolClauseArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateClauseInput;
};


export type MutationUpdateUserArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};

/** Decides the bank holidays that apply */
export const Nation = {
  ENGLAND: 'ENGLAND',
  NORTHERN_IRELAND: 'NORTHERN_IRELAND',
  SCOTLAND: 'SCOTLAND',
  WALES: 'WALES'
} as const;

export type Nation = typeof Nation[keyof typeof Nation];
/** Something a council should act on, recorded once by the worker */
export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  /** The case a reminder was about */
  caseId?: Maybe<Scalars['ID']['output']>;
  council: Council;
  councilId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  dueDate?: Maybe<Scalars['LocalDate']['output']>;
  /** none (in the app only), pending, sent or failed */
  emailStatus: Scalars['String']['output'];
  emailedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  readAt?: Maybe<Scalars['DateTime']['output']>;
  recipientEmail?: Maybe<Scalars['String']['output']>;
  /** Whom it was for (a reminder goes to the holders of a role) */
  recipientName?: Maybe<Scalars['String']['output']>;
  subject: Scalars['String']['output'];
};

export type NotificationFilter = {
  councilId?: InputMaybe<Scalars['ID']['input']>;
  unreadOnly?: Scalars['Boolean']['input'];
};

export const NotificationKind = {
  ACKNOWLEDGE_MISSED: 'ACKNOWLEDGE_MISSED',
  ACKNOWLEDGE_SOON: 'ACKNOWLEDGE_SOON',
  RESPOND_MISSED: 'RESPOND_MISSED',
  RESPOND_SOON: 'RESPOND_SOON',
  REVIEW_DUE: 'REVIEW_DUE',
  REVIEW_OVERDUE: 'REVIEW_OVERDUE',
  REVIEW_TASK: 'REVIEW_TASK',
  STEP_MISSED: 'STEP_MISSED',
  STEP_SOON: 'STEP_SOON'
} as const;

export type NotificationKind = typeof NotificationKind[keyof typeof NotificationKind];
export type NotificationList = {
  __typename?: 'NotificationList';
  items: Array<Notification>;
  /** Everything that matched, not just this page */
  totalCount: Scalars['Int']['output'];
};

/** A clause number's scheme as written: 1.1, (a), i., a bullet */
export const NumberScheme = {
  BULLET: 'BULLET',
  DECIMAL: 'DECIMAL',
  LETTER: 'LETTER',
  ROMAN: 'ROMAN'
} as const;

export type NumberScheme = typeof NumberScheme[keyof typeof NumberScheme];
/** A general duty, right or restriction, or a disclosure someone must make */
export type Obligation = {
  __typename?: 'Obligation';
  /** Whom it binds or benefits */
  appliesTo: Array<Scalars['String']['output']>;
  clauses: Array<Scalars['String']['output']>;
  /** Who stands in, in order, when those it applies to are not available (handler expressions) */
  inAbsence?: Maybe<Scalars['JSON']['output']>;
  kind: ObligationKind;
  /** Who enters it in the register */
  recordedBy: Array<Scalars['String']['output']>;
  /** Where a disclosure is recorded */
  register?: Maybe<Scalars['String']['output']>;
  /** For disclosures and reports: to whom */
  reportTo: Array<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  textCy?: Maybe<Scalars['String']['output']>;
};

/** A duty, a right, a restriction, or a disclosure someone must make */
export const ObligationKind = {
  DISCLOSURE: 'DISCLOSURE',
  DUTY: 'DUTY',
  RESTRICTION: 'RESTRICTION',
  RIGHT: 'RIGHT'
} as const;

export type ObligationKind = typeof ObligationKind[keyof typeof ObligationKind];
/** Who holds a role at a council now (or from/to given dates), so that the worker can reach a person */
export type OfficeHolder = {
  __typename?: 'OfficeHolder';
  councilId: Scalars['ID']['output'];
  deputy: Scalars['Boolean']['output'];
  email?: Maybe<Scalars['String']['output']>;
  fromDate?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** The role held: a role key of the protocol, e.g. clerk, chairman, monitoring_officer */
  roleKey: Scalars['String']['output'];
  toDate?: Maybe<Scalars['LocalDate']['output']>;
  version: Scalars['Int']['output'];
};

/** Who holds a role: every field is set as given */
export type OfficeHolderInput = {
  /** A deputy, reached after the principal */
  deputy?: InputMaybe<Scalars['Boolean']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  fromDate?: InputMaybe<Scalars['LocalDate']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  /** A role key of the protocol, in either case (clerk or CLERK) */
  roleKey: Scalars['VocabularyKey']['input'];
  toDate?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** A new enquiry or concern. Its deadlines and route come from the protocol in force at receipt. */
export type OpenCaseInput = {
  aboutPerson?: InputMaybe<Scalars['String']['input']>;
  /** The role the case is about (a role key of the protocol, either case) */
  aboutRole?: InputMaybe<Scalars['VocabularyKey']['input']>;
  /** For an enquiry (and optionally a late-enquiry concern); either case */
  category?: InputMaybe<Scalars['VocabularyKey']['input']>;
  classification?: InputMaybe<Classification>;
  /** For a concern; either case */
  concern?: InputMaybe<Scalars['VocabularyKey']['input']>;
  councilId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** Linked documents, by reference */
  documents?: InputMaybe<Array<Scalars['String']['input']>>;
  kind: CaseKind;
  raisedByEmail?: InputMaybe<Scalars['String']['input']>;
  raisedByName: Scalars['String']['input'];
  /** A role key, either case */
  raisedByRole: Scalars['VocabularyKey']['input'];
  /** When it was received; now when omitted */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  severity?: InputMaybe<Severity>;
  subject: Scalars['String']['input'];
  urgent?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What must hold for a step to apply */
export const Precondition = {
  BREACH_OF_CODE_SUSPECTED: 'BREACH_OF_CODE_SUSPECTED',
  CONSENT_OF_ALL_PARTIES: 'CONSENT_OF_ALL_PARTIES',
  HANDLER_NOT_SUBJECT: 'HANDLER_NOT_SUBJECT',
  MINOR_ONLY: 'MINOR_ONLY',
  RELATIONSHIP_BREAKDOWN: 'RELATIONSHIP_BREAKDOWN',
  SERIOUS_ONLY: 'SERIOUS_ONLY',
  UNRESOLVED_AT_PREVIOUS_STEP: 'UNRESOLVED_AT_PREVIOUS_STEP'
} as const;

export type Precondition = typeof Precondition[keyof typeof Precondition];
/** A council's member/officer protocol (or a model protocol a monitoring officer publishes) */
export type Protocol = {
  __typename?: 'Protocol';
  /** The version in force */
  adopted?: Maybe<ProtocolVersion>;
  /** The council whose protocol this is; null for a model published by a council above the caller's scope */
  council?: Maybe<Council>;
  councilId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The draft under review, if any */
  draft?: Maybe<ProtocolVersion>;
  id: Scalars['ID']['output'];
  /** A model protocol, for the councils below to start from */
  isModel: Scalars['Boolean']['output'];
  /** The model this protocol follows, when visible */
  model?: Maybe<Protocol>;
  /** The model this protocol follows */
  modelId?: Maybe<Scalars['ID']['output']>;
  /** Who holds each role at the council today */
  officeHolders: Array<OfficeHolder>;
  /** A published model is visible to the councils below its council */
  published: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  /** The title in Welsh */
  titleCy?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  /** Newest first */
  versions: Array<ProtocolVersion>;
};

/** A part of an adopted protocol amended without a new version ("Member Enquiries section updated on 2021-09-09") */
export type ProtocolAmendment = {
  __typename?: 'ProtocolAmendment';
  clauses: Array<Scalars['String']['output']>;
  on: Scalars['LocalDate']['output'];
  scope: Scalars['String']['output'];
};

/** A clause (or unnumbered paragraph) of a protocol version, as written */
export type ProtocolClause = {
  __typename?: 'ProtocolClause';
  heading?: Maybe<Scalars['String']['output']>;
  headingCy?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The stable id rules cite (the document's clause id); renumbering never changes it */
  key: Scalars['String']['output'];
  /** As written: "4.2", "8.63", "(a)", "•"; null for an unnumbered paragraph */
  number?: Maybe<Scalars['String']['output']>;
  position: Scalars['Int']['output'];
  /** The id of its section, if any */
  section?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  /** The text in Welsh */
  textCy?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  versionId: Scalars['ID']['output'];
};

/** What changed from one protocol version to another (e.g. the adopted version to the draft, or the model to a council's) */
export type ProtocolComparison = {
  __typename?: 'ProtocolComparison';
  base: ProtocolVersion;
  clauses: Array<ClauseChange>;
  other: ProtocolVersion;
  rules: Array<RuleChange>;
};

export type ProtocolExpectation = {
  __typename?: 'ProtocolExpectation';
  clauses: Array<Scalars['String']['output']>;
  direction: ExpectationDirection;
  text: Scalars['String']['output'];
  textCy?: Maybe<Scalars['String']['output']>;
};

/** One upload of a council's protocol document: its parsing and what was found in it */
export type ProtocolImport = {
  __typename?: 'ProtocolImport';
  clauses: Array<ImportClause>;
  councilId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The draft created from this import, once it has been */
  draftVersionId?: Maybe<Scalars['ID']['output']>;
  filename: Scalars['String']['output'];
  format?: Maybe<ImportFormat>;
  id: Scalars['ID']['output'];
  /** What went wrong and what to do, when it failed; notes (macros ignored) when not */
  message?: Maybe<Scalars['String']['output']>;
  /** Where the document (its confident suggestions) differs from the model published to the council; null when there is none */
  modelComparison?: Maybe<ModelComparison>;
  /** Pages, for a PDF */
  pages?: Maybe<Scalars['Int']['output']>;
  problem?: Maybe<ImportProblem>;
  /** 0 to 100 */
  progress: Scalars['Int']['output'];
  sections: Array<ImportSection>;
  /** Bytes */
  size: Scalars['Int']['output'];
  status: ImportStatus;
  suggestions: Array<ImportSuggestion>;
  /** The document's title as found */
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** A problem that stops a draft being adopted */
export type ProtocolProblem = {
  __typename?: 'ProtocolProblem';
  message: Scalars['String']['output'];
  /** Where: "chains[2].steps[1].handler" */
  path: Scalars['String']['output'];
};

/** A standards committee's report: how protocols were kept over a period, per council, per year and in total */
export type ProtocolReport = {
  __typename?: 'ProtocolReport';
  /** One row per council reported on, by name */
  councils: Array<CouncilReport>;
  /** First day of the period (received on or after) */
  from: Scalars['LocalDate']['output'];
  /** Last day of the period (received on or before) */
  to: Scalars['LocalDate']['output'];
  /** Every council reported on, together */
  total: ReportFigures;
  /** One row per year, oldest first */
  years: Array<YearReport>;
};

/** A role the protocol names, with the council's own title */
export type ProtocolRole = {
  __typename?: 'ProtocolRole';
  /** The built-in role it is a kind of, so that reports can compare councils (its key, when that is built in) */
  builtIn?: Maybe<Scalars['String']['output']>;
  /** Clause numbers */
  clauses: Array<Scalars['String']['output']>;
  /** The council's own key (lower case), e.g. clerk, political_assistant */
  key: Scalars['String']['output'];
  kind: RoleKind;
  /** When the role belongs to another body */
  organisation?: Maybe<Scalars['String']['output']>;
  organisationCy?: Maybe<Scalars['String']['output']>;
  politicallyRestricted: Scalars['Boolean']['output'];
  /** Whom the role reports to, where the protocol says (a Director to the Chief Executive) */
  reportsTo?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** The title in Welsh */
  titleCy?: Maybe<Scalars['String']['output']>;
};

/** A stored rule of a version, with what editing it needs (its key and version) */
export type ProtocolRuleEntry = {
  __typename?: 'ProtocolRuleEntry';
  /** The rule itself, in the shape of its section's type (ProtocolRole, EscalationChain…) */
  body: Scalars['JSON']['output'];
  /** Every clause the rule cites */
  clauses: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What identifies the rule across versions */
  key: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  section: RuleSection;
  /** Send back as expectedVersion when changing or removing it */
  version: Scalars['Int']['output'];
};

/** A section of a protocol text, with its heading */
export type ProtocolSection = {
  __typename?: 'ProtocolSection';
  heading: Scalars['String']['output'];
  headingCy?: Maybe<Scalars['String']['output']>;
  /** The id clauses name as their section */
  id: Scalars['String']['output'];
  number?: Maybe<Scalars['String']['output']>;
};

/** draft → adopted → superseded */
export const ProtocolStatus = {
  ADOPTED: 'ADOPTED',
  DRAFT: 'DRAFT',
  SUPERSEDED: 'SUPERSEDED'
} as const;

export type ProtocolStatus = typeof ProtocolStatus[keyof typeof ProtocolStatus];
/** One version of a protocol: a draft, the adopted one, or a superseded one */
export type ProtocolVersion = {
  __typename?: 'ProtocolVersion';
  accessRules: Array<AccessRule>;
  /** When the adoption was recorded in Accord (whether or not the protocol states a date) */
  adoptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The adopting body, a role key of the protocol, e.g. full_council */
  adoptedBy?: Maybe<Scalars['String']['output']>;
  /** The adoption date the protocol states, as stated (YYYY, YYYY-MM or YYYY-MM-DD); null when it states none ("not stated") */
  adoptedOn?: Maybe<Scalars['String']['output']>;
  /** Whom to ask for advice, by topic */
  adviceRoutes: Array<AdviceRoute>;
  /** The body that approves amendments the review recommends (a role key of the protocol) */
  amendedBy?: Maybe<Scalars['String']['output']>;
  /** Parts amended since adoption without a new version */
  amendments: Array<ProtocolAmendment>;
  /** The version (or model version) this one started as a copy of */
  basedOnId?: Maybe<Scalars['ID']['output']>;
  chains: Array<EscalationChain>;
  clauses: Array<ProtocolClause>;
  correspondenceRules: Array<CorrespondenceRule>;
  councilId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  disclosureExceptions: Array<DisclosureException>;
  /** The whole version as one document, format 2 (JSON Schema at /schema/protocol-document.v2.json) */
  document: Scalars['JSON']['output'];
  /** In force from, as stated (YYYY, YYYY-MM or YYYY-MM-DD) */
  effectiveFrom?: Maybe<Scalars['String']['output']>;
  expectations: Array<ProtocolExpectation>;
  /** The whole version as text in the document format (version 2), JSON or YAML; importProtocolDocument reads it back unchanged */
  exportDocument: Scalars['String']['output'];
  /** The format version of its content (2) */
  format: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** When the text says it was last updated (YYYY, YYYY-MM or YYYY-MM-DD) */
  lastUpdated?: Maybe<Scalars['String']['output']>;
  /** The whole version as Markdown, clause numbers as written */
  markdown: Scalars['String']['output'];
  nextReviewDue?: Maybe<Scalars['LocalDate']['output']>;
  /** 1 for the first version, then 2, 3… */
  number: Scalars['Int']['output'];
  /** General duties, rights and restrictions, and disclosures someone must make */
  obligations: Array<Obligation>;
  /** What stops this version being adopted; empty when it is consistent */
  problems: Array<ProtocolProblem>;
  protocolId: Scalars['ID']['output'];
  responseStandards: Array<ResponseStandard>;
  reviewClauses: Array<Scalars['String']['output']>;
  reviewEveryMonths?: Maybe<Scalars['Int']['output']>;
  /** What a review is to look at, when the protocol says */
  reviewFocus?: Maybe<Scalars['String']['output']>;
  /** Why no next review date is computed (a schedule with no full date to count from); null otherwise */
  reviewNote?: Maybe<Scalars['String']['output']>;
  /** A fixed review date, when the protocol gives one */
  reviewOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The reviewing body (a role key of the protocol) */
  reviewingBody?: Maybe<Scalars['String']['output']>;
  roles: Array<ProtocolRole>;
  /** The stored rules, with the keys and versions editing needs */
  rules: Array<ProtocolRuleEntry>;
  /** The sections of the text, with headings, in order */
  sections: Array<ProtocolSection>;
  status: ProtocolStatus;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** The protocol's own concern kinds and enquiry categories, beside the built-in ones */
  vocabulary: ProtocolVocabularyType;
};


/** One version of a protocol: a draft, the adopted one, or a superseded one */
export type ProtocolVersionExportDocumentArgs = {
  format?: DocumentTextFormat;
};


/** One version of a protocol: a draft, the adopted one, or a superseded one */
export type ProtocolVersionRulesArgs = {
  section?: InputMaybe<RuleSection>;
};

/** The protocol's own concern kinds and enquiry categories (format 2), beside the built-in ones */
export type ProtocolVocabularyType = {
  __typename?: 'ProtocolVocabularyType';
  concernKinds: Array<VocabularyEntry>;
  enquiryCategories: Array<VocabularyEntry>;
};

export type Query = {
  __typename?: 'Query';
  /** May this requester see information of this classification? With the ground and the clause */
  accessDecision: AccessDecisionResult;
  apiKey: ApiKey;
  apiKeys: ApiKeyList;
  /** A council's audit log, newest first (optionally for one record). Where you read public cases only, entries about other cases (or from when a case was not public) are left out */
  auditLog: AuditEntryList;
  calendarFeeds: Array<CalendarFeed>;
  case: Case;
  /** Cases of the councils in scope, newest first (confidential ones only for their clerks and monitoring officers) */
  cases: CaseList;
  /** Clauses and rules added, changed or removed from one version to another */
  compareProtocolVersions: ProtocolComparison;
  council: Council;
  /** A council's closure days, between two dates if given */
  councilClosures: Array<CouncilClosure>;
  /** The councils in your scope, a page at a time */
  councils: CouncilList;
  /** Reviews due and overdue, cases past a deadline and cases with the monitoring officer, per council and in total, across the councils the caller manages */
  dashboard: Dashboard;
  /** Who handles a concern at a council, step by step, with the current office holders and the clauses */
  escalationRoute: EscalationRoute;
  me: Me;
  memberships: MembershipList;
  /** Model protocols a council may start from: its own, and those published above it */
  modelProtocols: Array<Protocol>;
  /** Your effective role at each of these councils (at most 500) that is in your scope; councils outside it are left out. What the admin app asks when it decides which actions to show for the records on screen. */
  myRoles: Array<CouncilRole>;
  notifications: NotificationList;
  /** Who holds which role at a council (today, unless current is false) */
  officeHolders: Array<OfficeHolder>;
  /** A council's own protocol */
  protocol: Protocol;
  /** An upload of a protocol document (POST /imports) and what was found in it */
  protocolImport: ProtocolImport;
  /** A council's imports, newest first (at most 100) */
  protocolImports: Array<ProtocolImport>;
  /** How protocols were kept over a period, for a standards committee: enquiries acknowledged and answered on time, escalations, concerns by kind, reviews; per council (with includeBelow, every council below it in your scope), per year and in total. Counted in SQL; another council's id is NOT_FOUND */
  protocolReport: ProtocolReport;
  protocolVersion: ProtocolVersion;
  /** When an enquiry must be acknowledged and answered, in working days of the council's calendar, with the clause */
  responseDeadlines: ResponseDeadlines;
  /** Protocol reviews of the councils in scope, soonest first */
  reviewTasks: ReviewTaskList;
  user: User;
  /** People with a membership at a council in your scope */
  users: UserList;
};


export type QueryAccessDecisionArgs = {
  classification: Classification;
  councilId: Scalars['ID']['input'];
  language?: AnswerLanguage;
  requester: AccessRequesterInput;
};


export type QueryApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApiKeysArgs = {
  filter?: InputMaybe<ApiKeyFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryAuditLogArgs = {
  councilId: Scalars['ID']['input'];
  entityId?: InputMaybe<Scalars['ID']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryCalendarFeedsArgs = {
  councilId: Scalars['ID']['input'];
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCasesArgs = {
  filter?: InputMaybe<CaseFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  sort?: InputMaybe<CaseSort>;
};


export type QueryCompareProtocolVersionsArgs = {
  baseId: Scalars['ID']['input'];
  otherId: Scalars['ID']['input'];
};


export type QueryCouncilArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCouncilClosuresArgs = {
  councilId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type QueryCouncilsArgs = {
  filter?: InputMaybe<CouncilFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  sort?: InputMaybe<CouncilSort>;
};


export type QueryDashboardArgs = {
  today?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type QueryEscalationRouteArgs = {
  about?: InputMaybe<Scalars['VocabularyKey']['input']>;
  category?: InputMaybe<Scalars['VocabularyKey']['input']>;
  chainId?: InputMaybe<Scalars['VocabularyKey']['input']>;
  concern: Scalars['VocabularyKey']['input'];
  councilId: Scalars['ID']['input'];
  language?: AnswerLanguage;
  raisedBy?: InputMaybe<Scalars['VocabularyKey']['input']>;
  seeks?: InputMaybe<Scalars['String']['input']>;
  severity?: Severity;
};


export type QueryMembershipsArgs = {
  filter?: InputMaybe<MembershipFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryModelProtocolsArgs = {
  councilId: Scalars['ID']['input'];
};


export type QueryMyRolesArgs = {
  councilIds: Array<Scalars['ID']['input']>;
};


export type QueryNotificationsArgs = {
  filter?: InputMaybe<NotificationFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryOfficeHoldersArgs = {
  councilId: Scalars['ID']['input'];
  current?: Scalars['Boolean']['input'];
};


export type QueryProtocolArgs = {
  councilId: Scalars['ID']['input'];
};


export type QueryProtocolImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProtocolImportsArgs = {
  councilId: Scalars['ID']['input'];
};


export type QueryProtocolReportArgs = {
  councilId: Scalars['ID']['input'];
  from: Scalars['LocalDate']['input'];
  includeBelow?: Scalars['Boolean']['input'];
  to: Scalars['LocalDate']['input'];
};


export type QueryProtocolVersionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResponseDeadlinesArgs = {
  category: Scalars['EnquiryCategoryKey']['input'];
  councilId: Scalars['ID']['input'];
  language?: AnswerLanguage;
  receivedAt: Scalars['DateTime']['input'];
  urgent?: Scalars['Boolean']['input'];
};


export type QueryReviewTasksArgs = {
  filter?: InputMaybe<ReviewTaskFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  filter?: InputMaybe<UserFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  sort?: InputMaybe<UserSort>;
};

/** How a receipt on a non-working day counts: ICO (the ICO's reading, the default: day 1 is the first working day after the date of receipt) or NEXT_WORKING_DAY (moved to the next working day, counted from the day after) */
export const ReceiptConvention = {
  ICO: 'ICO',
  NEXT_WORKING_DAY: 'NEXT_WORKING_DAY'
} as const;

export type ReceiptConvention = typeof ReceiptConvention[keyof typeof ReceiptConvention];
/** A reminder the worker sends on a day, once */
export type Reminder = {
  __typename?: 'Reminder';
  attempts: Scalars['Int']['output'];
  deadline?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  sendAt: Scalars['DateTime']['output'];
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: Scalars['String']['output'];
  stepIndex?: Maybe<Scalars['Int']['output']>;
  toRoles: Array<RoleKey>;
};

/** How a protocol was kept over a period, for one council, one year or in total */
export type ReportFigures = {
  __typename?: 'ReportFigures';
  /** Of those, acknowledged (or answered) so far */
  acknowledged: Scalars['Int']['output'];
  /** Of those, acknowledged by their acknowledgement date */
  acknowledgedOnTime: Scalars['Int']['output'];
  /** Enquiries answered (responded or resolved) so far */
  answered: Scalars['Int']['output'];
  /** Of those, answered by their response date */
  answeredOnTime: Scalars['Int']['output'];
  /** The share of answered enquiries answered on time, 0 to 1; null when none was answered */
  answeredOnTimeShare?: Maybe<Scalars['Float']['output']>;
  /** Concerns received in the period */
  concerns: Scalars['Int']['output'];
  /** Concerns by kind, most first */
  concernsByKind: Array<ConcernCount>;
  /** Enquiries received in the period */
  enquiries: Scalars['Int']['output'];
  /** Cases received in the period that were escalated at least once */
  escalations: Scalars['Int']['output'];
  /** The median of working days from receipt to acknowledgement (the council's calendar: its nation's bank holidays and its closure days; working days after the London date of receipt up to and including that of the acknowledgement); null when none was acknowledged */
  medianDaysToAcknowledge?: Maybe<Scalars['Float']['output']>;
  /** The median of working days from receipt to answer (the council's calendar: its nation's bank holidays and its closure days; working days after the London date of receipt up to and including that of the answer); null when none was answered */
  medianDaysToAnswer?: Maybe<Scalars['Float']['output']>;
  /** Protocol reviews due in the period */
  reviewsDue: Scalars['Int']['output'];
  /** Of those, completed by their due date */
  reviewsOnTime: Scalars['Int']['output'];
};

/** When an enquiry must be acknowledged and answered, under the protocol in force */
export type ResponseDeadlines = {
  __typename?: 'ResponseDeadlines';
  /** The instant acknowledgement is due, for a standard counted in hours */
  acknowledgeAt?: Maybe<Scalars['DateTime']['output']>;
  acknowledgeBy?: Maybe<Scalars['LocalDate']['output']>;
  /** The working-day calendar used, e.g. "England and Wales bank holidays, weekends, cut-off 16:00" */
  calendar: Scalars['String']['output'];
  clauses: Array<ProtocolClause>;
  councilId: Scalars['ID']['output'];
  /** Day 0 in words, in the language asked for: "Received Saturday 7 March 2026; counted from that day (day 0)." */
  countedFrom: Scalars['String']['output'];
  /** How the dates were counted, e.g. "working days; day 1 is the first working day after the date of receipt, which need not be a working day (ICO reading)" */
  counting: Scalars['String']['output'];
  /** The cut-off applied ('HH:MM', the standard's or else the council's); null when none */
  cutOff?: Maybe<Scalars['String']['output']>;
  /** Whom to escalate to when late, in order */
  escalateTo: Array<ProtocolRole>;
  /** Who receives the enquiry first, as a handler expression (the standard's handledBy, or { role: handler }) */
  handledBy?: Maybe<Scalars['JSON']['output']>;
  protocolVersion: ProtocolVersion;
  /** How a receipt on a non-working day was counted */
  receiptOnNonWorkingDay: ReceiptConvention;
  receivedAt: Scalars['DateTime']['output'];
  /** The instant the response is due, for a standard counted in hours */
  respondAt?: Maybe<Scalars['DateTime']['output']>;
  respondBeforeMeeting: Scalars['Boolean']['output'];
  /** null when the response is due before a meeting (see respondBeforeMeeting) */
  respondBy?: Maybe<Scalars['LocalDate']['output']>;
  standard: ResponseStandard;
  /** Day 0: the date of receipt (the next working day when received after the cut-off). Under the ICO reading it may be a non-working day, day 1 being the first working day after it; under NEXT_WORKING_DAY a receipt on a non-working day is moved to the next working day */
  startDay: Scalars['LocalDate']['output'];
  /** What the numbers counted */
  unit: CountUnit;
  /** Whether the urgent standard was applied */
  urgent: Scalars['Boolean']['output'];
};

/** How fast an enquiry of a category must be acknowledged and answered, and how the days are counted */
export type ResponseStandard = {
  __typename?: 'ResponseStandard';
  /** In the unit of the standard (working days unless it says otherwise) */
  acknowledgeWithinDays?: Maybe<Scalars['Int']['output']>;
  /** Others who may receive such enquiries instead, and when */
  alternatives: Array<AlternativeHandler>;
  /** A built-in enquiry category, one of the protocol's own, or "*" for every category without a standard of its own */
  category: Scalars['String']['output'];
  clauses: Array<Scalars['String']['output']>;
  /** 'HH:MM': a receipt at or after it counts from the next working day; null: the council's cut-off applies */
  cutOff?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  descriptionCy?: Maybe<Scalars['String']['output']>;
  /** Whom to escalate to when late, in order */
  escalateTo: Array<Scalars['String']['output']>;
  /** What is owed when more time is needed */
  extension?: Maybe<ExtensionRule>;
  /** Who receives the enquiry first, as a handler expression (version 2); wins over handler */
  handledBy?: Maybe<Scalars['JSON']['output']>;
  /** Who receives the enquiry first (version 1); handledBy, when present, says it in full */
  handler?: Maybe<Scalars['String']['output']>;
  /** How a receipt on a non-working day counts (ICO when the protocol does not say) */
  receiptOnNonWorkingDay: ReceiptConvention;
  /** The response is due before the relevant meeting */
  respondBeforeMeeting: Scalars['Boolean']['output'];
  /** In the unit of the standard (working days unless it says otherwise) */
  respondWithinDays?: Maybe<Scalars['Int']['output']>;
  /** What the numbers count (WORKING_DAYS when the protocol does not say) */
  unit: CountUnit;
  urgent?: Maybe<UrgentHandling>;
};

/** How a review ended: the protocol reaffirmed, or a new version adopted */
export const ReviewOutcome = {
  NEW_VERSION: 'NEW_VERSION',
  REAFFIRMED: 'REAFFIRMED'
} as const;

export type ReviewOutcome = typeof ReviewOutcome[keyof typeof ReviewOutcome];
/** A draft's review schedule; every field is set as given (null clears it) */
export type ReviewScheduleInput = {
  /** The body that approves amendments the review recommends (a role key of the protocol) */
  amendedBy?: InputMaybe<Scalars['VocabularyKey']['input']>;
  /** Parts amended since adoption without a new version */
  amendments?: InputMaybe<Array<AmendmentInput>>;
  /** The clauses the schedule comes from */
  clauses?: InputMaybe<Array<Scalars['String']['input']>>;
  /** When the text says it was last updated: YYYY, YYYY-MM or YYYY-MM-DD (left as it is when omitted) */
  lastUpdated?: InputMaybe<Scalars['String']['input']>;
  /** Review every N months after adoption (or effect) */
  reviewEveryMonths?: InputMaybe<Scalars['Int']['input']>;
  /** A fixed review date, instead of a period */
  reviewOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The body that reviews it, a role key of the protocol (policy_committee) */
  reviewingBody?: InputMaybe<Scalars['VocabularyKey']['input']>;
};

/** Where a council stands with its protocol review: OVERDUE (past its date), DUE_SOON (within the notice period, 30 days by default), CURRENT, or NONE (no review date) */
export const ReviewStatus = {
  CURRENT: 'CURRENT',
  DUE_SOON: 'DUE_SOON',
  NONE: 'NONE',
  OVERDUE: 'OVERDUE'
} as const;

export type ReviewStatus = typeof ReviewStatus[keyof typeof ReviewStatus];
/** How many councils stand where with their review */
export type ReviewStatusCounts = {
  __typename?: 'ReviewStatusCounts';
  current: Scalars['Int']['output'];
  dueSoon: Scalars['Int']['output'];
  none: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
};

/** A council's protocol review for one review date: one per council per cycle */
export type ReviewTask = {
  __typename?: 'ReviewTask';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  councilId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  dueOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  outcome?: Maybe<ReviewOutcome>;
  protocolVersionId?: Maybe<Scalars['ID']['output']>;
  status: ReviewTaskStatus;
  version: Scalars['Int']['output'];
};

export type ReviewTaskFilter = {
  councilId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<ReviewTaskStatus>>;
};

export type ReviewTaskList = {
  __typename?: 'ReviewTaskList';
  items: Array<ReviewTask>;
  /** Everything that matched, not just this page */
  totalCount: Scalars['Int']['output'];
};

/** A protocol review: open, past its date, or done */
export const ReviewTaskStatus = {
  COMPLETED: 'COMPLETED',
  OPEN: 'OPEN',
  OVERDUE: 'OVERDUE'
} as const;

export type ReviewTaskStatus = typeof ReviewTaskStatus[keyof typeof ReviewTaskStatus];
/** The shared vocabulary of roles; each protocol gives its own titles */
export const RoleKey = {
  CABINET_MEMBER: 'CABINET_MEMBER',
  CASE_OFFICER: 'CASE_OFFICER',
  CHAIRMAN: 'CHAIRMAN',
  CHIEF_EXECUTIVE: 'CHIEF_EXECUTIVE',
  CLERK: 'CLERK',
  COMMITTEE: 'COMMITTEE',
  COMMITTEE_CHAIR: 'COMMITTEE_CHAIR',
  COMMUNICATIONS_OFFICER: 'COMMUNICATIONS_OFFICER',
  CORPORATE_MANAGEMENT_TEAM: 'CORPORATE_MANAGEMENT_TEAM',
  COUNTY_ASSOCIATION: 'COUNTY_ASSOCIATION',
  CO_OPTED_MEMBER: 'CO_OPTED_MEMBER',
  DEMOCRATIC_SERVICES: 'DEMOCRATIC_SERVICES',
  DEMOCRATIC_SERVICES_MANAGER: 'DEMOCRATIC_SERVICES_MANAGER',
  DEPUTY_CHIEF_EXECUTIVE: 'DEPUTY_CHIEF_EXECUTIVE',
  DEPUTY_CLERK: 'DEPUTY_CLERK',
  DEPUTY_LEADER: 'DEPUTY_LEADER',
  DEPUTY_MAYOR: 'DEPUTY_MAYOR',
  DIRECTOR: 'DIRECTOR',
  EXECUTIVE: 'EXECUTIVE',
  FULL_COUNCIL: 'FULL_COUNCIL',
  GROUP_LEADER: 'GROUP_LEADER',
  HEAD_OF_SERVICE: 'HEAD_OF_SERVICE',
  HR_OFFICER: 'HR_OFFICER',
  INDEPENDENT_MEDIATOR: 'INDEPENDENT_MEDIATOR',
  LEADER: 'LEADER',
  LINE_MANAGER: 'LINE_MANAGER',
  MAYOR: 'MAYOR',
  MEMBER: 'MEMBER',
  MONITORING_OFFICER: 'MONITORING_OFFICER',
  NALC: 'NALC',
  OFFICER: 'OFFICER',
  OMBUDSMAN: 'OMBUDSMAN',
  OVERVIEW_SCRUTINY_COMMITTEE: 'OVERVIEW_SCRUTINY_COMMITTEE',
  PARTY_GROUP: 'PARTY_GROUP',
  PERSONNEL_COMMITTEE: 'PERSONNEL_COMMITTEE',
  PLANNING_MANAGER: 'PLANNING_MANAGER',
  POLICE: 'POLICE',
  POLICY_COMMITTEE: 'POLICY_COMMITTEE',
  PRINCIPAL_COUNCIL_MONITORING_OFFICER: 'PRINCIPAL_COUNCIL_MONITORING_OFFICER',
  PRINCIPAL_COUNCIL_STANDARDS_COMMITTEE: 'PRINCIPAL_COUNCIL_STANDARDS_COMMITTEE',
  SECTION_151_OFFICER: 'SECTION_151_OFFICER',
  SERVICE_MANAGER: 'SERVICE_MANAGER',
  SLCC: 'SLCC',
  STANDARDS_COMMITTEE: 'STANDARDS_COMMITTEE',
  TEAM_LEADER: 'TEAM_LEADER',
  VICE_CHAIRMAN: 'VICE_CHAIRMAN',
  WARD_MEMBER: 'WARD_MEMBER'
} as const;

export type RoleKey = typeof RoleKey[keyof typeof RoleKey];
/** Member, officer, body (a committee, full council) or external (the Ombudsman) */
export const RoleKind = {
  BODY: 'BODY',
  EXTERNAL: 'EXTERNAL',
  MEMBER: 'MEMBER',
  OFFICER: 'OFFICER'
} as const;

export type RoleKind = typeof RoleKind[keyof typeof RoleKind];
/** A chain the caller may choose, where the question does not say which applies */
export type RouteChoice = {
  __typename?: 'RouteChoice';
  chain: EscalationChain;
  /** The chain's id: ask again with chainId */
  chainId?: Maybe<Scalars['String']['output']>;
  /** When it applies, in the language asked for */
  description: Scalars['String']['output'];
  when?: Maybe<ChainCondition>;
};

/** A named procedure that handles a step ("the council's official complaints procedure") */
export type RouteProcedure = {
  __typename?: 'RouteProcedure';
  /** In the language asked for */
  name: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

/** Why a step of the chain does not apply to this concern */
export const RouteSkip = {
  HANDLER_IS_SUBJECT: 'HANDLER_IS_SUBJECT',
  MINOR_ONLY: 'MINOR_ONLY',
  SERIOUS_ONLY: 'SERIOUS_ONLY',
  SERIOUS_STARTS_LATER: 'SERIOUS_STARTS_LATER'
} as const;

export type RouteSkip = typeof RouteSkip[keyof typeof RouteSkip];
/** One step of an escalation route, with who holds the handling role now */
export type RouteStep = {
  __typename?: 'RouteStep';
  action: StepAction;
  /** The clauses this step comes from */
  clauses: Array<ProtocolClause>;
  /** Roles the handler discusses the matter with or takes advice from; never the subject */
  consult: Array<ProtocolRole>;
  description: Scalars['String']['output'];
  /** Everyone who may or must take the step, without the subject: { role, orNominee? } | { procedure } | { anyOf } | { allOf }; null when skipped */
  handledBy?: Maybe<Scalars['JSON']['output']>;
  /** Who takes this step for this concern (the first role of handledBy); null when skipped or for a procedure alone */
  handler?: Maybe<Scalars['String']['output']>;
  /** The handler as the protocol names it (the council's own title) */
  handlerRole?: Maybe<ProtocolRole>;
  /** Every role handledBy names (alternatives and joint handlers), never the subject */
  handlerRoles: Array<ProtocolRole>;
  /** handledBy in words, in the language asked for: "the Director or the Head of Service, or a person they nominate" */
  handlerText?: Maybe<Scalars['String']['output']>;
  /** Position in the chain, from 0 */
  index: Scalars['Int']['output'];
  /** Roles that decide jointly with the handler */
  jointWith: Array<ProtocolRole>;
  /** Roles that may be told (at the handler's discretion, or when they exist); never the subject */
  mayNotify: Array<ProtocolRole>;
  /** What the route changed at this step and why, e.g. "The Chief Executive is not told: the concern is about them." */
  notes: Array<Scalars['String']['output']>;
  /** Roles to tell at this step (never the subject of the concern: see withheld) */
  notify: Array<ProtocolRole>;
  /** Who holds the handling role today */
  officeHolders: Array<OfficeHolder>;
  preconditions: Array<Precondition>;
  /** Every procedure handledBy names */
  procedures: Array<RouteProcedure>;
  skipped?: Maybe<RouteSkip>;
  /** Taken with the person concerned first, even when the concern is about the handler */
  withSubjectFirst: Scalars['Boolean']['output'];
  /** The subject of the concern, where the step names them to be told or consulted and the route leaves them out */
  withheld: Array<ProtocolRole>;
  workingDays?: Maybe<Scalars['Int']['output']>;
};

/** Something about a route the person following it should know */
export type RouteWarning = {
  __typename?: 'RouteWarning';
  /** The step's handler */
  handler?: Maybe<ProtocolRole>;
  kind: RouteWarningKind;
  /** E.g. "Step 2: The Director reports to the Chief Executive, whom the concern is about." */
  message: Scalars['String']['output'];
  /** The step it is about, from 0 */
  step: Scalars['Int']['output'];
  /** Whom the concern is about */
  subject?: Maybe<ProtocolRole>;
};

/** What a route warns of */
export const RouteWarningKind = {
  HANDLER_REPORTS_TO_SUBJECT: 'HANDLER_REPORTS_TO_SUBJECT'
} as const;

export type RouteWarningKind = typeof RouteWarningKind[keyof typeof RouteWarningKind];
/** A rule added, changed or removed; before and after are the rule as JSON */
export type RuleChange = {
  __typename?: 'RuleChange';
  after?: Maybe<Scalars['JSON']['output']>;
  before?: Maybe<Scalars['JSON']['output']>;
  change: ChangeKind;
  /** What identifies the rule across versions: a role key, a concern/severity, a category… */
  key: Scalars['String']['output'];
  /** role, expectation, chain, response_standard, access_rule, disclosure_exception, correspondence_rule, obligation, advice_route */
  section: Scalars['String']['output'];
};

/** The sections of a protocol that hold rules */
export const RuleSection = {
  ACCESS_RULE: 'ACCESS_RULE',
  ADVICE_ROUTE: 'ADVICE_ROUTE',
  CHAIN: 'CHAIN',
  CORRESPONDENCE_RULE: 'CORRESPONDENCE_RULE',
  DISCLOSURE_EXCEPTION: 'DISCLOSURE_EXCEPTION',
  EXPECTATION: 'EXPECTATION',
  OBLIGATION: 'OBLIGATION',
  RESPONSE_STANDARD: 'RESPONSE_STANDARD',
  ROLE: 'ROLE'
} as const;

export type RuleSection = typeof RuleSection[keyof typeof RuleSection];
/** How serious a concern is; ANY when the protocol does not distinguish */
export const Severity = {
  ANY: 'ANY',
  MINOR: 'MINOR',
  SERIOUS: 'SERIOUS'
} as const;

export type Severity = typeof Severity[keyof typeof Severity];
export const SortDirection = {
  ASC: 'ASC',
  DESC: 'DESC'
} as const;

export type SortDirection = typeof SortDirection[keyof typeof SortDirection];
/** What happens at a step of an escalation chain */
export const StepAction = {
  ADVICE: 'ADVICE',
  DECISION: 'DECISION',
  DISCIPLINARY_PROCEDURE: 'DISCIPLINARY_PROCEDURE',
  FORMAL_COMPLAINT: 'FORMAL_COMPLAINT',
  GRIEVANCE_PROCEDURE: 'GRIEVANCE_PROCEDURE',
  INFORMAL_DISCUSSION: 'INFORMAL_DISCUSSION',
  INVESTIGATE_AND_REPORT: 'INVESTIGATE_AND_REPORT',
  MEDIATION: 'MEDIATION',
  RAISE_CONCERN: 'RAISE_CONCERN',
  REFERRAL: 'REFERRAL'
} as const;

export type StepAction = typeof StepAction[keyof typeof StepAction];
/** What an import suggestion proposes */
export const SuggestionKind = {
  ACCESS: 'ACCESS',
  ADOPTION: 'ADOPTION',
  CORRESPONDENCE: 'CORRESPONDENCE',
  ESCALATION: 'ESCALATION',
  LAST_UPDATED: 'LAST_UPDATED',
  REVIEW: 'REVIEW',
  ROLE: 'ROLE',
  TIME_LIMIT: 'TIME_LIMIT'
} as const;

export type SuggestionKind = typeof SuggestionKind[keyof typeof SuggestionKind];
/** What may change on a case after it is opened (not what fixed its deadlines); omitted fields are left as they are */
export type UpdateCaseInput = {
  aboutPerson?: InputMaybe<Scalars['String']['input']>;
  classification?: InputMaybe<Classification>;
  description?: InputMaybe<Scalars['String']['input']>;
  documents?: InputMaybe<Array<Scalars['String']['input']>>;
  raisedByEmail?: InputMaybe<Scalars['String']['input']>;
  raisedByName?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** Omitted fields are left as they are; null clears (number null: an unnumbered paragraph). The clause keeps its id */
export type UpdateClauseInput = {
  heading?: InputMaybe<Scalars['String']['input']>;
  headingCy?: InputMaybe<Scalars['String']['input']>;
  /** As written ("8.63", "(a)"); unique within its section */
  number?: InputMaybe<Scalars['String']['input']>;
  /** The id of one of the draft's sections */
  section?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  textCy?: InputMaybe<Scalars['String']['input']>;
};

/** Omitted fields are left as they are */
export type UpdateCouncilInput = {
  kind?: InputMaybe<CouncilKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  nation?: InputMaybe<Nation>;
  nextReviewDue?: InputMaybe<Scalars['LocalDate']['input']>;
  /** null makes a top-level council (platform admins only) */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Publish the adopted protocol on a public page (/public/<slug>), or stop publishing it */
  publishProtocol?: InputMaybe<Scalars['Boolean']['input']>;
  /** HH:MM local time; null for none */
  responseCutOff?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** Omitted fields are left as they are */
export type UpdateUserInput = {
  /** Your current password, needed to change your own */
  currentPassword?: InputMaybe<Scalars['String']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  /** A new password. Your own: give currentPassword too. Someone else's: a monitoring officer for all their councils, or a platform admin */
  password?: InputMaybe<Scalars['String']['input']>;
};

export type UrgentHandling = {
  __typename?: 'UrgentHandling';
  acknowledgeWithinDays?: Maybe<Scalars['Int']['output']>;
  description: Scalars['String']['output'];
  descriptionCy?: Maybe<Scalars['String']['output']>;
  respondWithinDays?: Maybe<Scalars['Int']['output']>;
  /** What the urgent numbers count, when not the standard's unit */
  unit?: Maybe<CountUnit>;
};

/** A person who signs in: a clerk, a monitoring officer, a viewer or a platform admin */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When the pending invitation to set a password expires; null when none is pending */
  inviteExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The person's language: en or cy (Cymraeg) */
  locale: Scalars['String']['output'];
  /** Memberships at councils in your scope */
  memberships: Array<Membership>;
  platformAdmin: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};

export type UserFilter = {
  /** Only members of this council */
  councilId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Matches e-mail or display name */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type UserList = {
  __typename?: 'UserList';
  items: Array<User>;
  /** Everything that matched, not just this page */
  totalCount: Scalars['Int']['output'];
};

export type UserSort = {
  direction?: SortDirection;
  field?: UserSortField;
};

export const UserSortField = {
  CREATED_AT: 'CREATED_AT',
  DISPLAY_NAME: 'DISPLAY_NAME',
  EMAIL: 'EMAIL'
} as const;

export type UserSortField = typeof UserSortField[keyof typeof UserSortField];
/** A word of the protocol's own vocabulary: a concern kind or an enquiry category beside the built-in ones */
export type VocabularyEntry = {
  __typename?: 'VocabularyEntry';
  /** Lower case: letters, digits and _ */
  key: Scalars['String']['output'];
  title: Scalars['String']['output'];
  titleCy?: Maybe<Scalars['String']['output']>;
};

/** One calendar year's figures (the part of it inside the period) */
export type YearReport = {
  __typename?: 'YearReport';
  /** Of those, acknowledged (or answered) so far */
  acknowledged: Scalars['Int']['output'];
  /** Of those, acknowledged by their acknowledgement date */
  acknowledgedOnTime: Scalars['Int']['output'];
  /** Enquiries answered (responded or resolved) so far */
  answered: Scalars['Int']['output'];
  /** Of those, answered by their response date */
  answeredOnTime: Scalars['Int']['output'];
  /** The share of answered enquiries answered on time, 0 to 1; null when none was answered */
  answeredOnTimeShare?: Maybe<Scalars['Float']['output']>;
  /** Concerns received in the period */
  concerns: Scalars['Int']['output'];
  /** Concerns by kind, most first */
  concernsByKind: Array<ConcernCount>;
  /** Enquiries received in the period */
  enquiries: Scalars['Int']['output'];
  /** Cases received in the period that were escalated at least once */
  escalations: Scalars['Int']['output'];
  /** The median of working days from receipt to acknowledgement (the council's calendar: its nation's bank holidays and its closure days; working days after the London date of receipt up to and including that of the acknowledgement); null when none was acknowledged */
  medianDaysToAcknowledge?: Maybe<Scalars['Float']['output']>;
  /** The median of working days from receipt to answer (the council's calendar: its nation's bank holidays and its closure days; working days after the London date of receipt up to and including that of the answer); null when none was answered */
  medianDaysToAnswer?: Maybe<Scalars['Float']['output']>;
  /** Protocol reviews due in the period */
  reviewsDue: Scalars['Int']['output'];
  /** Of those, completed by their due date */
  reviewsOnTime: Scalars['Int']['output'];
  /** The year */
  year: Scalars['Int']['output'];
};
